"""A Chinese point that closes its rule on a restriction (…，只保自然开裂) read claim by claim
(point_clauses.py): the restriction left out is partial, naming it, never 已答到 (session 23 end
teacher T16, A_average Q8: "'已答到…只保同一故障' although 只保同一故障 is missing. That label is too
lenient"). Own course: a glassblowing studio (吹玻璃工作室)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

WARRANTY = "定制玻璃器皿交付后保修3个月，只保自然开裂"
EXCEPTION = "例外：人为摔碎、磕碰造成的损坏，不在保修范围内"
AFTER_SALES = Question(
    number=1,
    type="short_answer",
    stem="课程材料“售后”部分有哪些规定？请写出全部两条。",
    answer=[f"{WARRANTY}；{EXCEPTION}。"],
    scoring_points=[WARRANTY, EXCEPTION],
    point_scores=[2.0, 2.0],
    score=4.0,
)


def _first(answer: str) -> tuple[float, str]:
    judgement = judge_short_answer(AFTER_SALES, answer)
    marks = judgement.notes[0].marks
    assert marks is not None
    return marks[0], describe_notes(judgement.notes, "zh")


def test_the_restriction_left_out_is_partial_naming_it() -> None:
    earned, notes = _first("交付后保修3个月。摔碎磕坏的不保。")
    assert earned == 1.0, notes
    assert f"(1) 部分答到（缺少：只保自然开裂）：{WARRANTY}" in notes


@pytest.mark.parametrize(
    "answer",
    ["交付后保修三个月，只保自然开裂。", "保修3个月，只保自然开裂；摔碎磕碰的不保修。"],
)
def test_the_rule_with_its_restriction_is_credited(answer: str) -> None:
    earned, notes = _first(answer)
    assert earned == 2.0, notes
