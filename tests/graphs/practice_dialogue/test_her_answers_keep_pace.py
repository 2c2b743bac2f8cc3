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
