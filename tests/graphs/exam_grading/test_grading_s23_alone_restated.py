"""「不能自己拿杆」 restates a point's 「不得单独持杆」: the learner's 自己 is the point's own word for
acting alone, not another person doing what the point's person does (roles._done_by_oneself;
session 22 end teacher T15, A_strong Q9 p3: "False note")."""

from __future__ import annotations

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

CHILDREN = "1.4米以下儿童须由家长陪同免费入场，但不得单独持杆"
BILLIARDS = Question(
    number=1,
    type="short_answer",
    stem="儿童来台球厅有什么规定？",
    answer=[CHILDREN],
    scoring_points=[CHILDREN],
    score=2.0,
)


def _graded(answer: str) -> tuple[float, str]:
    judgement = judge_short_answer(BILLIARDS, answer)
    return judgement.ratio, describe_notes(judgement.notes, "zh")


def test_doing_it_oneself_forbidden_restates_doing_it_alone() -> None:
    ratio, notes = _graded("1.4米以下的小孩有家长陪着免费，但不能自己拿杆")
    assert ratio == 1.0, notes


def test_the_exception_left_out_is_partial_naming_it() -> None:
    ratio, notes = _graded("1.4米以下的小孩有家长陪着免费")
    assert ratio == 0.5
    assert "(1) 部分答到（缺少：不得单独持杆）" in notes


def test_doing_it_oneself_allowed_is_the_rule_turned_round() -> None:
    ratio, notes = _graded("1.4米以下的小孩有家长陪着免费，可以自己拿杆")
    assert ratio == 0.0, notes
