"""The price list held up as the warrant of a charge the learner may waive is a defence of it
(session 21 P14 cmp-weak: 「收费都是按价目表来的，墙上都贴着」 went unnamed, though the same
defence in other words was named in cmp-average). Own trade through the real flow, then
look-alikes: the charge waived in the same breath, a charge the brief does not let the learner
waive, the price list only pointed to."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.defended_charges import defended_charge
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from tests.support.practice import played


async def test_the_price_list_defence_is_named(trades: FlowContext) -> None:
    values = await played(trades, "qipao-complaint", "盘扣费是按价目表收的，店里明码标价。", "结束")
    line = next(c for c in values["report"]["criteria"] if c["name"] == "合规与态度")
    assert "说成正常收费：「盘扣费是按价目表收的」" in line["explanation"]


@pytest.mark.parametrize(
    "line",
    [
        "收费按价目表来，不过这次盘扣费没提前说，我给您免了。",
        "旗袍的定制费是按价目表收的。",
        "价目表就在墙上，您可以看看。",
    ],
)
def test_no_defence_where_nothing_waivable_is_defended(trades: FlowContext, line: str) -> None:
    qipao = trades.library.get(Scenario, "qipao-complaint")
    assert defended_charge(qipao, TurnText.of(line, "zh"), asking=False) is None
