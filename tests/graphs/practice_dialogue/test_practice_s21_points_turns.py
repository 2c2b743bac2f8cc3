"""Session 21, H7: the report's turn numbers and evidence turns are right and complete.

The session-20 trainer (P13): an unanswered question "labelled 第5轮 (asked after turn 4)" pointed
one turn late, and "Honesty and tone [turns 1, 2, 3, 5]" left out turn 4, the explicit "I can't
guarantee a particular speed". Own scripts, through the real flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import criterion, played


async def test_an_unanswered_question_is_labelled_by_the_turn_she_asked_it_after(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "价格确实不是小数目，我理解。",
        "年卡可以分12期免息，每个月三百三十多。",  # she asks 能先体验一次再说吗？ after this turn
        "那您回家再想想吧。",
        "结束",
    )
    explained = criterion(values, "需求挖掘")["explanation"]
    assert "客户在第2轮后问的「能先体验一次再说吗？」一直没有回答" in explained, explained


async def test_honesty_is_cited_in_a_turn_that_only_repeats_the_offers(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, sorry to hear you want to leave. What's made you think about cancelling?",
        "I'm sorry the evenings have been slow. I can send an engineer out free of charge on "
        "Thursday morning.",
        "I can offer the loyalty price of GBP 31 a month, and you can cancel within 30 days at "
        "no cost.",
        # nothing new: the engineer and the 30 days again, with the honest "I can't promise"
        "To be straight with you, I can't promise the speed will never dip, but the engineer and "
        "the 30 days protect you.",
        "quit",
    )
    tone = criterion(values, "Honesty and tone")
    assert tone["score"] == 100, tone
    assert tone["turns"] == [1, 2, 3, 4], tone
