"""The report does not contradict itself (session 19, trainer P11): a fault named under a full
score, "Not done: Ask for the decision" beside a turn that asked it, "throughout" for warmth
shown only at the start, a clean tone line that cites no turn, and "nothing said of the
customer's matter" of a learner who spoke of nothing else. Through the real flow, in learner
lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_one_stray_line_of_small_talk_is_named_but_costs_nothing(
    offline_context: FlowContext,
) -> None:
    """Last night's football among turns on her line: one stray line is no improper promise
    and costs tone nothing, but the learner hears it (the pastime tests of sessions 9-12), and
    "Honest and calm throughout" is not said beside it (the session-18 trainer's contradiction)."""
    values = await played(
        offline_context,
        "broadband-retention",
        "I'm sorry the evenings have been so slow. Can I ask what's making you want to leave?",
        "I can book a free engineer visit for Thursday morning to check the line.",
        "We can also put you on GBP 31 a month for 12 months on the same plan.",
        "By the way, did you catch the football last night?",
        "Would you like me to set that up?",
        "quit",
    )
    tone = _criterion(values, "compliance")
    assert tone["score"] == 100, tone
    assert "small talk" in tone["explanation"].lower() and "turn 4" in tone["explanation"], tone
    assert "throughout" not in tone["explanation"], tone


async def test_a_clean_tone_line_cites_where_honesty_was_shown(
    offline_context: FlowContext,
) -> None:
    """No fault: the line cites the turns that made the brief's points, not "turns -"."""
    values = await played(
        offline_context,
        "objection-handling",
        "理解，三千九百八确实不是小数目。您这次想健身主要是为了什么？",
        "您一般几点有空过来？",
        "我们早上六点开到晚上十一点，离地铁三分钟，下班过来很方便。",
        "年卡可以分十二期免息，每个月大概三百三十二元。",
        "结束",
    )
    tone = _criterion(values, "compliance")
    assert tone["score"] == 100, tone
    assert {3, 4} <= set(tone["turns"]), tone


async def test_warmth_only_at_the_start_is_not_throughout(offline_context: FlowContext) -> None:
    """Apology and feelings in the first three turns of six earn the score (the remedy followed), but
    the rubric's "多次回应客户的感受" is not quoted as met."""
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了，您的心情我完全理解。",
        "真是耽误您了，您是约的下午两点，是张医生给您看的对吧？",
        "这个抛光费确实没有提前告知，一百二我们全额免掉，一到三个工作日退回原卡。",
        "另外送您一张100元洁牙抵用券，下次来可以用。",
        "下次可以给您优先安排时段，不用再等。",
        "我跟您确认一下：免除120元抛光费，1到3个工作日到账，再送100元抵用券。",
        "结束",
    )
    empathy = _criterion(values, "empathy")
    assert empathy["turns"] and max(empathy["turns"]) <= 3, empathy  # the first half only
    assert "多次回应" not in empathy["explanation"], empathy


async def test_a_decision_asked_too_soon_is_said_to_be_asked(
    offline_context: FlowContext,
) -> None:
    """ "Shall I book it for you?" after a price beyond the brief: the questions line says the
    turn asked for a decision, and the closing says why that ask earned nothing, with its turn,
    rather than a bare "Not done: Ask for the decision"."""
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper! I can put you in the harbour suite tonight for just USD 25 extra.",
        "Breakfast is from seven, on the first floor.",
        "Shall I book it for you?",
        "quit",
    )
    closing = _criterion(values, "closing")
    assert "Ask for the decision (asked in turn 3" in closing["explanation"], closing


async def test_an_ultimatum_is_said_to_be_no_asking(offline_context: FlowContext) -> None:
    """「办还是不办？一句话。」: the closing names the turn as pressing her, not a bare 没做到."""
    values = await played(
        offline_context,
        "objection-handling",
        "年卡三千九百八，可以分十二期，每个月三百三十二。",
        "今天不办明天就没这个价了，办还是不办？一句话。",
        "结束",
    )
    closing = _criterion(values, "closing")
    assert "第2轮是逼客户表态" in closing["explanation"], closing


async def test_no_point_made_is_not_said_to_be_off_her_matter(
    offline_context: FlowContext,
) -> None:
    """Turns about the full refund and its timing, all beyond the brief: the line does not say
    nothing was said of his matter (it was all his matter); it says no point was made."""
    values = await played(
        offline_context,
        "complaint-handling",
        "对不起对不起，今天的三百二我全部退给您，马上到账。",
        "您看这样行不行？",
        "结束",
    )
    tone = _criterion(values, "compliance")
    assert "客户关心的事" not in tone["explanation"], tone
    assert "没有做到任何一个要点" in tone["explanation"], tone


async def test_desk_talk_with_no_point_is_not_said_to_be_off_his_matter(
    offline_context: FlowContext,
) -> None:
    """The room's floor and breakfast hours are his stay: no point of the brief, not no matter."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview.",
        "Your room is on the fifth floor, with a city view.",
        "Breakfast is served from seven in the restaurant.",
        "quit",
    )
    tone = _criterion(values, "compliance")
    assert "customer's matter" not in tone["explanation"], tone
