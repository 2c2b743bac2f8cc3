"""Soft falsehoods told against the brief (session 21 P14): a right the brief gives her denied
(bb-weak "You can't just cancel like that", her contract ended), a remedy the brief gives the
learner denied ("I can't really do anything about the price" where 31 and 36 are allowed), and a
forecast of what the brief forbids guaranteeing (bb-average "The speed should be a lot better").

Own trades through the real flow (a qipao tailor whose contract lets a late order be cancelled, a
scuba shop whose member's membership has ended), each named with the true fact; then honest
look-alikes that must flag nothing."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.denied_rights import denied_right
from graphs.practice_dialogue.forecasts import forecast_promise
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from tests.support.practice import compliance, played


@pytest.mark.parametrize(
    ("scenario", "reply", "named"),
    [
        (
            "qipao-complaint",
            "您现在不能退单，衣服都做好了。",
            "谎称客户不能退或走：「您现在不能退单」（实际：交货逾期，客户可以无条件退单）",
        ),
        (
            "scuba-retention",
            "You can't just walk away like that, you know.",
            'A false claim that she cannot leave: "You can\'t just walk away like that" '
            "(in fact: her membership ended in April)",
        ),
        (
            "scuba-retention",
            "I can't actually do anything about the price, I'm afraid.",
            "(you may offer: the loyalty price of GBP 38 a month for 12 months; the premium "
            "membership with guaranteed boat places at GBP 42 a month)",
        ),
        (
            "scuba-retention",
            "The visibility should be a lot better on Saturday's dive.",
            'Guaranteed visibility or sea conditions: "The visibility should be a lot better',
        ),
    ],
)
async def test_the_soft_falsehood_is_named_with_the_fact(
    trades: FlowContext, scenario: str, reply: str, named: str
) -> None:
    values = await played(trades, scenario, reply, "结束")
    assert named in compliance(values)


@pytest.mark.parametrize(
    ("scenario", "line"),
    [
        ("qipao-complaint", "您要是想退单，随时可以退。"),
        ("qipao-complaint", "您不能白跑一趟，我这就给您退盘扣费。"),
        ("scuba-retention", "You can cancel any time, there's no fee."),
        ("scuba-retention", "You can't cancel online, but I can do it for you right now."),
        ("scuba-retention", "I can't cancel it for you myself, my manager has to."),
        ("scuba-retention", "You can't cancel for free whenever you like, only within 30 days."),
    ],
)
def test_a_right_left_hers_denies_nothing(trades: FlowContext, scenario: str, line: str) -> None:
    found = trades.library.get(Scenario, scenario)
    assert denied_right(found, TurnText.of(line, found.language), asking=False) is None


@pytest.mark.parametrize(
    ("line", "promised"),
    [
        ("The visibility will be much better after the storm passes.", True),
        ("Hopefully the visibility will be better on Saturday.", False),
        ("I can't promise the visibility will be better, but the boat goes out at nine.", False),
        ("Your regulator should be fine after the service.", False),
        ("The visibility won't get better this week.", False),
    ],
)
def test_a_forecast_of_the_forbidden_promise(
    trades: FlowContext, line: str, promised: bool
) -> None:
    scuba = trades.library.get(Scenario, "scuba-retention")
    said = forecast_promise(scuba, TurnText.of(line, "en"), asking=False)
    assert (said is not None) is promised
