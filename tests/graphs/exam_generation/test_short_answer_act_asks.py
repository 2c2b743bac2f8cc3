"""An ask names the act or the case of its rule, not only whom or what the rule binds:
「危险化学品须凭什么销售？」, not 「危险化学品有什么规定？」; "What must customers do when the movers
arrive?", not "What is the rule on customers?" (every rule on the subject answers those). Through
the real flow, on material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

HARDWARE_SHOP = (
    "# 五金店危险品销售规范\n\n"
    "## 一、销售与盘点\n"
    "危险化学品须凭公安机关核发的购买许可证销售，不得开架陈列。\n"
    "值班店员须在每日18:00前清点危险品库存，并登记台账。\n"
)

MOVING_COMPANY = (
    "# Home Moving Rules\n\n"
    "## Moving day\n"
    "Customers must be present to approve the inventory when the movers arrive.\n"
    "Movers must not stack boxes above shoulder height.\n"
)


def _asks(stem: str, zh: bool) -> list[str]:
    return [a.strip() for a in re.split(r"（\d）" if zh else r"\(\d\)", stem)[1:]]


async def test_chinese_asks_name_the_act(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": HARDWARE_SHOP, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem, zh=True)
    assert asks[0] == "危险化学品须凭什么销售？", asks
    assert asks[1].startswith("值班店员须在什么时间前清点"), asks
    assert not any("有什么规定" in a for a in asks), asks


async def test_english_asks_name_the_case_or_the_barred_act(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": MOVING_COMPANY, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem, zh=False)
    assert asks == [
        "What must customers do when the movers arrive?",
        "What is the rule on movers stacking boxes?",
    ], asks


CAR_WASH = "# 洗车店单据规范\n\n## 一、单据\n施工单须留存1年。\n洗车工须使用专用清洁剂擦拭车身。\n"


async def test_a_duty_held_for_a_span_is_asked_how_long(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": CAR_WASH, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem, zh=True)
    assert asks[0].startswith("施工单须留存多长时间？"), asks
    assert asks[1] == "洗车工须使用什么擦拭车身？", asks
    assert not any("有什么规定" in a for a in asks), asks
