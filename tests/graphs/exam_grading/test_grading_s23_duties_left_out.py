"""A point listing a role's duties, answered with some of them: partial, the note naming the duties
left out (list_items.py; session 23 held-out teacher T16, C_average Q10: "库管员负责验收和记录温度；
叉车司机搬托盘；值班主管负责审批" kept full marks though it leaves out 库位分配, 持证上岗, 报警处置)."""

from __future__ import annotations

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
TUNERS = Question(
    number=2,
    type="short_answer",
    stem="What is the piano tuner responsible for?",
    answer=["The tuner is responsible for pitch checks, hammer voicing and string replacement."],
    scoring_points=[
        "The tuner is responsible for pitch checks, hammer voicing and string replacement"
    ],
    score=2.0,
)


def test_some_duties_of_each_role_given_is_partial_naming_the_rest() -> None:
    judgement = judge_short_answer(
        PIANO_SHOP, "琴库管理员负责验收和记录温湿度；搬运工搬钢琴；值班经理负责审批"
    )
    notes = describe_notes(judgement.notes, "zh")
    assert [n.verdict for n in judgement.notes] == ["partial", "partial", "partial"], notes
    assert "缺少：库位分配" in notes
    assert "缺少：必须持证上岗" in notes
    assert "缺少：报警处置" in notes


def test_every_duty_given_is_credited() -> None:
    judgement = judge_short_answer(
        PIANO_SHOP,
        "琴库管理员负责验收、库位分配和记录温湿度；搬运工搬钢琴，必须持证；值班经理负责异常审批和报警处置",
    )
    assert [n.verdict for n in judgement.notes] == ["credited"] * 3


def test_english_duties_some_given_is_partial() -> None:
    judgement = judge_short_answer(TUNERS, "The tuner does pitch checks and hammer voicing.")
    assert judgement.notes[0].verdict == "partial"
    assert judgement.notes[0].lacks == "string replacement"
    full = judge_short_answer(
        TUNERS, "The tuner does pitch checks, hammer voicing and string replacement."
    )
    assert full.notes[0].verdict == "credited"
