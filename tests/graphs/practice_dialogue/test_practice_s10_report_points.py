"""Session 10, issue 12's report faults left open by session 9 (trainers P1 and P2), in wording of
our own, through the real evaluator and the real flow: a point is credited for what it asks for
(a fit for her need, a question of her hours, a price with its unit); the examples a point lists
are named as said, and none the scenario does not have; selling her what the scenario does not
have is a break."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import Session


def _tags(scenario_id: str, stage: str, reply: str) -> set[str]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, turn=3
    )
    return {c["tag"] for c in evaluation["covered"]}


def _sold(scenario_id: str, stage: str, reply: str) -> list[str]:
    """The turn's selling break (kept out of its forbidden claims: her answer is her own)."""
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, turn=3
    )
    assert not {c for c in evaluation["forbidden"] if "推销" in c or "Selling" in c}
    sold: list[str] = evaluation["selling"]
    return sold


async def _played(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    values = await Session(context).play(scenario, [*replies, "quit"])
    return values


@pytest.mark.parametrize(
    ("scenario", "stage", "reply", "tag", "credited"),
    [
        # the suite named, nothing of the occasion: a feature, not a fit
        (
            "english-upsell",
            "presentation",
            "By the way, there's a junior suite looking over the harbour open tonight, with a "
            "bottle of sparkling wine in the room.",
            "suite",
            False,
        ),
        (
            "english-upsell",
            "presentation",
            "As you're celebrating your anniversary, the harbour-view junior suite would make the "
            "weekend feel special.",
            "suite",
            True,
        ),
        (
            "objection-handling",
            "presentation",
            "年卡里带一次体测，另外还有两节私教体验课。",
            "matching-service",
            False,
        ),
        (
            "objection-handling",
            "presentation",
            "您想减脂的话，先做一次体测，再用两节私教体验课让教练帮您定个计划。",
            "matching-service",
            True,
        ),
        # a question with 平时 that asks what she likes, not when she can come
        ("objection-handling", "discovery", "您平常比较喜欢做哪种运动呢？", "schedule", False),
        ("objection-handling", "discovery", "您一般几点下班，周几比较有空？", "schedule", True),
        # a bare sum the learner may offer is the price told (session 11's trainer: "It's only
        # 55 more" states it; this case expected False before session 12); with its unit or
        # period it is too
        ("english-upsell", "presentation", "For the suite it's 55 on top.", "price", True),
        (
            "english-upsell",
            "presentation",
            "For the suite it's 55 dollars on top of your room.",
            "price",
            True,
        ),
        ("broadband-retention", "presentation", "I can do 31 for you.", "loyalty", False),
        (
            "broadband-retention",
            "presentation",
            "I can do 31 pounds a month for you.",
            "loyalty",
            True,
        ),
    ],
)
def test_a_point_is_credited_for_what_it_asks(
    scenario: str, stage: str, reply: str, tag: str, credited: bool
) -> None:
    assert (tag in _tags(scenario, stage, reply)) is credited


@pytest.mark.parametrize(
    ("scenario", "reply", "asked", "tag"),
    [
        (
            "english-upsell",
            "Then may I suggest the junior suite over the harbour tonight?",
            "occasion",
            "suite",
        ),
        (
            "objection-handling",
            "那这样，先给您安排一次体测，再上两节私教体验课。",
            "goal",
            "matching-service",
        ),
    ],
)
def test_the_offer_after_her_need_was_asked_fits_it(
    scenario: str, reply: str, asked: str, tag: str
) -> None:
    """Once her need was asked, the offer that follows is made for it."""
    loaded = ContentLibrary.load().get(Scenario, scenario)
    stage_id, index = loaded.point_tags()[asked]
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        loaded, loaded.stage("presentation"), reply, {stage_id: [index]}, turn=3
    )
    assert tag in {c["tag"] for c in evaluation["covered"]}
    assert tag not in _tags(scenario, "presentation", reply)  # not before it was asked


async def test_the_report_names_only_the_examples_said_and_none_not_offered(
    offline_context: FlowContext,
) -> None:
    values = await _played(
        offline_context,
        "objection-handling",
        [
            "王女士您好，我是会籍顾问小陈，三千九百八确实不是小数目。",
            "钱的事您别担心，年卡能按月付，分十二期，一分利息都不收。",
            "您平常比较喜欢做哪种运动呢？",
        ],
    )
    report = values["report"]
    objections = next(c for c in report["criteria"] if c["id"] == "objections")
    assert "提出灵活方案（分期免息）" in objections["explanation"]
    assert "先体验" not in objections["explanation"]
    discovery = next(c for c in report["criteria"] if c["id"] == "discovery")
    assert "没做到：了解作息和能来锻炼的时间" in discovery["explanation"].replace(
        "；", "。没做到："
    )
    shown = [e.get("hint") or "" for e in values["turn_evaluations"]]
    everything = " ".join([*shown, *(i["advice"] for i in report["improvements"])])
    assert "介绍与目标匹配的服务（体测、私教体验）" in everything
    assert "团课" not in everything


@pytest.mark.parametrize(
    ("scenario", "stage", "reply", "broken"),
    [
        (
            "complaint-handling",
            "opening",
            "对了，我们新推出了儿童正畸套餐，您家孩子可以来看看。",
            True,
        ),
        (
            "broadband-retention",
            "discovery",
            "While I have you, can I interest you in our TV bundle with the sports channels?",
            True,
        ),
        # what the scenario sells is no off-brief pitch
        ("objection-handling", "objections", "年卡可以分期，您要不要了解一下？", False),
        (
            "english-upsell",
            "presentation",
            "Would you like to hear about the harbour-view suite we have free tonight?",
            False,
        ),
    ],
)
def test_selling_what_the_scenario_does_not_have_is_a_break(
    scenario: str, stage: str, reply: str, broken: bool
) -> None:
    pitched = {
        "推销与客户来意无关、场景中没有的产品",
        "Selling the customer something the scenario does not offer",
    }
    assert bool(pitched & set(_sold(scenario, stage, reply))) is broken


async def test_selling_to_a_complainant_lowers_compliance(offline_context: FlowContext) -> None:
    values = await _played(
        offline_context,
        "complaint-handling",
        [
            "非常抱歉让您久等了，没说明的抛光费我们给您退掉。",
            "对了，我们这个月有种植牙体验套餐，老客户八折，您考虑一下？",
            "还有会员储值卡，充值两千送三百，特别划算。",
        ],
    )
    compliance = next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")
    assert compliance["score"] <= 60
    assert "场景中没有的产品" in compliance["explanation"]
