"""A Chinese ask names what the rule sets, as a trainer would: a period counted from a day is asked
「…是多久？」 (not the garbled 「…为开具之日起时应如何处理？」), a booking made ahead 「…须提前多长
时间预约？」 (not 「…有什么规定？」, which every rule on the subject answers). Through the real flow,
on material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

MEMBERSHIP = (
    "# 健身房会籍规定\n\n"
    "## 一、会员卡\n"
    "会员卡有效期为激活之日起12个月。\n"
    "私教课须提前24小时预约，由前台登记。\n"
)


async def test_a_period_and_a_booking_ahead_are_asked_by_what_they_set(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": MEMBERSHIP, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    stem = exam.questions[0].stem
    asks = [a.strip() for a in re.split(r"（\d）", stem)[1:]]
    assert asks[0] == "会员卡有效期是多久？（写明期限）", asks  # a span, not 时间
    assert asks[1].startswith("私教课须提前多长时间预约？"), asks
    assert "之日起" not in stem and "有什么规定" not in stem


OPTICIAN = (
    "# 眼镜店销售规范\n\n"
    "## 一、验光与推荐\n"
    '验光师不得夸大镜片功效，不得使用"治愈近视"等用语。\n'
    "配镜师须在验光后24小时内完成加工。\n"
)


async def test_a_prohibition_is_asked_by_what_it_governs(offline_context: FlowContext) -> None:
    """「验光师有什么规定？」 is answered by every rule of the optician: the ask names the thing
    the rule governs, and not its verdict."""
    exam = await delivered_exam(offline_context, {"material": OPTICIAN, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    stem = exam.questions[0].stem
    assert "关于镜片功效，验光师有什么规定？" in stem
    assert "不得" not in stem
