"""Her trouble called what it is ("That's annoying, especially with work calls") is empathy: a
retention learner who said it got 「No empathy, apology or acknowledgement in 7 turns」 (session
22 lead). Said of her ("you're so annoying") it is none."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import criterion, played

LISTENING = "Listening and acknowledgement"


@pytest.mark.parametrize(
    "warm",
    [
        "Ah, the evenings. That's annoying, especially with your video calls.",
        "Slow evenings on a work call? What a pain.",
    ],
)
async def test_trouble_named_is_heard_as_empathy(offline_context: FlowContext, warm: str) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, you're through to Northline. Can I take your account number?",
        "May I ask what's made you want to leave?",
        warm,
        "quit",
    )
    assert criterion(values, LISTENING)["score"] > 0


async def test_annoying_said_of_her_is_no_empathy(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, you're through to Northline. Can I take your account number?",
        "May I ask what's made you want to leave?",
        "Honestly, you're so annoying with these complaints.",
        "quit",
    )
    assert criterion(values, LISTENING)["score"] == 0
