"""The report credits what the learner meant, not a phrase that happens to match (issue 12).

Own learners, through the real flow and the real evaluator:
- a time the learner guarantees and cannot give ("保证五分钟内") is no true time limit, beside a
  refund time stated wrong, and a phone she will see the money on is no contact left her;
- 「别生气」 tells her not to feel: a command, no warmth;
- a question about her pastimes ("您平时喜欢看电影吗？") finds out nothing of her hours;
- the instalment of a payment plan is no price split per day or per visit (the price spread over
  the months is);
- questions that only ask for her yes ("Do you want it?", "Shall I put you in it?") are no
  questions about the guest;
- an extra set against the price ("breakfast by itself would be a big part of that") frames its
  value;
- her wish acknowledged in the opening ("I can definitely help you with that") is listening.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _criterion(values: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["name"] == name)


def _evaluate(name: str, stage: str, reply: str) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, name)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, 3
    )


async def test_a_guaranteed_refund_time_is_no_time_limit_told(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "您先别生气，抛光的钱我给您退。",
        "您放心，十分钟之内肯定到账。到时候您手机上就能看到。",
        "下次您来，我保证五分钟内就叫到您。",
        "结束",
    )
    solution = _criterion(values, "解决方案")["explanation"]
    assert "做到：免除未告知的抛光费并说明退款时限" not in solution
    assert "免除未告知的抛光费并说明退款时限（没说到：如实的时限）" in solution
    closing = _criterion(values, "确认与挽回")["explanation"]
    assert "做到：留下联系方式或跟进承诺" not in closing.replace("没做到", "")
    warmth = _criterion(values, "安抚与共情")
    assert warmth["score"] == 0, warmth


async def test_the_true_refund_time_vowed_is_still_told(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "真是对不起。抛光的钱我给您退，我保证1到3个工作日到账。",
        "结束",
    )
    solution = _criterion(values, "解决方案")["explanation"]
    assert "做到：免除未告知的抛光费并说明退款时限" in solution, solution


@pytest.mark.parametrize(
    ("reply", "warm"),
    [
        ("王先生，别生气，我给您查一下账单。", False),
        ("您先消消气，我给您查一下账单。", True),
        ("别生气了，真是对不起，让您等了这么久。", True),  # the apology is warmth
    ],
)
def test_telling_her_not_to_be_angry_is_no_warmth(reply: str, warm: bool) -> None:
    evaluation = _evaluate("complaint-handling", "opening", reply)
    assert bool(evaluation["empathy"]) is warm, evaluation["empathy"]


async def test_pastime_chat_and_a_monthly_sum_find_and_split_nothing(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，我是这里的会籍顾问小陈。",
        "我周末刚看完一部电影，特别好看，您平时喜欢看电影吗？",
        "年卡可以分12期免息，每个月三百三左右。",
        "分期的话月供就三百多，压力不大。",
        "结束",
    )
    discovery = _criterion(values, "需求挖掘")
    assert discovery["score"] == 0, discovery
    objections = _criterion(values, "价格异议处理")["explanation"]
    assert "没做到：" in objections
    assert "把价格拆分到每天或每次" in objections.split("没做到：")[1], objections
    compliance = _criterion(values, "合规表达")["explanation"]
    assert "第2轮在闲聊" in compliance, compliance


@pytest.mark.parametrize(
    ("reply", "tag", "made"),
    [
        ("您平时喜欢看电影吗？", "schedule", False),
        ("我最近在追一部剧，您平时追剧吗？", "schedule", False),
        ("您平时一般几点下班？", "schedule", True),
        ("您平时会去游泳或者跑跑步吗？", "schedule", True),
        ("分12期的话，每个月三百三。", "split-price", False),
        ("可以分12期免息，算下来每月三百三。", "split-price", False),
        ("一年三千九百八，摊到每个月才三百出头。", "split-price", True),
        ("算下来一天才十块钱出头。", "split-price", True),
        ("平均到每次来练，也就二三十块。", "split-price", True),
    ],
)
def test_what_the_question_or_the_split_is_about(reply: str, tag: str, made: bool) -> None:
    stage = "discovery" if tag == "schedule" else "objections"
    evaluation = _evaluate("objection-handling", stage, reply)
    assert (tag in [c["tag"] for c in evaluation["covered"]]) is made, evaluation["covered"]


async def test_asking_only_for_her_yes_is_no_question_about_the_guest(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome. Your room is ready.",
        "There's a junior suite with a harbour view for USD 55 more a night. Do you want it?",
        "It comes with breakfast and a late check-out.",
        "Shall I put you in it, then?",
        "结束",
    )
    asking = _criterion(values, "Asking questions")
    assert asking["score"] == 0, asking
    assert "decision" in asking["explanation"], asking["explanation"]


async def test_a_question_about_the_guest_still_counts_beside_a_yes_asked(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening and welcome! What brings you to the harbour this weekend?",
        "How lovely. What would make the stay special for the two of you?",
        "There's a harbour-view junior suite, USD 45 a night extra for the occasion. "
        "Would you like me to move you up?",
        "结束",
    )
    asking = _criterion(values, "Asking questions")
    assert asking["score"] == 100, asking


@pytest.mark.parametrize(
    "reply",
    [
        "I hear you. The breakfast for two by itself would be a big part of that, and the view "
        "comes on top.",
        "Fair enough. Breakfast for both of you on its own would be most of the difference.",
        "I know it adds up. The two breakfasts alone would be a good chunk of it.",
    ],
)
def test_an_extra_set_against_the_price_frames_its_value(reply: str) -> None:
    evaluation = _evaluate("english-upsell", "objections", reply)
    assert "value" in [c["tag"] for c in evaluation["covered"]], evaluation["covered"]


def test_leaving_the_guest_alone_is_no_value() -> None:
    evaluation = _evaluate("english-upsell", "objections", "I'll leave you alone to think it over.")
    assert "value" not in [c["tag"] for c in evaluation["covered"]]


async def test_her_wish_acknowledged_in_the_opening_is_listening(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "I can definitely help you with that, Ms Shah. What's made you want to go?",
        "I'm sorry, that sounds really frustrating when you work in the evenings.",
        "I can book a free engineer visit for Thursday morning to check the line.",
        "结束",
    )
    listening = _criterion(values, "Listening and acknowledgement")
    assert listening["turns"][:2] == [1, 2], listening
