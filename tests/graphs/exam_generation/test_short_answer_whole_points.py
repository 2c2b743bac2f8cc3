"""A scoring point is the whole fact: the same modal's last duty (「…须关闭烤箱电源，工具清洗归位」)
and the same subject's next tier (", and costs $3 per km beyond that") stay in it, and a price is
asked as what it costs, not "What is the rule on the delivery?". Through the real flow, on
material written for it."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam

BAKING = (
    "# 烘焙教室使用规定\n\n"
    "## 一、课后整理\n"
    "学员离开教室前须关闭烤箱电源，工具清洗归位。\n"
    "烤盘须在课后30分钟内送回洗消间，由助教登记。\n"
)

PARTY = (
    "# Party Hire Terms\n\n"
    "## Delivery and setup\n"
    "Delivery is free within 15 km of the shop, and costs $3 per km beyond that. "
    "Customers must be home to sign for the delivery.\n"
)


async def _short_answer(context: FlowContext, material: str) -> Question:
    exam = await delivered_exam(context, {"material": material, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    return exam.questions[0]


async def test_a_chinese_point_keeps_the_modals_last_duty(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, BAKING)
    assert "学员离开教室前须关闭烤箱电源，工具清洗归位" in question.scoring_points


async def test_an_english_point_keeps_its_next_tier(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, PARTY)
    point = question.scoring_points[0]
    assert point.endswith("and costs $3 per km beyond that"), point
    assert "What does the delivery cost?" in question.stem
    assert "What is the rule on the delivery" not in question.stem
