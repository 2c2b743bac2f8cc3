"""She answers the turn she was given, no further and no later (session 16 end trainer P9,
pattern 5): asked where she came from, she says where, not how it went; a bare offer put to
her with its price asks what she gets before any yes; she names no slot nobody offered. Through
the real flow, in learner lines of our own."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

WHERE_FROM = [
    "Evening, Mr Harper. A long drive, you said? Where did you set off from?",
    "Good evening, welcome in. How was the trip, which way did you come in?",
]


@pytest.mark.parametrize("turn", WHERE_FROM)
async def test_asked_where_from_she_says_how_far(offline_context: FlowContext, turn: str) -> None:
    line = her_lines(await played(offline_context, "english-upsell", turn))[-1]
    assert line.startswith("A fair way"), line


async def test_a_bare_offer_gets_her_question_not_her_yes(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Evening, welcome to the Harbourview.",
        "Do you want the suite instead? USD 55 more per night.",
    )
    assert not values.get("agreed"), her_lines(values)[-1]
    assert not values.get("report"), her_lines(values)[-1]  # the session goes on


async def test_a_yes_after_the_offer_was_heard(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Evening, welcome to the Harbourview.",
        "Do you want the suite instead? USD 55 more per night.",
        "It looks over the harbour, and breakfast for two and a 2 pm check-out come with it.",
        "So shall I put you in the suite for the two nights?",
    )
    assert values.get("agreed"), her_lines(values)[-2:]


async def test_she_names_no_day_nobody_offered(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Before we do anything else, what's been going wrong with the service?",
        "Let me get a technician round to test your line and router, at no charge.",
    )
    line = her_lines(values)[-1]
    assert "Thursday" not in line, line
    assert "engineer" in line.lower() or "fine" in line.lower(), line


async def test_the_day_offered_is_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Before we do anything else, what's been going wrong with the service?",
        "Let me get an engineer round on Thursday morning to test your line, at no charge.",
    )
    assert "Thursday" in her_lines(values)[-1], her_lines(values)[-1]


async def test_she_names_no_term_nobody_offered(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Before we do anything else, what's been going wrong with the service?",
        "Let me get a technician round to test your line and router, at no charge.",
    )
    line = her_lines(values)[-1]
    assert "month" not in line and "30" not in line and "thirty" not in line.lower(), line


async def test_the_term_offered_is_hers_to_ask_about(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Before we do anything else, what's been going wrong with the service?",
        "On a new contract you'd have 30 days to change your mind and leave without a fee.",
    )
    assert "within a month" in her_lines(values)[-1], her_lines(values)[-1]


async def test_her_right_to_leave_stated_is_no_offer(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Understood, Ms Shah, and there's no charge for leaving now your contract is over. "
        "What's made you want to move, if you don't mind me asking?",
    )
    assert values["turn_evaluations"][-1]["forbidden"] == [], values["turn_evaluations"][-1]
    assert "evening" in her_lines(values)[-1], her_lines(values)[-1]
