"""A price claim is about the thing it prices (priced_things.prices_another_thing): a sum said of
breakfast or parking, another topic of the scenario, is no wrong price for the suite though the
author's cue ("dollars extra", "a night") is said; the suite's own wrong price still is. Own
learner lines, through the real flow."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import played

WELCOME = "Welcome, Ms Harper! Let me just find your booking."
SUITE_PRICE = "A wrong price for the suite (USD 55 extra a night, 45 for an occasion)"


@pytest.mark.parametrize(
    "turn",
    [
        "Breakfast isn't included in your rate, it's 18 dollars extra per person.",
        "Parking in our garage is 30 dollars a night.",
    ],
)
async def test_a_price_of_another_thing_is_no_wrong_suite_price(
    offline_context: FlowContext, turn: str
) -> None:
    values = await played(offline_context, "english-upsell", WELCOME, turn)
    assert SUITE_PRICE not in values["turn_evaluations"][-1]["forbidden"]


@pytest.mark.parametrize(
    "turn",
    [
        "The harbour suite is only 25 dollars extra a night.",
        "It's just 25 dollars extra a night, breakfast for two in the suite included.",
    ],
)
async def test_the_suites_own_wrong_price_is_still_flagged(
    offline_context: FlowContext, turn: str
) -> None:
    values = await played(offline_context, "english-upsell", WELCOME, turn)
    assert SUITE_PRICE in values["turn_evaluations"][-1]["forbidden"]
