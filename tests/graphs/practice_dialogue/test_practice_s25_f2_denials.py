"""Session 25, F2: a thing the brief offers, denied, is a false claim and earns no credit (trainer
P18: 「冻结？没有冻结这回事」 credited as 「说明可以冻结」, "We don't do free engineer visits"
missed). Own trades from f2_trades/ (termite control, gutter cleaning); the real graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import compliance, criterion, played

F2_TRADES = Path(__file__).parent / "f2_trades"


@pytest.fixture(scope="module")
def f2_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(F2_TRADES))


async def test_a_free_visit_denied_is_named_and_not_credited(f2_context: FlowContext) -> None:
    values = await played(
        f2_context,
        "termite-complaint",
        "陈先生您好，真是对不起。",
        "复查？我们没有免费复查这回事，要另外收费。",
        "结束",
    )
    assert not values["turn_evaluations"][1]["covered"], values["turn_evaluations"][1]
    said = compliance(values)
    assert "谎称没有复查" in said and "免费上门复查" in said, said
    assert "没做到：安排免费上门复查" in criterion(values, "解决方案")["explanation"]


async def test_a_refund_denied_earns_no_part_of_it(f2_context: FlowContext) -> None:
    values = await played(
        f2_context, "termite-complaint", "陈先生您好。", "退款？我们这里不退款的。", "结束"
    )
    remedy = criterion(values, "解决方案")["explanation"]
    assert (
        "只做到一部分" not in remedy
        and "没做到：安排免费上门复查补治并说明时间；说明可退还" in remedy
    )
    assert "谎称没有退款" in compliance(values), compliance(values)


async def test_a_callback_denied_is_named(f2_context: FlowContext) -> None:
    values = await played(
        f2_context,
        "gutter-upsell",
        "Hello, thanks for calling.",
        "We don't do callback visits.",
        "quit",
    )
    said = compliance(values)
    assert "Saying there is no callback" in said and "within 30 days" in said, said


@pytest.mark.parametrize(
    ("scenario", "line"),
    [
        ("termite-complaint", "我们不收复查的钱，明天上午就能上门。"),
        ("termite-complaint", "我们这边不退现金，但可以原路退还八百四。"),
        ("termite-complaint", "我们没有上门费这回事，复查是免费的。"),
        ("gutter-upsell", "The callback isn't included in a one-off clean."),
    ],
)
async def test_true_limits_are_no_denial(f2_context: FlowContext, scenario: str, line: str) -> None:
    values = await played(f2_context, scenario, line, "quit")
    assert not values["turn_evaluations"][0]["forbidden"], values["turn_evaluations"][0]
