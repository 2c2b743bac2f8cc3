"""Directions to a thing of her visit ("The lift is on the left, just past reception.",
「卫生间在二楼左手边。」) are the desk's service, never small talk (matter_moves.DIRECTIONS): no
"what that has to do with our room". Own lines, through the real flow; the learner's own chat
with a left or right in it stays small talk."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

OPENERS = {
    "english-upsell": "Welcome, Ms Harper! Let me just find your booking.",
    "complaint-handling": "您好，非常抱歉让您久等了。",
}


@pytest.mark.parametrize(
    ("scenario", "turn"),
    [
        ("english-upsell", "The lift is on the left, just past reception."),
        ("english-upsell", "Your room's on the fourth floor, turn right out of the lift."),
        ("complaint-handling", "卫生间在二楼左手边。"),
    ],
)
async def test_directions_are_no_small_talk(
    offline_context: FlowContext, scenario: str, turn: str
) -> None:
    values = await played(offline_context, scenario, OPENERS[scenario], turn)
    line = her_lines(values)[-1]
    assert values["turn_evaluations"][-1]["off_topic"] is False, line
    assert "has to do with" not in line and "有什么关系" not in line, line


async def test_chat_with_a_direction_in_it_stays_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        OPENERS["english-upsell"],
        "My drive in was awful, I had to turn left onto the motorway twice.",
    )
    assert values["turn_evaluations"][-1]["off_topic"] is True
