"""A span said with a half (半年, 一年半, 半个月, "half a year") is its figure (6个月, 18个月, 15天, 6
months), and a fault said in everyday words (同样的毛病) is the point's 同一故障 (session 23
held-out teacher T16, A_strong Q8: "修好后半年内同样的毛病免费保修" was 未答到)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question
from graphs.text.quantities import quantities_of


def _point(stem: str, point: str) -> Question:
    return Question(
        number=1, type="short_answer", stem=stem, answer=[point], scoring_points=[point], score=2.0
    )


@pytest.mark.parametrize(
    ("stem", "point", "answer"),
    [
        (
            "乐器行钢琴维修后的保修规定是什么？",
            "维修后的保修期为6个月，只保同一故障",
            "修好后半年内同样的毛病免费保修",
        ),
        ("钢琴调律后多久内可以免费复调？", "调律后18个月内免费复调", "调律后一年半内免费复调"),
        ("租琴押金什么时候退？", "租琴押金在还琴后15天内退还", "还琴后半个月内退还押金"),
        (
            "How long are rented pianos tuned for free?",
            "Rented pianos are tuned free of charge within 6 months",
            "Rented pianos get free tuning within half a year",
        ),
    ],
)
def test_a_span_said_with_a_half_is_its_figure(stem: str, point: str, answer: str) -> None:
    judgement = judge_short_answer(_point(stem, point), answer)
    notes = describe_notes(judgement.notes, "zh" if stem.isascii() is False else "en")
    assert judgement.notes[0].verdict == "credited", notes


def test_a_half_after_the_unit_adds_half_of_it() -> None:
    assert [q.value for q in quantities_of("一年半内")] == [1.5]
    assert [q.value for q in quantities_of("两天半")] == [2.5]
    assert [q.value for q in quantities_of("一年半价")] == [1.0]  # 半价 is a word of its own
