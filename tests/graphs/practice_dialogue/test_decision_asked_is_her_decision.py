"""A decision asked is her decision (issue 12, session 15): "Do you want to stay with us then?"
is answered by where she stands, never with a small service's "Stay with us then? Yes, please."
while the report says she did not agree. Through the real flow, in learner lines of our own."""

from __future__ import annotations

import re
from typing import Any

from graphs.context import FlowContext
from tests.support.practice import her_lines, played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_a_decision_asked_is_no_small_service_she_says_yes_to(
    offline_context: FlowContext,
) -> None:
    """ "Do you want to stay with us then?" asks for the deal: she answers where she stands (her
    price doubt still open), never "Stay with us then? Yes, please." while the report says she did
    not agree."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Can I have the account holder's name?",
        "Why are you leaving us?",
        "We can get someone out to look at the line.",
        "I can do 36 for the 500 plan.",
        "Do you want to stay with us then?",
        "quit",
    )
    last = her_lines(values)[-1]
    closing = _criterion(values, "closing")
    if "did not agree" in closing["explanation"]:
        assert not re.search(r"\byes\b", last, re.IGNORECASE), (last, closing)
    assert not last.endswith("Yes, please."), last


async def test_the_decision_in_another_asking_form_is_her_decision(
    offline_context: FlowContext,
) -> None:
    """ "So what do you think, would you like to stay?" names the decision's own word (stay) in
    an asking form the scenario does not list: she answers where she stands, not "Stay? Yes,
    please." beside a report that says she did not agree (session 15, trainer P8)."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Sure, may I ask what is making you leave?",
        "Right. I could put you on GBP 31 a month for a year.",
        "Or the 500 Mb plan is GBP 36 a month.",
        "So, what do you reckon, would you like to stay?",
        "quit",
    )
    last = her_lines(values)[-1]
    closing = _criterion(values, "closing")
    assert not last.endswith("Yes, please."), last
    if "did not agree" in closing["explanation"]:
        assert not re.search(r"\byes\b", last, re.IGNORECASE), (last, closing)
