"""The two ends of one span may be given in either order (session 25 designer D18, m3 Q9: 「10；5」
for 「冷藏柜温度应保持在零下 ____至零下 ____之间」 (5℃, 10℃) got 0/2, 「第1空：数字不对；第2空：数字不对」,
though both figures are right). range_ends.py holds the rule: only a span said to lie between its
ends (之间, between); a time from one reading to another keeps the key's order. Own trade: a honey
packing room (蜂蜜分装间)."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged


def _blanks(stem: str, *keys: str) -> Question:
    return Question(
        number=1, type="fill_blank", stem=stem, answer=list(keys), source_quote=stem, score=2
    )


HONEY_STORE = _blanks("蜂蜜分装间的温度应保持在____至____之间。", "18℃", "24℃")
FROZEN_COMB = _blanks("巢蜜冷冻杀虫时，冰柜温度须在零下____至零下____之间。", "12℃", "18℃")
JARS = _blanks("Filled jars are stored between ____ and ____.", "10°C", "20°C")
OPENING = _blanks("分装间工作时间为____至____。", "8:00", "17:00")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (HONEY_STORE, "24℃；18℃"),
        (HONEY_STORE, "18℃；24℃"),
        (FROZEN_COMB, "18℃，12℃"),
        (JARS, "20°C; 10°C"),
    ],
)
def test_the_ends_of_a_span_in_either_order_earn_full_marks(
    question: Question, answer: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 1, (judgement.reason, note)
    assert "数字不对" not in note and "figure" not in note.lower(), note


def test_a_wrong_end_still_loses_its_blank() -> None:
    judgement, _ = judged(HONEY_STORE, "26℃；18℃")
    assert judgement.ratio == 0.5, judgement.reason


def test_a_time_from_one_reading_to_another_keeps_its_order() -> None:
    judgement, _ = judged(OPENING, "17:00；8:00")
    assert judgement.ratio < 1, judgement.reason
