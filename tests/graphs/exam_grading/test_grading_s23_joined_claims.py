"""A Chinese point that joins an exception or a second step to its rule with 但 / 并 / 同时, read
claim by claim (point_clauses.py): the exception left out is partial, not 已答到; the first step
alone is partial, not 未答到 (session 22 end teacher T15, C_average Q9 p3; designer D15)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

MEMBERS = "保龄球馆会员每局优惠8元，但节假日不享受优惠"
CLOSING = "最后一局结束后关闭所有球道灯光，并由值班经理复核签字"
LANES = Question(
    number=1,
    type="short_answer",
    stem="保龄球馆的会员有什么优惠？打烊前要做什么？",
    answer=[f"{MEMBERS}；{CLOSING}。"],
    scoring_points=[MEMBERS, CLOSING],
    point_scores=[2.0, 2.0],
    score=4.0,
)


def _notes(answer: str) -> tuple[list[float], str]:
    judgement = judge_short_answer(LANES, answer)
    return [n.marks[0] for n in judgement.notes if n.marks], describe_notes(judgement.notes, "zh")


def test_an_exception_left_out_is_partial_naming_it() -> None:
    marks, notes = _notes("会员打一局便宜8元。")
    assert marks[0] == 1.0
    assert f"(1) 部分答到（缺少：节假日不享受优惠）：{MEMBERS}" in notes


def test_the_first_step_alone_is_partial_naming_the_second() -> None:
    marks, notes = _notes("最后一局结束后要把所有球道灯关掉。")
    assert marks[1] == 1.0
    assert f"(2) 部分答到（缺少：值班经理复核签字）：{CLOSING}" in notes


@pytest.mark.parametrize(
    "answer",
    [
        "会员每局优惠8元，但节假日不享受优惠；最后一局结束后关闭所有球道灯光，并由值班经理复核签字。",
        "会员一局便宜8元，节假日不享受优惠。最后一局打完关掉所有球道灯光，值班经理复核签字。",
    ],
)
def test_both_claims_written_are_credited(answer: str) -> None:
    marks, notes = _notes(answer)
    assert marks == [2.0, 2.0], notes


def test_the_exception_turned_round_is_no_part_credit() -> None:
    marks, notes = _notes("会员每局优惠8元，节假日也享受优惠。")
    assert marks[0] == 0.0, notes


DEPOSIT = "押金每人40元、每条球道120元，离场检查无损坏后原路退回"
DEPOSITS = Question(
    number=2,
    type="short_answer",
    stem="保龄球馆的押金怎么收、怎么退？",
    answer=[DEPOSIT],
    scoring_points=[DEPOSIT],
    score=2.0,
)


def test_the_condition_after_the_figures_left_out_is_partial_naming_it() -> None:
    judgement = judge_short_answer(DEPOSITS, "押金40元和120元。")
    notes = describe_notes(judgement.notes, "zh")
    assert judgement.ratio == 0.5
    assert "部分答到（缺少：离场检查无损坏后原路退回）" in notes


def test_the_figures_with_their_condition_in_everyday_words_are_credited() -> None:
    judgement = judge_short_answer(DEPOSITS, "押金每人40、每条道120，走的时候查过没坏就原路退回。")
    assert judgement.ratio == 1.0, describe_notes(judgement.notes, "zh")
