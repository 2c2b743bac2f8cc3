"""A Chinese duty done within a time limit is asked by its act with the act's object:
「裁缝须在多长时间内完成改衣？」, not 「裁缝须在多长时间内完成？」 (完成 what?). A telling verb is
still asked alone, since who is told is part of the answer. Through the real flow, on material
written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

DRY_CLEANER = (
    "# 干洗店收衣规范\n\n"
    "## 一、收衣与交付\n"
    "裁缝须在接单后3天内完成改衣。\n"
    "值班店员须在发现衣物损坏后1小时内上报店长。\n"
)


async def test_a_duty_within_a_time_keeps_its_object(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": DRY_CLEANER, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = [a.strip() for a in re.split(r"（\d）", exam.questions[0].stem)[1:]]
    assert asks[0].startswith("裁缝须在多长时间内完成改衣？"), asks
    assert asks[1].startswith("值班店员须在多长时间内上报？"), asks
