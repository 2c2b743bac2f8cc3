"""A short answer's hint asks only for what its point holds: an age is no time (「（写明时间）」 for
「年满18周岁」), "3 times the fee" is a multiple, not how often, and a role the rule only mentions
is no one responsible to name. A rule listing what its subject must be or hold is asked as the
conditions to meet, not 「…有什么规定？」. Through the real flow, on material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam

KARTS = (
    "# 卡丁车场安全管理规定\n\n"
    "## 一、驾驶资格\n"
    "驾驶者须年满16周岁，身高不低于150厘米，且已观看安全讲解视频。\n"
    "未满18周岁的驾驶者须由监护人签署免责协议。\n\n"
    "## 二、投诉\n"
    "顾客须在离场后3天内提出投诉。\n"
    "车辆在场内损坏的，先停车报告安全员，等待工作人员拖车。\n"
)

BOATS = (
    "# Boat Hire Rules\n\n"
    "## Who may hire\n"
    "Hirers must be at least 21 years old and have held a boating licence for 2 years.\n"
    "Hirers under 25 years old must pay a deposit of $300.\n"
)


def _asks(question: Question) -> list[str]:
    """The stem's numbered questions, each with its hint, one per rule (a rule of several
    conditions is a scoring point per condition: point_parts)."""
    asks = [a.strip() for a in re.split(r"[（(]\d[）)]\s*", question.stem)[1:]]
    assert len(asks) == len(dict.fromkeys(question.point_sources)), question.stem
    return asks


async def _short_answer(context: FlowContext, material: str, point: str) -> Question:
    payload = {"material": material, "short_answer": 1, "knowledge_points": [point]}
    exam = await delivered_exam(context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    return exam.questions[0]


async def test_an_age_is_asked_as_an_age_and_conditions_as_conditions(
    offline_context: FlowContext,
) -> None:
    question = await _short_answer(offline_context, KARTS, "驾驶资格")
    # asked rule by rule, or (since session 14) the small section asked whole: either way the
    # hint asks for the age and the height, never a time (未满18周岁 is an age)
    asks = _asks(question) if "（1）" in question.stem else [question.stem]
    assert any("年龄和身高" in a for a in asks), asks
    assert not any("时间" in a for a in asks), asks


async def test_a_chinese_deadline_is_asked_with_its_act(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, KARTS, "投诉")
    asks = _asks(question)
    assert "顾客须在多长时间内提出投诉？（写明时限）" in asks, asks
    assert "车辆在场内损坏时应如何处理？（写明负责人）" in asks, asks


async def test_an_english_age_is_asked_as_an_age(offline_context: FlowContext) -> None:
    question = await _short_answer(offline_context, BOATS, "Who may hire")
    asks = _asks(question)
    assert any(a.startswith("What conditions must hirers meet?") for a in asks), asks
    assert any("the age" in a for a in asks), asks
    assert not any("the period" in a or "a set time" in a for a in asks), asks
