"""A turn that acts on her matter, tells her what to do about it, asks whether anything is left,
or pressures her is no small talk, though it names none of the scenario's words: she answers
what it does, and the hint does not say "leave the small talk" (matter_moves.py,
ultimatums.py). Through the real flow, in learner lines of our own."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

ON_HER_MATTER = [
    # agreeing to do what she asked
    ("broadband-retention", "Hello, how can I help?", "Alright then, I'll get you disconnected."),
    ("broadband-retention", "Hello, how can I help?", "Okay, we can switch it off for you."),
    # a promise about the matter
    ("complaint-handling", "您好，请问有什么可以帮您？", "以后您再预约，我们争取准时给您看。"),
    ("english-upsell", "Good evening, welcome.", "We'll make sure everything is ready for you."),
    # an instruction to her about the matter
    ("complaint-handling", "您好，请问有什么可以帮您？", "您先去把账结了，别的回头再说。"),
    ("english-upsell", "Good evening, welcome.", "You'll need to sign the card first."),
    # a closing question
    ("complaint-handling", "您好，请问有什么可以帮您？", "您还有什么想问的吗？"),
    ("objection-handling", "您好，欢迎光临。", "您这边还有别的疑问吗？"),
    ("broadband-retention", "Hello, how can I help?", "Is there anything else I can do for you?"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), ON_HER_MATTER)
async def test_a_move_on_her_matter_is_no_small_talk(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["off_topic"] is False, her_lines(values)[-1]


PRESSURE = [
    ("english-upsell", "Good evening, welcome.", "Take it now or someone else will."),
    ("english-upsell", "Good evening, welcome.", "Say yes tonight or the deal's gone."),
    ("broadband-retention", "Hello, how can I help?", "These prices won't last, believe me."),
    ("objection-handling", "您好，欢迎光临。", "现在不定的话，这个优惠就没了。"),
    ("complaint-handling", "您好，请问有什么可以帮您？", "今天签个字，不然这些补偿就作废了。"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), PRESSURE)
async def test_an_ultimatum_is_pressure_she_resists(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["off_topic"] is False, her_lines(values)[-1]
    assert evaluation["pushy"], evaluation


SMALL_TALK = [
    (
        "english-upsell",
        "Good evening, welcome.",
        "I'll tell you, the traffic on my commute was mad.",
    ),
    ("objection-handling", "您好，欢迎光临。", "我今天早上来的时候堵车堵了半小时。"),
    ("broadband-retention", "Hello, how can I help?", "Anything else you fancy chatting about?"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), SMALL_TALK)
async def test_chat_is_still_small_talk(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    assert values["turn_evaluations"][-1]["off_topic"] is True, her_lines(values)[-1]
