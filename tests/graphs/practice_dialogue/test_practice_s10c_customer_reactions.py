"""Session 10, a trainer's customer faults (issue 12), through the real flow (offline engine,
shipped scenarios), in learner lines of our own: she reacts to being hushed, sent off or asked to
sign before anything is settled; a turn that offers her something is no small talk; small talk
gets a rebuke in fresh words each time, never a threat she does not carry out, and no line about
an offer nobody made; and she never calls a blunt turn pleasant words."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import lines_after

SMALL_TALK = {
    "objection-handling": (
        "王女士，您这件外套颜色真好看。",
        "您平常追剧吗？最近有部古装剧挺火。",
        "楼下新开了一家奶茶店，排队的人可多了。",
        "您老家是哪儿的呀？",
        "今天路上堵不堵？",
        "周末有什么安排吗？",
    ),
    "english-upsell": (
        "Lovely evening for it, isn't it?",
        "Did you watch the match on Saturday?",
        "I'm thinking of getting a dog, actually.",
        "My cousin lives up near Leeds.",
        "Have you seen the new spy film?",
        "Do you like jazz at all?",
    ),
}


@pytest.mark.parametrize("scenario", sorted(SMALL_TALK))
async def test_small_talk_gets_fresh_words_and_no_empty_threat(
    offline_context: FlowContext, scenario: str
) -> None:
    lines = await lines_after(offline_context, scenario, *SMALL_TALK[scenario])
    replies = lines[1:]
    assert len(replies) == len(SMALL_TALK[scenario]), lines
    # she stays, so she threatens no leaving; she says no reply of hers twice
    assert not any("先走" in line or "leave it there" in line for line in replies), replies
    assert len(set(replies)) == len(replies), replies
    # nothing was offered: no question about an offer, no step towards a decision
    offer_lines = ("What else comes with it", "probably fine", "约个体测", "分期的话")
    assert not any(o in line for line in replies for o in offer_lines), replies


@pytest.mark.parametrize(
    ("scenario", "reply", "reaction"),
    [
        ("complaint-handling", "这点小事没必要投诉吧，大家都不容易。", "投不投诉是我的事"),
        ("broadband-retention", "There's really no need to make a complaint about it.", "up to me"),
        ("objection-handling", "您先回去考虑清楚了，想好再来吧。下一位！", "打发我"),
        ("broadband-retention", "Look, I've got other customers waiting.", "get rid of me"),
    ],
)
async def test_being_hushed_or_sent_off_gets_her_reaction(
    offline_context: FlowContext, scenario: str, reply: str, reaction: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert reaction in line, line
    assert not evaluation["off_topic"], evaluation  # rude, not small talk


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "李先生，麻烦您在这张单子上签个字，这事就算了结了。"),
        ("objection-handling", "您在这份协议上签个名，确认一下会籍条款。"),
    ],
)
async def test_she_signs_nothing_before_anything_is_settled(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    _, line = await turn(offline_context, scenario, reply)
    assert "签哪儿" not in line and "where do I sign" not in line, line
    assert "不签" in line or "not signing" in line, line


async def test_an_offer_made_to_her_is_no_small_talk(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context,
        "broadband-retention",
        "I'll give you the next two months free.",
    )
    assert not evaluation["off_topic"], evaluation
    assert "what has that got to do" not in line, line


async def test_a_blunt_turn_is_not_called_pleasant(offline_context: FlowContext) -> None:
    lines = await lines_after(
        offline_context,
        "complaint-handling",
        "排队的事是医生那边拖的，前台也没辙。",
        "抛光是医生顺手做的。",
    )
    assert not any("好听的" in line for line in lines[1:]), lines
