"""Session 12, the customer's second round (issue 12, held-out trainer review end_P3), through the
real flow (offline engine, shipped scenarios), in learner lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_dialogue import Session


async def _play(context: FlowContext, scenario: str, *replies: str) -> dict[str, Any]:
    session = Session(context)
    await session.start(scenario)
    values: dict[str, Any] = {}
    for reply in replies:
        values = await session.reply(reply)
    return values


def _her_lines(values: dict[str, Any]) -> list[str]:
    return [e["text"] for e in values["transcript"] if e["role"] == "persona"]


async def test_an_everyday_plan_is_no_broadband_plan(offline_context: FlowContext) -> None:
    # "plan" is a word of the offer stage; asked about her bank holiday it is small talk, and she
    # does not ask what is being offered when nothing is
    values = await _play(
        offline_context,
        "broadband-retention",
        "Hi Ms Shah, thanks for calling.",
        "Have you got anything planned for the bank holiday?",
    )
    assert values["turn_evaluations"][-1]["off_topic"] is True
    assert "offering" not in _her_lines(values)[-1], _her_lines(values)[-1]


async def test_a_plan_with_its_figure_is_the_broadband_plan(offline_context: FlowContext) -> None:
    values = await _play(
        offline_context,
        "broadband-retention",
        "Hi Ms Shah, thanks for calling.",
        "Which plan are you on at the moment, the 150 one?",
    )
    assert values["turn_evaluations"][-1]["off_topic"] is False


async def test_left_to_think_it_over_she_says_where_she_stands(
    offline_context: FlowContext,
) -> None:
    # not the next line of her script ("We're just here for a quiet weekend, really.")
    values = await _play(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper, welcome.",
        "Our suite is 55 dollars more a night.",
        "No rush, have a think about it.",
    )
    assert _her_lines(values)[-1].startswith("I don't know yet"), _her_lines(values)[-1]


async def test_told_to_mull_it_over_she_is_undecided_not_pleased(
    offline_context: FlowContext,
) -> None:
    # not 「听着还行，可我怕又是办了不去。」, which reacts to an offer nobody made
    values = await _play(
        offline_context, "objection-handling", "理解，价格确实不便宜。", "那您就再琢磨琢磨吧。"
    )
    assert "还定不下来" in _her_lines(values)[-1], _her_lines(values)[-1]


async def test_handing_her_the_decision_is_no_small_talk(offline_context: FlowContext) -> None:
    values = await _play(
        offline_context,
        "objection-handling",
        "王女士您好，年卡可以分12期免息。",
        "不着急，您回去好好想想。",
    )
    assert values["turn_evaluations"][-1]["off_topic"] is False


async def test_a_new_offer_is_answered_before_her_open_question(
    offline_context: FlowContext,
) -> None:
    # not 「你先回答我：退多少？多久能到账？下次给我排第一个号，那还行。」 (a demand, then pleased)
    values = await _play(
        offline_context,
        "complaint-handling",
        "李先生，让您久等了，非常抱歉。",
        "这笔抛光费我们不收了。",
        "下次您来，我们给您约第一个号，不用再等。",
    )
    last = _her_lines(values)[-1]
    assert not last.startswith("你先回答我"), last
    assert "第一个号" in last and last.endswith("多久能到账？"), last


async def test_a_vow_with_an_offer_beyond_the_limits_is_doubted_not_scolded(
    offline_context: FlowContext,
) -> None:
    # the guarantee goes with the price no agent may give: one offer too good to be true, not
    # "That's not true, and you know it."
    values = await _play(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah.",
        "I can knock it down to 20 a month, and I guarantee the speed.",
    )
    assert "Can you actually do that?" in _her_lines(values)[-1], _her_lines(values)[-1]


async def test_asked_for_anything_else_she_says_her_open_question_again(
    offline_context: FlowContext,
) -> None:
    # not her script's next grievance: she still wants to know about the refund
    values = await _play(
        offline_context,
        "complaint-handling",
        "李先生，让您久等了，非常抱歉。",
        "这笔抛光费我们不收了。",
        "您放心，我们会处理好的。",
        "还有别的问题吗？",
    )
    assert _her_lines(values)[-1] == "我刚才说了，退多少？多久能到账？", _her_lines(values)[-1]
