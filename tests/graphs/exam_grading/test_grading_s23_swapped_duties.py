"""Points that label each role's duties ("搬运工：负责搬运钢琴，必须持证上岗"), the answer giving each
role the other's duty: both contradicted, not credited (swapped_points.py; session 23 held-out
teacher T16, C_weak Q10: "叉车司机负责审批异常，值班主管开叉车搬托盘" kept full marks)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

PIANO_SHOP = Question(
    number=1,
    type="short_answer",
    stem="乐器行各岗位的职责是什么？",
    answer=[
        "琴库管理员负责乐器验收、库位分配和温湿度记录；搬运工负责搬运钢琴，必须持证上岗；"
        "值班经理负责异常审批和报警处置。"
    ],
    scoring_points=[
        "琴库管理员：负责乐器验收、库位分配和温湿度记录",
        "搬运工：负责搬运钢琴，必须持证上岗",
        "值班经理：负责异常审批和报警处置",
    ],
    point_scores=[2.0, 2.0, 1.0],
    score=5.0,
)


def _notes(answer: str) -> tuple[list[str], str]:
    judgement = judge_short_answer(PIANO_SHOP, answer)
    return [n.verdict for n in judgement.notes], describe_notes(judgement.notes, "zh")


@pytest.mark.parametrize(
    "answer",
    ["搬运工负责审批异常，值班经理搬运钢琴", "搬运工负责审批异常，值班经理开车搬钢琴"],
)
def test_duties_said_of_each_others_role_contradict_both(answer: str) -> None:
    verdicts, notes = _notes(answer)
    assert verdicts[1:] == ["contradicted", "contradicted"], notes
    assert "与第3点的处理答反了" in notes and "与第2点的处理答反了" in notes


def test_each_role_with_its_own_duties_is_no_swap() -> None:
    verdicts, notes = _notes(
        "琴库管理员负责验收、库位分配和记录温湿度；搬运工搬钢琴，必须持证；值班经理负责异常审批和报警处置"
    )
    assert "答反" not in notes
    assert verdicts == ["credited", "credited", "credited"], notes
