"""Session 11, the report faults held-out review P2 found (issue 12), in wording of our own,
through the real flow: no credit for what was not done (blame put on a colleague, a charge
defended, a false refund time, a rival never named, a deal declared settled); credit for what
was done (fault owned, a fee-free window behind a negated "if", a polite decision question, what
an extra alone would cost); a fair troubleshooting question and a
"why don't you" suggestion are no blame; curt fragments cost tone and are no strength; a session
of small talk is named off topic."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import Session


async def _report(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    values = await Session(context).play(scenario, [*replies, "quit"])
    report: dict[str, Any] = values["report"]
    return report


def _criterion(report: dict[str, Any], key: str) -> dict[str, Any]:
    return next(c for c in report["criteria"] if key in (c["id"], c["measures"]))


def _strengths(report: dict[str, Any]) -> str:
    return " ".join(report["strengths"])


async def test_owning_the_fault_counts_as_an_apology(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        [
            "您好，真的很对不起，让您白等了这么久。",
            "您约的是几点？当时是哪位医生给您看的？",
            "这次确实是我们的责任，我向您赔个不是。",
            "这120元抛光费给您免了，1到3个工作日原路退回。",
            "我代表诊所郑重向您致歉。",
        ],
    )
    assert {1, 3, 5} <= set(_criterion(report, "empathy")["turns"])


async def test_blame_on_a_colleague_a_defended_charge_and_a_curt_turn(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        [
            "那是牙医那边看诊拖了时间，跟我们前台无关。",
            "抛光是医生看您需要才做的，对您牙齿有好处。",
            "下一个。",
        ],
    )
    compliance = _criterion(report, "compliance")
    assert "推卸责任" in compliance["explanation"]
    assert "第3轮语气生硬" in compliance["explanation"]
    assert (
        "如实解释等待的原因" not in _criterion(report, "solution")["explanation"].split("没做到")[0]
    )
    assert "做到：核对收费明细" not in _criterion(report, "discovery")["explanation"]
    assert "合规" not in _strengths(report)


async def test_a_false_refund_time_does_not_tell_the_time_limit(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        ["非常抱歉让您久等了。", "抛光费120元给您退了，今天下午就到账。"],
    )
    solution = _criterion(report, "solution")["explanation"]
    assert "谎报退款到账时间" in _criterion(report, "compliance")["explanation"]
    assert "做到：免除未告知的抛光费并说明退款时限" not in solution
    assert "只做到一部分：免除未告知的抛光费并说明退款时限（没说到：如实的时限）" in solution


async def test_broadband_what_was_done_is_credited_and_no_false_blame(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "broadband-retention",
        [
            "Hello, thanks for calling Northline. Can I ask what's made you want to leave?",
            "Could you try switching the router off and on again?",
            "I can book an engineer for Thursday morning, free of charge.",
            "Why don't you tell me what figure would keep you with us?",
            "I can offer GBP 31 a month for 12 months on your current plan.",
            "And should you not like it you can leave inside 30 days, no charge at all.",
            "Are you still planning to cancel?",
        ],
    )
    # a fair troubleshooting question and a suggestion blame nobody (decided: restarting the
    # router is a normal first check, not "it's your router")
    assert _criterion(report, "compliance")["score"] == 100
    assert "Not done: Explain she can cancel" not in _criterion(report, "offer")["explanation"]
    assert "Done: Ask for her decision" in _criterion(report, "closing")["explanation"]


async def test_broadband_no_rival_named_and_a_deal_declared_settled(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "broadband-retention",
        [
            "Hi, thanks for calling. Why are you thinking of leaving?",
            "An engineer can come out Thursday morning at no cost.",
            "I can put you on 31 pounds a month for a year.",
            "Would you like me to set up the visit today?",
            "Right, so that's all done then, I've signed you up and the contract's on its way.",
        ],
    )
    assert (
        "Compare honestly" not in _criterion(report, "doubts")["explanation"].split("Not done")[0]
    )
    closing = _criterion(report, "closing")["explanation"]
    assert "Confirm the next steps" not in closing.split("Not done")[0]


async def test_curt_fragments_cost_tone_and_earn_no_strength(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        ["Surname?", "Suite's available. 55 extra.", "Take it or not?", "Whatever. Room key."],
    )
    compliance = _criterion(report, "compliance")
    assert compliance["score"] < 100
    assert "Curt" in compliance["explanation"]
    assert "relaxed throughout" not in compliance["explanation"]
    assert report["strengths"] == []


async def test_value_put_as_what_an_extra_alone_costs(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Good evening Mr Harper, welcome. Is the stay for a special occasion?",
            "We have a harbour-view suite that would be perfect for your anniversary.",
            "It's 55 dollars a night more than your current room.",
            "I hear you on the price. The two breakfasts on their own would come to nearly that.",
        ],
    )
    concern = _criterion(report, "objections")["explanation"]
    assert "Put the price in terms of value" in concern.split("Not done")[0]


async def test_a_polite_ask_is_her_decision_and_costs_no_tone(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "objection-handling",
        [
            "您好，我是这里的会籍顾问小王。",
            "我们有体测、私教课、团课，还有游泳池。",
            "年卡3980，可以分期，每个月三百多。",
            "那您这周想报名吗？",
        ],
    )
    assert "做到：确认客户的意愿" in _criterion(report, "closing")["explanation"]
    assert "第3轮语气生硬" not in _criterion(report, "compliance")["explanation"]


async def test_small_talk_is_named_off_topic(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        ["您平时喜欢看什么电视剧呀？", "最近天气挺好的，您周末去哪玩了？"],
    )
    compliance = _criterion(report, "compliance")["explanation"]
    assert "离题" in compliance
    assert "表达得体" not in compliance
    assert report["strengths"] == []


async def test_a_label_of_ours_does_not_make_mr_harper_a_woman(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        ["Good evening, Mr Harper. The suite is 55 dollars more, I'll just put it on your bill."],
    )
    compliance = _criterion(report, "compliance")["explanation"]
    assert "Charging the customer without consent" in compliance
    assert " her " not in f" {compliance} "
