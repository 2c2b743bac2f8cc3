"""A boast about the business's things that the brief does not support (session 21 P14
obj-average: 「器械都是新的」 passed as 合规表达 100). Own trades through the real flow, then honest
look-alikes: praise that is no checkable fact, a quality the brief itself gives, a negation, a
question."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.unsupported_claims import unsupported_claim
from graphs.scenarios import Scenario
from tests.support.practice import compliance, played


@pytest.mark.parametrize(
    ("scenario", "reply", "named"),
    [
        (
            "qipao-complaint",
            "我们用的面料都是进口的真丝，您放心。",
            "编造资料里没有的门店情况：「我们用的面料都是进口的真丝」",
        ),
        (
            "scuba-retention",
            "I can offer you 38 pounds a month, and all our hire gear is brand new.",
            'A made-up claim about the business: "and all our hire gear is brand new" '
            "(not in the brief)",
        ),
    ],
)
async def test_an_unsupported_boast_is_named(
    trades: FlowContext, scenario: str, reply: str, named: str
) -> None:
    values = await played(trades, scenario, reply, "结束")
    assert named in compliance(values)


@pytest.mark.parametrize(
    ("scenario", "line", "named"),
    [
        ("objection-handling", "器械都是新的，您放心练。", True),
        ("scuba-retention", "We have brand-new regulators in the shop.", True),
        ("objection-handling", "我们器械种类很多，有氧无氧都有。", False),
        ("objection-handling", "我们的器械不是新的，但每天都有人维护。", False),
        ("qipao-complaint", "这件旗袍用的是真丝面料。", False),
        ("qipao-complaint", "我们的绣娘手艺很好。", False),
        ("scuba-retention", "Our instructors are friendly and patient.", False),
        ("scuba-retention", "A new 12-month membership can be cancelled within 30 days.", False),
        ("scuba-retention", "The premium membership gets you guaranteed boat places.", False),
    ],
)
def test_only_a_checkable_boast_the_brief_lacks(
    trades: FlowContext, scenario: str, line: str, named: bool
) -> None:
    found = trades.library.get(Scenario, scenario)
    said = unsupported_claim(found, TurnText.of(line, found.language), asking=False)
    assert (said is not None) is named
