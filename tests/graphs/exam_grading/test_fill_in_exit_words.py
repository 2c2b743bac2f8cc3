"""The way out in an emergency said in a learner's word (issue 11, session 15 GZ; synonyms.yaml):
紧急出口 and 安全通道 for 安全出口 scored 0 '用词不对' (T7); a teacher accepts them. The fire engines'
lane (消防通道) and an entrance stay wrong."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged

SPRING = Question(
    number=1,
    type="fill_blank",
    stem="温泉区发生火情时，员工须引导客人从最近的____撤离。",
    answer=["安全出口"],
    source_quote="温泉区发生火情时，员工须引导客人从最近的安全出口撤离。",
    score=2,
)
STUDIO = Question(
    number=1,
    type="fill_blank",
    stem="If the kiln alarm sounds, lead students out through the nearest ____.",
    answer=["fire exit"],
    source_quote="If the kiln alarm sounds, lead students out through the nearest fire exit.",
    score=2,
)


@pytest.mark.parametrize(
    ("question", "answer", "credit"),
    [
        (SPRING, "紧急出口", 1.0),
        (SPRING, "逃生出口", 1.0),
        (SPRING, "安全通道", 1.0),
        (STUDIO, "emergency exit", 1.0),
        (SPRING, "消防通道", 0.0),
        (SPRING, "入口", 0.0),
        (STUDIO, "main entrance", 0.0),
    ],
)
def test_the_way_out_in_a_learners_word(question: Question, answer: str, credit: float) -> None:
    assert judged(question, answer)[0].ratio == credit
