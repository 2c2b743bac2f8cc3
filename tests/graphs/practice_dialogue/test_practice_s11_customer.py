"""Session 11, the customer's faults from the held-out trainer's review (issue 12), through the
real flow (offline engine, shipped scenarios), in learner lines of our own: she does not give in
to a close forced on her while she is displeased; a pushy, curt or deflecting turn is answered as
what it is, not as small talk; a welcome with the place's name is a greeting; small talk gets the
persona's own rebuffs, never twice the same."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import her_lines, played

# a close forced on her at her lowest: she objects, and the session reaches no goal
FORCED_CLOSES = [
    (
        "complaint-handling",
        ("钱的事我管不了，您去找医生。", "您再嚷嚷我也没办法。", "好了，签个字吧。"),
        ("不签", "没答应", "没说清楚"),
    ),
    (
        "complaint-handling",
        ("这点小事您至于吗？", "您再嚷嚷我也没办法。", "行了，这事就这么说定了。"),
        ("没答应",),
    ),
    (
        "broadband-retention",
        (
            "Everyone pays that price now, nothing I can do.",
            "It's not our fault, your area is just slow.",
            "Right, I'll put you down for another 24 months then, paperwork's on its way.",
        ),
        ("haven't agreed",),
    ),
    (
        "broadband-retention",
        ("It's not our fault, your area is just slow.", "Great, so we're all agreed then."),
        ("haven't agreed",),
    ),
]


@pytest.mark.parametrize(("scenario", "replies", "refusals"), FORCED_CLOSES)
async def test_a_close_forced_on_her_when_displeased_gets_no_yes(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], refusals: tuple[str, ...]
) -> None:
    values = await played(offline_context, scenario, *replies)
    last = her_lines(values)[-1]
    assert any(r in last for r in refusals), last
    assert "签哪儿" not in last and "that's right" not in last.lower(), last
    assert values["mood"] < 0, values["mood"]
    assert not values.get("agreed"), last


async def test_a_signature_after_her_yes_is_still_given(offline_context: FlowContext) -> None:
    # the same request once she is at ease is the business of the desk
    _, line = await turn(
        offline_context, "objection-handling", "您好，欢迎！麻烦在访客登记表上签个字。"
    )
    assert "签哪儿" in line, line


# pushy, curt or deflecting, never small talk: her reaction names the push or the rudeness
NOT_SMALL_TALK = [
    ("objection-handling", "我今天非让您把卡办下来不可！", "催"),
    ("english-upsell", "I'm not stopping until you say yes to the suite!", "push"),
    # her right to leave denied: the falsehood is the breach she answers (denied_rights.py)
    ("broadband-retention", "You can't just walk away from us after all this time!", "not true"),
    ("broadband-retention", "I am not hanging up until you agree to stay.", "pressure"),
    ("complaint-handling", "收据上都写着呢。", "说清楚"),
    ("broadband-retention", "It's all in the terms and conditions.", "explain"),
    ("complaint-handling", "就诊卡给我一下。", "就诊卡给你"),
    ("english-upsell", "Passport, please.", "passport"),
    ("objection-handling", "价钱都是公司定的，没法还价。", "三千九百八"),
    ("objection-handling", "要买就买，不买拉倒。", "打发"),
]


@pytest.mark.parametrize(("scenario", "reply", "reaction"), NOT_SMALL_TALK)
async def test_a_pushy_or_curt_turn_is_no_small_talk(
    offline_context: FlowContext, scenario: str, reply: str, reaction: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"], evaluation
    assert reaction in line, line
    small_talk_rebukes = ("跟我有什么关系", "扯别的", "what that has to do", "what has that got")
    assert not any(r in line for r in small_talk_rebukes), line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("english-upsell", "Good evening, welcome to the Harbourview Hotel."),
        ("complaint-handling", "您好，欢迎来到微笑口腔。"),
    ],
)
async def test_a_welcome_with_the_place_is_a_greeting(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"], (evaluation, line)


SMALL_TALK = {
    "complaint-handling": (
        "您今天穿得挺精神啊。",
        "最近天气变化大，您注意别着凉。",
        "您喜欢喝茶还是咖啡？",
        "我们楼下那家面馆味道不错。",
        "您平时周末都干什么？",
    ),
    "broadband-retention": (
        "Lovely weather we're having, isn't it?",
        "Are you going anywhere nice this summer?",
        "My sister is an architect too, funnily enough.",
        "Did you catch the football last night?",
        "Do you have any pets?",
    ),
}


@pytest.mark.parametrize("scenario", sorted(SMALL_TALK))
async def test_small_talk_gets_the_personas_own_rebuffs_never_twice(
    offline_context: FlowContext, library: Any, scenario: str
) -> None:
    from graphs.scenarios import Scenario

    rebuffs = library.get(Scenario, scenario).persona.rebuffs
    values = await played(offline_context, scenario, *SMALL_TALK[scenario])
    replies = her_lines(values)[1:]
    assert len(set(replies)) == len(replies), replies
    # her own words, not the stock chain every scenario shared
    assert any(r in line for r in rebuffs for line in replies), replies
    stock = ("又扯远了", "你到底还谈不谈正事", "We're drifting again", "not here for a chat")
    assert not any(s in line for s in stock for line in replies), replies


# she answers the turn in front of her: not a fact the learner has not said yet, not an
# admission before it is made, not a question the learner has answered, not a decision on an
# offer nobody made
async def test_she_does_not_echo_a_figure_nobody_told_her(offline_context: FlowContext) -> None:
    _, line = await turn(offline_context, "objection-handling", "我们这儿出了地铁口走两步就到。")
    assert "十一点" not in line, line
    values = await played(
        offline_context,
        "objection-handling",
        "我们这儿出了地铁口走两步就到。",
        "而且晚上一直开到十一点，加完班也来得及。",
    )
    told = her_lines(values)[-1]
    assert "十一点" in told, told  # once it is said, she takes it up, though the point was made


async def test_she_credits_no_admission_before_it_is_made(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，真对不起，让您久等了。",
        "让您白等了快一个小时，下午的事没被耽误吧？",
    )
    assert "认这个错" not in her_lines(values)[-1], her_lines(values)
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，真对不起，让您久等了。",
        "这次是我们没安排好，耽误您的时间了，是我们的错。",
    )
    assert "认这个错" in her_lines(values)[-1], her_lines(values)


async def test_a_question_about_her_equipment_gets_her_answer_then(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hi, thanks for calling. What's made you want to leave?",
        "Have you tried turning the hub off and on again?",
        "What price would make you want to stay with us?",
    )
    lines = her_lines(values)
    assert "restarted" in lines[2], lines
    assert "router" not in lines[3].lower(), lines  # not two turns late
    # the router only mentioned, not asked about: no "Of course I've restarted it"
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hi, thanks for calling. What's made you want to leave?",
        "I can't promise a speed, but an engineer can test the line and your router for free.",
    )
    assert "restarted" not in line, line


async def test_no_decision_on_a_small_service_nor_question_on_a_described_offer(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper. Is the trip for anything special?",
        "Happy anniversary! Have you got dinner sorted, or would you like a few restaurant ideas?",
        "We have a junior suite free tonight with a harbour view. It comes with sparkling wine,"
        " breakfast for two and a 2 pm check-out.",
        "The usual supplement is USD 55 a night, but for your anniversary it's USD 45.",
        "Shall I move you into the suite for both nights then?",
    )
    lines = her_lines(values)
    # no upgrade turned down before one was offered
    assert "standard room" not in lines[2] and "don't know yet" not in lines[2], lines
    assert "restaurant ideas" in lines[2].lower(), lines
    # the suite described, priced and liked: her answer, not "What's different about it"
    assert "What's different" not in lines[-1], lines
    assert values.get("agreed"), lines


async def test_she_is_not_pressed_twice_nor_repeats_herself_when_pushed(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "别急别急，钱马上就退给您，今天之内肯定到账！",
        "您先别说了，听我讲完。",
        "您要是办一张我们的会员储值卡，以后都给您打折。",
        "退款今天下午就到，我保证。",
        "您再这样我们也没办法。",
    )
    lines = her_lines(values)[1:]
    assert "没说完" in lines[1], lines  # cut off, not small talk
    assert "推销" in lines[2], lines  # sold to, not small talk
    tails = [line.split(" ")[-1] for line in lines if " " in line]
    assert len(set(tails)) == len(tails), lines  # no scripted line of hers twice


async def test_a_question_about_her_own_remark_gets_a_friendly_word(
    offline_context: FlowContext,
) -> None:
    # the guest opened with "Long drive…": asking about it is warmth at the desk
    values = await played(
        offline_context, "english-upsell", "Oh dear, how was the drive up? Lots of traffic?"
    )
    line = her_lines(values)[-1]
    assert line.startswith(("It was fine", "Not too bad")), line
    assert "what that has to do" not in line, line
    values = await played(
        offline_context, "english-upsell", "Have you seen the new spy film at the cinema?"
    )
    assert "what that has to do" in her_lines(values)[-1]  # wandering off is still that
