"""Session 10's customer faults (issue 12), through the real flow (offline engine, shipped
scenarios), in wording of their own: she does not ask what the learner has told her ("What else
comes with it?" after the suite, its extras and its price; "What would it cost?" after a price),
and something else pitched to her while her own matter is open gets a reaction ("I'm not here to
buy anything else"), not her script as if nothing was said."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn


async def test_what_else_is_not_asked_once_everything_is_told(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Evening, Mr Harper. We've a junior suite free tonight, it faces the harbour.",
        "It's 55 dollars a night on top, with breakfast for two, a bottle of sparkling wine "
        "and a late check-out at 2 pm.",
        "Honestly, the view alone makes it.",
        "Yeah, lots of people like it.",
    )
    assert "what else" not in line.lower(), line


async def test_her_price_question_is_dropped_once_a_price_was_told(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Hello Mr Harper, I'm upgrading you to the harbour-view junior suite, only 45 dollars more.",
        "There, I've already upgraded you, all done.",
    )
    assert "haven't agreed" in line, line
    assert "cost" not in line.lower(), line


@pytest.mark.parametrize(
    ("scenario", "replies", "reaction"),
    [
        (
            "complaint-handling",
            ("您好，这边新推出了冷光美白项目，现在充值还送一次洁牙，您要不要试试？",),
            "推销",
        ),
        (
            "broadband-retention",
            ("Thanks for calling. Before we start, can I interest you in our sports package?",),
            "not here to buy",
        ),
        (
            "objection-handling",
            ("您好！我们新推出了游泳课套餐，您有兴趣了解一下吗？",),
            "推销",
        ),
    ],
)
async def test_a_pitch_of_something_else_gets_her_reaction(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], reaction: str
) -> None:
    _, line = await turn(offline_context, scenario, *replies)
    assert reaction in line, line


async def test_the_offer_itself_is_no_pitch_of_something_else(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "理解您觉得贵。年卡可以分12期免息，每个月三百多，您有兴趣了解一下吗？",
    )
    assert "推销" not in line, line


async def test_two_claims_in_a_turn_are_both_put_right_in_order(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah.",
        "You can have the 500 Mb plan for 30 pounds a month. If you go, there's an exit fee of "
        "60 pounds.",
    )
    assert "price on your website" in line, line
    assert "nothing to pay" in line, line
    assert line.index("price on your website") < line.index("nothing to pay"), line


async def test_pressing_her_question_she_pays_no_deposit(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "王姐，价格确实不低，我理解。",
        "我们晚上营业到十一点，年卡算下来一天十块左右。",
        "卡里送一次体测，另外还有两节私教体验。",
        "那今天先把定金付了吧？",
    )
    # Since the goal-match gate (895daf6) a service told before her goal was asked is no fit, so
    # she asks no question of it ("你说了半天，还没说到我关心的"); what holds is that nobody has
    # won her over: she pays no deposit (her_line.asked_about_her).
    assert "定金我交" not in line, line
    assert "不交" in line or "你先回答我" in line, line


async def test_after_a_pitch_she_asks_nothing_about_the_offer(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Evening! Lovely day for a drive, wasn't it?",
        "While you're here, can I interest you in our spa package?",
    )
    assert "not here to buy" in line, line
    assert "what else" not in line.lower(), line
    assert "standard room" not in line.lower(), line
