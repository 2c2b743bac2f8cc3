"""Her yes and her softening are earned by what was said: no mollified word to a goodbye after
nothing was offered while she is displeased (her_line.py); her yes while her price doubt is
unanswered is still given (xfail). Through the real flow, in learner lines of our own."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played


def _yes_lines(context: FlowContext, scenario: str) -> list[str]:
    return [
        line.text
        for stage in context.library.get(Scenario, scenario).stages
        for line in stage.persona_lines
        if line.agrees
    ]


def _agreed(context: FlowContext, scenario: str, values: dict[str, Any]) -> bool:
    last = her_lines(values)[-1]
    return bool(values.get("agreed")) or any(y in last for y in _yes_lines(context, scenario))


@pytest.mark.xfail(
    strict=True,
    reason="not fixed: her answer to a price (a bit more than I planned) is not yet told from "
    "her answer to a refund or voucher, which must not hold back her yes",
)
async def test_no_yes_while_her_price_doubt_is_unanswered(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "May I see a card and some ID?",
        "Okay, a standard room, two nights.",
        "There's a suite free tonight.",
        "That's 55 dollars a night on top, breakfast and a late check-out included.",
        "Guests tend to love it, it's very popular.",
        "So, shall we go for it?",
    )
    assert not _agreed(offline_context, "english-upsell", values), her_lines(values)[-3:]


async def test_a_yes_once_her_doubt_is_answered(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper, welcome. I have your booking here for two nights.",
        "What brings you to town, anything to celebrate?",
        "Lovely. The harbour-view junior suite is free tonight, sparkling wine and breakfast for two included.",
        "It's 55 dollars extra a night, or 45 as an occasion rate.",
        "I hear you, it's not nothing; breakfast alone would cost you about that, so it's good value.",
        "Would you like me to move you into the suite?",
    )
    assert _agreed(offline_context, "english-upsell", values), her_lines(values)[-3:]


async def test_no_yes_to_a_bare_ask_after_a_price_doubt_on_broadband(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Thanks for calling. Can I confirm the account name?",
        "What's made you want to leave us?",
        "We can send an engineer round on Thursday to test the line.",
        "And I can do 31 pounds a month on the loyalty price.",
        "It's a really good package, honestly.",
        "Shall I set that up for you?",
    )
    assert not _agreed(offline_context, "broadband-retention", values), her_lines(values)[-3:]


async def test_a_goodbye_after_chat_does_not_mollify_her(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "今天外面风挺大的。",
        "您平时爱看什么综艺？",
        "我昨天去吃了一家火锅，特别好吃。",
        "谢谢您的反馈，下次再来啊，慢走。",
    )
    last = her_lines(values)[-1]
    thanks_lines = [
        line.text
        for stage in offline_context.library.get(Scenario, "complaint-handling").stages
        for line in stage.persona_lines
        if "thanks" in line.answers
    ]
    assert last not in thanks_lines, last


async def test_help_offered_with_her_request_is_no_goodbye(offline_context: FlowContext) -> None:
    # "cancellation" and a courtesy in the first turn send her nowhere
    values = await played(
        offline_context,
        "broadband-retention",
        "Hi, thanks for ringing Northline, it's Alex. Is this Ms Shah? Happy to help you "
        "with cancelling.",
    )
    assert "leave it there" not in her_lines(values)[-1], her_lines(values)[-1]
