"""Session 23, H5: breaches phrased as actions or made-up facts (session 22 trainer, issue 12): a
made-up rival price rise credited as an honest comparison; a charge put on her card unasked;
"everybody upgrades"; a place "given to someone else"; a false "you signed for it"; a waivable
charge made out as a must everyone pays. Own trades, each a shipped scenario rewritten: a pilates
studio's retention call (English), a yoga studio's complaint desk and an art studio's price
objection (Chinese), a river cruise's boarding desk (English). Each breach through the real flow, then honest look-alikes that stay clean."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.practice_dialogue.rival_after_her import rival_run_down_after_her
from graphs.scenarios import Scenario
from tests.support.practice import compliance, criterion, played
from tests.support.rewritten_scenarios import rewritten

PILATES: dict[str, Any] = {
    "id": "pilates-retention",
    "title": "Retention call: 'I want to cancel my pilates membership'",
    "background": "You answer the phone at Core Line Pilates. Ms Hana Ito has had the reformer "
    "membership (GBP 64 a month) for three years; her membership ended in May. Her evening classes "
    "are always full and a rival studio offers GBP 49 a month. You may book her a free posture "
    "check (next available: Tuesday evening), offer the loyalty price of GBP 55 a month for 12 "
    "months, or the priority membership with reserved evening places at GBP 59. A new 12-month "
    "membership can be cancelled without a fee within 30 days.",
    "opening_line": "Hello. I'd like to cancel my pilates membership. It ended in May.",
    "may_offer": [
        "A free posture check (next available Tuesday evening)",
        "The loyalty price of GBP 55 a month for 12 months",
        "The priority membership with reserved evening places at GBP 59 a month",
        "Cancellation without a fee within 30 days of a new membership",
    ],
    "facts": [
        {
            "claim": "A wrong loyalty price (GBP 55 a month for 12 months)",
            "cues": ["loyalty price", "loyalty"],
            "values": ["55", "12"],
        }
    ],
}
YOGA: dict[str, Any] = {
    "id": "yoga-complaint",
    "title": "投诉处理：瑜伽私教课迟到还多收垫子费",
    "background": "你是「静心瑜伽」的店长。陈女士约了晚上 7 点的私教课，老师迟到了 40 分钟；结账时又比约课"
    "时说的 300 元多收了 80 元的垫子清洁费，约课时没人说明。店规：店长可以免除未事先告知的垫子清洁费，并可"
    "赠送一节 60 分钟的团课；退款需 1–3 个工作日原路退回。",
    "opening_line": "老师迟到四十分钟，结账还多收我八十块垫子清洁费，谁跟我说过要收这个？",
    "may_offer": [
        "免除未事先告知的 80 元垫子清洁费（退款 1–3 个工作日到账）",
        "赠送一节 60 分钟的团课",
    ],
    "facts": [
        {
            "claim": "谎报退款到账时间（实际 1–3 个工作日）",
            "cues": ["到账", "退款", "退回"],
            "values": ["1-3个工作日", "80元"],
        }
    ],
}
ART: dict[str, Any] = {
    "id": "art-objection",
    "title": "异议处理：画室季卡太贵了",
    "background": "你是「青禾画室」的课程顾问。季卡 2400 元（含 24 节油画课和一次作品装裱），可分 3 期免息。"
    "附近另一家画室季卡 1800 元。孙先生试听后觉得太贵，准备离开。",
    "opening_line": "我就问问。你们季卡两千四？对面那家才一千八。",
    "may_offer": [
        "季卡 2400 元，含 24 节油画课和一次作品装裱",
        "3 期免息分期（每期 800 元）",
        "先预约一次免费试听课再决定",
    ],
    "facts": [
        {
            "claim": "谎报季卡价格（季卡 2400 元）",
            "cues": ["季卡要", "季卡只要", "季卡才"],
            "values": ["2400"],
        }
    ],
}

CRUISE: dict[str, Any] = {
    "id": "cruise-upsell",
    "title": "Upsell: a balcony upgrade on a river cruise",
    "background": "You work the boarding desk of Rhine Star Cruises. Ms Laura Berg booked an "
    "inside stateroom (EUR 210 a night, four nights). A balcony stateroom is free this sailing: "
    "EUR 60 extra a night, including a welcome drink and priority dining. Staff may offer it at "
    "EUR 50 for guests celebrating an occasion; nothing can be given free of charge.",
    "opening_line": "Hello, I'm boarding for the four-night sailing. Inside stateroom, Berg.",
    "may_offer": [
        "The balcony stateroom at EUR 60 extra a night",
        "EUR 50 extra a night for an occasion",
    ],
    "facts": [],
}


@pytest.fixture(scope="module")
def studios(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("h5") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "broadband-retention", PILATES)
    rewritten(root, "complaint-handling", YOGA)
    rewritten(root, "objection-handling", ART)
    rewritten(root, "english-upsell", CRUISE)
    return FlowContext(library=ContentLibrary.load(root))


def said(context: FlowContext, scenario: str, line: str) -> dict[str, str]:
    return claims_said(context.library.get(Scenario, scenario), line)


async def test_a_made_up_rival_rise_is_named_and_earns_no_honest_comparison(
    studios: FlowContext,
) -> None:
    values = await played(
        studios,
        "pilates-retention",
        "Hello Ms Ito, I'm sorry the evening classes have been so full.",
        "The rival studio's 49-pound deal goes up to 70 after the first year, so our loyalty "
        "price of 55 a month for 12 months is the better deal.",
        "结束",
    )
    assert "A made-up claim about the rival: \"The rival studio's 49-pound deal" in compliance(
        values
    )
    doubts = criterion(values, "Handling doubts")["explanation"]
    assert "Done: Compare honestly" not in doubts, doubts


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        ("pilates-retention", "The other studio has hidden fees on top.", "made-up claim about"),
        ("art-objection", "对面那家一千八，第二年就涨到两千六了。", "编造竞争对手的情况"),
        # honest look-alikes: the rival's price the brief states, a gap made of its figures
        ("pilates-retention", "The rival studio offers 49 a month, we can do 55.", None),
        ("pilates-retention", "The other studio is 49, that's 15 less than your old 64.", None),
        ("art-objection", "对面那家一千八，确实比我们便宜。", None),
        ("pilates-retention", "Their deal doesn't go up, to be fair.", None),
    ],
)
def test_only_an_invented_rival_fact_is_named(
    studios: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = " ".join(said(studios, scenario, line).values())
    assert (label in found) if label else not found, found


async def test_breaches_phrased_as_actions_are_named(studios: FlowContext) -> None:
    values = await played(
        studios,
        "pilates-retention",
        "Hello Ms Ito, sorry to hear that.",
        "I'll put the priority membership on your card already.",
        "Honestly, all our members take the priority membership.",
        "结束",
    )
    text = compliance(values)
    assert "Charging the customer without consent" in text, text
    assert 'everyone does it: "all our members take the priority' in text, text


async def test_a_false_signature_and_a_must_everyone_pays_are_named(studios: FlowContext) -> None:
    values = await played(
        studios,
        "yoga-complaint",
        "非常抱歉，让您等了这么久。",
        "这个您当时是签了字的。",
        "垫子清洁是上私教课必做的项目。",
        "结束",
    )
    text = compliance(values)
    assert "谎称客户事先认可过：「这个您当时是签了字的」" in text, text
    assert "说成正常收费：「垫子清洁是上私教课必做的项目」" in text, text


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        ("art-objection", "这个试听名额我一会儿就让给别人了。", "虚假的限时优惠"),
        (
            "pilates-retention",
            "If you wait, I'll give your place to someone else.",
            "False scarcity",
        ),
        ("art-objection", "学员们都报了季卡。", "谎称大家都这么做"),
        ("yoga-complaint", "这个垫子清洁费大家都交的。", "说成正常收费"),
        # honest look-alikes: a question, a denial, asking before charging, a true deadline
        ("yoga-complaint", "您当时签过字吗？", None),
        ("yoga-complaint", "您没签过字，这个费用不该收。", None),
        (
            "pilates-retention",
            "Not everyone takes the priority plan, it depends on your evenings.",
            None,
        ),
        ("pilates-retention", "Shall I put the priority membership on your card?", None),
        ("yoga-complaint", "80元给您原路退回，1到3个工作日到账。", None),
        ("art-objection", "您可以推荐给别人来试听。", None),
    ],
)
def test_made_up_facts_named_and_look_alikes_clean(
    studios: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = " ".join(said(studios, scenario, line).values())
    assert (label in found) if label else not found, found


async def test_the_rival_she_named_run_down_as_them_is_named(studios: FlowContext) -> None:
    # her opening names the rival (对面那家才一千八); the learner's 他们 points back at it
    values = await played(studios, "art-objection", "他们那边的画材都很差的。", "结束")
    text = criterion(values, "合规表达")["explanation"]
    assert "贬低竞争对手：「他们那边的画材都很差的」" in text, text


@pytest.mark.parametrize(
    ("scenario", "reply", "her_line", "named"),
    [
        ("pilates-retention", "Between us, they are cowboys.", "The rival studio is 49.", True),
        # look-alikes: no rival in her line (they may be anyone), a flaw denied, a question
        ("pilates-retention", "Between us, they are cowboys.", "I'm just tired of it.", False),
        ("art-objection", "他们画材也不差，不过我们含装裱。", "对面那家才一千八。", False),
        ("art-objection", "他们那边老师专业吗？", "对面那家才一千八。", False),
    ],
)
def test_them_run_down_only_after_she_named_the_rival(
    studios: FlowContext, scenario: str, reply: str, her_line: str, named: bool
) -> None:
    found = studios.library.get(Scenario, scenario)
    assert (rival_run_down_after_her(found, reply, [her_line]) is not None) is named


async def test_a_made_up_problem_with_her_booking_is_named(studios: FlowContext) -> None:
    values = await played(
        studios,
        "cruise-upsell",
        "Welcome aboard, Ms Berg! Your inside stateroom isn't ready yet, so the balcony one is easier.",
        "结束",
    )
    text = compliance(values)
    assert "A made-up problem with the customer's booking: \"Your inside stateroom" in text, text


@pytest.mark.parametrize(
    ("scenario", "line", "named"),
    [
        ("cruise-upsell", "I'm afraid your reservation has been double-booked.", True),
        # look-alikes: her booking said to be fine, a question, trouble a complaint's brief tells
        ("cruise-upsell", "Your stateroom is ready whenever you are.", False),
        ("cruise-upsell", "Is your stateroom ready, or shall I check?", False),
        ("yoga-complaint", "您约的私教课出了问题，真的非常抱歉。", False),
    ],
)
def test_only_a_trouble_the_brief_never_tells_is_named(
    studios: FlowContext, scenario: str, line: str, named: bool
) -> None:
    found = " ".join(said(studios, scenario, line).values())
    assert ("made-up problem" in found or "编造客户所订" in found) is named, found
