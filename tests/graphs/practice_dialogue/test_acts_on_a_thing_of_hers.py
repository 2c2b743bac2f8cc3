"""An undertaking to act on a thing of hers named with "the ..." (a phrasal act such as "push
the request through", or an act of the trade such as "process the transfer"), or 「我帮您把…」,
is a move on her matter, never small talk (matter_moves.COMMITMENTS). Own wording, through the
real flow."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

ACTS = [
    ("broadband-retention", "Hello, how can I help?", "Fine, I'll push the request through now."),
    ("broadband-retention", "Hello, how can I help?", "OK then, I'll put the order through."),
    ("english-upsell", "Good evening, welcome.", "Alright, I'll put the payment through."),
    ("english-upsell", "Good evening, welcome.", "Sure, we'll process the transfer tonight."),
    ("objection-handling", "您好，欢迎光临。", "行吧，那我帮您把手续办了。"),
    ("objection-handling", "您好，欢迎光临。", "那行，我把合同给您打出来。"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), ACTS)
async def test_an_act_on_a_thing_of_hers_is_no_small_talk(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    assert values["turn_evaluations"][-1]["off_topic"] is False, her_lines(values)[-1]


CHAT = [
    ("english-upsell", "Good evening, welcome.", "I'll tell you the traffic was mad today."),
    ("objection-handling", "您好，欢迎光临。", "我今天早上来的时候堵车堵了半小时。"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), CHAT)
async def test_chat_stays_small_talk(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    assert values["turn_evaluations"][-1]["off_topic"] is True, her_lines(values)[-1]
