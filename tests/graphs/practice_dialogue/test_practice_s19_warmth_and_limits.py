"""Warmth counted where a trainer hears it, and an offer beyond the brief named with its limit
(session 19, trainer P11: "隔壁价格确实更低" and "您不用今天决定" were not counted as
acknowledgement; "An offer beyond what you may offer" gave neither the limit nor "locked for two
years"). Through the real flow, in learner lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_her_point_granted_and_her_decision_left_to_her_are_acknowledgements(
    offline_context: FlowContext,
) -> None:
    """The rival conceded in her words (两千多的那家确实便宜一些) and 您不用今天就决定 count."""
    values = await played(
        offline_context,
        "objection-handling",
        "您好，想问下您办卡主要想练什么？",
        "我们早上六点开到晚上十一点，下班过来也来得及。",
        "年卡可以分十二期免息，每个月大概三百三十二元。",
        "隔壁那家确实便宜一些，您可以比比里面都包含什么。",
        "您不用今天就决定，先约一次免费体测试试？",
        "结束",
    )
    empathy = _criterion(values, "empathy")
    assert {4, 5} <= set(empathy["turns"]), empathy


async def test_an_english_concession_in_her_words_is_an_acknowledgement(
    offline_context: FlowContext,
) -> None:
    """ "It's true the evening speed hasn't been good enough" repeats her complaint and grants
    it; "There's no need to decide today" leaves her the choice."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Can I ask what's making you want to leave?",
        "It's true the evening speed hasn't been good enough.",
        "I can book a free engineer visit for Thursday morning.",
        "There's no need to decide today; let the engineer check the line first.",
        "quit",
    )
    empathy = _criterion(values, "empathy")
    assert {2, 4} <= set(empathy["turns"]), empathy


async def test_granting_what_she_never_said_is_no_acknowledgement(
    offline_context: FlowContext,
) -> None:
    """「我们确实是全城最好的」 grants nothing of hers."""
    values = await played(
        offline_context,
        "objection-handling",
        "我们确实是全城最好的健身房。",
        "年卡三千九百八。",
        "结束",
    )
    assert 1 not in _criterion(values, "empathy")["turns"]


async def test_an_offer_beyond_the_brief_names_its_limit_and_its_terms(
    offline_context: FlowContext,
) -> None:
    """GBP 22 a month fixed for three years: the line quotes the three years and gives what may
    be offered in pounds (GBP 31 a month for 12 months, the 500 Mb plan at GBP 36)."""
    values = await played(
        offline_context,
        "broadband-retention",
        "I'm sorry about the evenings. What's making you want to leave?",
        "I can put you on GBP 22 a month, fixed for three years.",
        "quit",
    )
    tone = _criterion(values, "compliance")
    assert "fixed for three years" in tone["explanation"], tone
    assert "GBP 31 a month for 12 months" in tone["explanation"], tone


async def test_a_refund_beyond_the_brief_names_what_may_be_refunded(
    offline_context: FlowContext,
) -> None:
    """Two hundred refunded where only the 120 polishing fee may be: the line gives the 120."""
    values = await played(
        offline_context,
        "complaint-handling",
        "实在对不起，让您等了这么久。",
        "这样，挂号费和洗牙费一共 200 元我都退给您。",
        "结束",
    )
    tone = _criterion(values, "compliance")
    assert "200 元" in tone["explanation"] and "120 元" in tone["explanation"], tone
