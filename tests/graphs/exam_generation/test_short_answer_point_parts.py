"""A rule that lists several conditions or duties under one modal is a scoring point per
condition or duty, each written with the rule's opening, so that grading can credit each:
「学员须年满12周岁」, 「学员须持有体检证明」, 「学员须签署免责声明」, not one 2.5-mark point. A list
of objects of one verb (「核对会员卡、身份证原件」) or a measure of the duty before it stays whole.
Through the real flow, on material written for it."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.point_parts import point_parts
from tests.support.exam_flow import delivered_exam

DIVING_CLUB = (
    "# 潜水俱乐部入会规定\n\n"
    "## 一、入会\n"
    "学员须年满12周岁、持有体检证明，并签署免责声明。\n"
    "前台须在报名当天核对会员卡、身份证原件。\n"
)

ANIMAL_SHELTER = (
    "# Animal Shelter Volunteering\n\n"
    "## Joining\n"
    "Volunteers must be at least 16 years old, complete the safety course and sign the code of "
    "conduct.\n"
    "Dog walkers must keep every dog on a lead within 200 metres of the shelter.\n"
)


async def test_a_chinese_rule_of_three_conditions_is_three_points(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": DIVING_CLUB, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    assert question.scoring_points[:3] == [
        "学员须年满12周岁",
        "学员须持有体检证明",
        "学员须签署免责声明",
    ]
    assert "前台须在报名当天核对会员卡、身份证原件" in question.scoring_points  # one verb's objects
    assert len(question.point_sources) == len(question.scoring_points)
    assert sum(question.point_scores) == question.score
    assert all(mark >= 1 for mark in question.point_scores), question.point_scores


@pytest.mark.xfail(
    strict=True,
    reason="the rule's ask is refused as vague since 007a29a (vague_asks): no short answer is written; its three points are built right (session 14, recorded)",
)
async def test_an_english_rule_of_three_duties_is_three_points(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": ANIMAL_SHELTER, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    points = exam.questions[0].scoring_points
    assert points[:3] == [
        "Volunteers must be at least 16 years old",
        "Volunteers must complete the safety course",
        "Volunteers must sign the code of conduct",
    ], points


def test_parts_that_do_not_stand_alone_stay_one_point() -> None:
    for point, zh in [
        ("消毒员须打开紫外灯，照度不低于300勒克斯", True),  # a measure of the duty before
        ("收银员须先核对小票，再办理退款", True),  # steps in order
        ("顾客须出示会员卡或身份证", True),  # either one
        ("Porters must wash and dry the trolleys", False),  # "wash" alone is no duty
        ("Parcels must be weighed at the counter, sealed with tape", False),  # how it is done
        ("Porters must lift the box, then carry it to the van", False),  # leans on "the box"
    ]:
        assert point_parts(point, zh) == [point]
