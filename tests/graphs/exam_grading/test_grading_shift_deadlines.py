"""A deadline at the end of the shift (before the store closes, 当班结束前) answered with a day or
more (the end of the week, within 48 hours, 第二天, 24小时内) is the deadline told wrong, not credit;
the end of the shift said another way, or a shorter span, is the point (shift_deadlines.py)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper, judged, short_answer

SPILL_EN = "Log the spill in the hazard book before the store closes"
FAULT_ZH = "当班结束前填写设备故障单"


def _judged(point: str, answer: str) -> tuple[float, str]:
    other, end = ("挂上停用牌", "。") if point == FAULT_ZH else ("Put out a wet floor sign", ". ")
    judgement, _ = judged(short_answer("What do you do?", point, other), answer + end + other)
    return judgement.ratio, judgement.reason


@pytest.mark.parametrize(
    ("point", "answer", "said"),
    [
        (SPILL_EN, "The spill can be logged in the hazard book at the end of the week", "week"),
        (SPILL_EN, "Log the spill in the hazard book within 48 hours", "48 hours"),
        (FAULT_ZH, "设备故障单第二天再填写就行", "第二天"),
        (FAULT_ZH, "设备故障单在24小时内填写", "24"),
    ],
)
def test_a_later_deadline_than_the_shift_is_told_wrong(point: str, answer: str, said: str) -> None:
    ratio, reason = _judged(point, answer)
    assert ratio == 0.5
    assert "gives" in reason and said in reason


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (SPILL_EN, "Write the spill in the hazard book before closing time"),
        (SPILL_EN, "Log the spill in the hazard book within 2 hours"),
        (FAULT_ZH, "下班前把设备故障单填好"),
    ],
)
def test_the_shift_deadline_said_otherwise_is_credited(point: str, answer: str) -> None:
    assert _judged(point, answer)[0] == 1


async def test_a_form_left_to_the_next_day_loses_the_point_through_the_flow(
    offline_context: FlowContext,
) -> None:
    point = "收银员须在当班结束前填写差错登记表"
    question = Question(
        number=1,
        type="short_answer",
        stem="收银差错怎么处理？",
        answer=[point],
        scoring_points=[point, "通知值班经理"],
        source_quote=point,
        score=4,
    )
    results = await graded_paper(
        [question],
        {"1": "通知值班经理。收银员第二天再填差错登记表。"},
        offline_context,
        title="till",
        language="zh",
    )
    assert results[1]["score"] == 2
    assert "第二天" in results[1]["review"]
