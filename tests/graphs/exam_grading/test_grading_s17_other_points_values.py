"""Session 17 (F6's list, pattern 2): another point's figure is no wrong figure for this one.

A chain of steps names the step before in each rule ("确认库存后30分钟内完成分装"), so the words of
one point stand in the clause that gives the previous point's figure. "10分钟确认库存；完成分装"
had the packing point "有误（答成：10分钟，要点为30分钟）" though the 10 minutes is the stock
check's own; now a figure that is another point's value, in a clause with no word of this point
the other lacks, is that point's: the packing point left its 30 minutes out (partial). The same
value said with the point's own act is still its wrong figure. Own course: a bulk refill shop's
online orders (zh, en). Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

ORDERS_ZH = (
    "收到网上订单后10分钟内确认库存",
    "确认库存后30分钟内完成分装",
    "分装完成后2小时内通知顾客取货",
)
ORDERS_EN = (
    "Check stock within 10 minutes of an online order",
    "Bag the order within 30 minutes of the stock check",
    "Text the customer within 2 hours of bagging",
)


async def _graded(answer: str, context: FlowContext, language: Language) -> tuple[float, str]:
    points, stem = (
        (ORDERS_ZH, "散装补充店处理网上订单有哪些时限？")
        if language == "zh"
        else (ORDERS_EN, "What are the bulk refill shop's time limits for online orders?")
    )
    return await graded_short_answer(
        stem, points, answer, context, title="refill", language=language
    )


async def test_the_step_before_keeps_its_figure_zh(offline_context: FlowContext) -> None:
    score, note = await _graded("10分钟确认库存；完成分装；2小时通知取货", offline_context, "zh")
    assert "答成：10分钟" not in note, note
    assert "(2) 部分答到" in note, note
    assert score == 3


async def test_the_step_before_keeps_its_figure_en(offline_context: FlowContext) -> None:
    score, note = await _graded(
        "10 minutes to check stock; bag the order; 2 hours to text the customer",
        offline_context,
        "en",
    )
    assert "you gave: 10 minutes" not in note, note
    assert "(2) partial" in note, note
    assert score == 5


async def test_the_value_with_its_own_act_is_still_wrong(offline_context: FlowContext) -> None:
    # counter-case: 10 minutes said with 完成分装 is the packing point told wrong
    _, note = await _graded(
        "收到订单10分钟内确认库存；确认库存后10分钟内完成分装；2小时内通知顾客取货",
        offline_context,
        "zh",
    )
    assert "(2) 有误（答成：10分钟，要点为30分钟）" in note, note
    _, note = await _graded(
        "Check stock within 10 minutes; bag the order within 10 minutes; text the customer "
        "within 2 hours",
        offline_context,
        "en",
    )
    assert "(2) contradicted (you gave: 10 minutes, the point says 30 minutes)" in note, note
