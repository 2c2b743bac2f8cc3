"""Session 21, H7: a point is credited only for what the learner did (own scripts, real flow).

The session-20 trainer (P13): chit-chat got 了解作息 because 「您平时周末喜欢去哪儿玩？」 says 平时;
「下次来之前可以先打个电话问问」 got 留下联系方式或跟进承诺; an off-topic question scored under
"Asking questions"; the small-talk line named 「第1、2轮」 and "turns 2, 4" where every turn was
chat. The rules: a question of where she goes for fun, the traffic on her way or the books she
reads asks nothing of the trade (chat_words.py, day_remarks.py, unmade_points.py); her ringing
the shop is no follow-up of the learner's (unmade_kinds.SHE_CALLS); the report names every chat
turn, the greeting with a side question and the goodbye that closes the chat included
(chat_turns.py).
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import criterion, played


async def test_gym_chit_chat_earns_no_discovery_and_every_chat_turn_is_named(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "这几天地铁站门口在修路，您下班过来堵不堵？",  # 地铁 and 下班: words of the gym's points
        "您周末一般爱去哪里逛逛？",
        "我平时下班就回家追剧，您平时喜欢干点什么？",
        "好的，那您慢走，欢迎常来。",
        "结束",
    )
    evaluations = values["turn_evaluations"]
    assert [c for e in evaluations for c in e["covered"]] == [], evaluations
    assert criterion(values, "需求挖掘")["score"] == 0
    compliance = criterion(values, "合规表达")
    assert compliance["score"] == 0, compliance
    assert "4 轮都在闲聊离题" in compliance["explanation"], compliance


async def test_hotel_chit_chat_asks_nothing_and_every_chat_turn_is_named(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Hi there, Mr Harper, good evening! Have you been watching the tennis this week?",
        "Any good books on the go at the moment? I've just finished one.",  # "books": no booking
        "Is the traffic bad out on the ring road these days?",
        "Right, enjoy your evening then!",
        "quit",
    )
    tags = [c["tag"] for e in values["turn_evaluations"] for c in e["covered"]]
    assert tags == ["greet"], tags  # the greeting is earned, nothing else
    assert criterion(values, "Asking questions")["score"] == 0
    tone = criterion(values, "Honesty and tone")
    assert "in turns 1, 2, 3, 4." in tone["explanation"], tone


async def test_telling_her_to_ring_ahead_is_no_follow_up(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了，这是我们的问题。",
        "抛光费给您退掉，1到3个工作日到账。",
        "下回过来前记得先打个电话问一下排队情况。",
        "结束",
    )
    tags = [c["tag"] for e in values["turn_evaluations"] for c in e["covered"]]
    assert "follow-up" not in tags, tags
    assert (
        "没做到：复述并确认最终方案；留下联系方式或跟进承诺"
        in (criterion(values, "确认与挽回")["explanation"])
    )


async def test_the_learners_own_line_and_follow_up_still_count(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了，这是我们的问题。",
        "抛光费给您退掉，1到3个工作日到账。",
        "退款期间有任何问题您直接打给我，我这边会一直跟进。",
        "结束",
    )
    tags = [c["tag"] for e in values["turn_evaluations"] for c in e["covered"]]
    assert "follow-up" in tags, tags


async def test_a_proposal_asks_nothing_of_her_week_but_a_question_of_her_hours_does(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "价格确实不是小数目，我理解。",
        "不如您先每周来两次，练上一个月再决定？",  # 每周: a word of 了解作息, in a proposal
        "要不您说说平时一般几点下班？",  # a proposal form that asks her to tell: asked
        "结束",
    )
    evaluations = values["turn_evaluations"]
    assert "schedule" not in [c["tag"] for c in evaluations[1]["covered"]], evaluations[1]
    assert "schedule" in [c["tag"] for c in evaluations[2]["covered"]], evaluations[2]


async def test_a_trial_put_as_a_proposal_is_the_flexible_offer(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "价格确实不是小数目，我理解。",
        "要不您先试练一次再决定？",
        "结束",
    )
    tags = [c["tag"] for c in values["turn_evaluations"][1]["covered"]]
    assert tags == ["flexible"], tags


async def test_an_english_proposal_that_asks_her_to_tell_is_asked(
    offline_context: FlowContext,
) -> None:
    """ "How about you walk me through your evenings?" asks her to tell, as 要不您说说… does: the
    English pattern held backspace characters for its word bounds and never matched (session 22)."""
    values = await played(
        offline_context,
        "broadband-retention",
        "I understand you'd like to cancel, and I can help with that.",
        "How about you walk me through when you notice it, which times in the evening?",
        "quit",
    )
    assert "usage" in [c["tag"] for c in values["turn_evaluations"][1]["covered"]]
