"""Pushy breaches named for what they are, and small talk told from the learner's real matter
(session 17 end trainer P10: ch-pushy 「抛光费医保是可以报销的」 and 「今天就用现金马上退给您」 went
unnamed and the right signed away got the hint 只说真实、准确的信息; bb-pushy's "only valid for the
next five minutes … you need to say yes now" was no pressure; oh-offtopic's TV series with 「我每天
下班都要看两集」 was no small talk).

Own trades, through the real flow: a laundry's complaint desk (Chinese) and a bike repair shop's
service plan (English), each a shipped scenario rewritten for the trade with a refund that takes
working days, and a driving school's price objection (Chinese).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from tests.support.practice import Session, played

LAUNDRY = {
    "id": "laundry-complaint",
    "title": "投诉处理：大衣晚取三天还多收钱",
    "background": "你是「净衣坊」洗衣店的店长。陈女士送洗的羊毛大衣晚了三天才洗好，取衣时又被多收了 80 元"
    "的去渍费，收衣时店员没有说明。店规：店长可以免除未事先告知的去渍费，并可赠送一张 50 元的洗衣券；"
    "退款需 1–3 个工作日原路退回。",
    "opening_line": "我的大衣晚了三天才洗好，结账还多收我八十块去渍费，谁同意了？",
    "may_offer": [
        "免除未事先告知的 80 元去渍费（退款 1–3 个工作日到账）",
        "赠送一张 50 元洗衣券",
        "下次送洗优先处理",
    ],
    "facts": [
        {
            "claim": "谎报退款到账时间（实际 1–3 个工作日）",
            "cues": ["到账", "退款", "退回"],
            "values": ["1-3个工作日", "80元", "50元"],
        }
    ],
}
BIKE = {
    "id": "bike-service-plan",
    "title": "Service plan call: 'I want to cancel'",
    "background": "You answer the phone at Spokes & Chains bike repairs. Mr Tom Reyes has had the "
    "monthly service plan (GBP 12 a month) for three years; it ended in May. A GBP 40 repair "
    "charge he never agreed to was put on his card. You may refund it (back to the card within 5 "
    "working days) and offer the plan again at GBP 10 a month. You may not pressure him.",
    "opening_line": "Hi. I'd like to cancel my service plan, and why was I charged 40 pounds?",
    "may_offer": [
        "A refund of the GBP 40 repair charge (back to the card within 5 working days)",
        "The service plan at GBP 10 a month",
    ],
    "facts": [
        {
            "claim": "A wrong refund time (5 working days)",
            "cues": ["refund", "back to your card"],
            "values": ["5 working days"],
        }
    ],
}
DRIVING = {
    "id": "driving-school-price",
    "title": "异议处理：驾校学费太贵了",
    "background": "你是「安途驾校」的招生顾问。C1 学费 4980 元（含科目二、科目三各十小时练车），可分 12 期"
    "免息，每天早 7 点到晚 9 点都能约车。赵先生觉得太贵，准备离开。",
    "opening_line": "你们这学费要四千九百八？也太贵了吧，别家才三千多。",
    "may_offer": ["C1 学费 4980 元，含二十小时练车", "12 期免息分期（每月约 415 元）"],
    "facts": [],
}


def _rewritten(root: Path, shipped: str, changes: dict[str, Any]) -> None:
    data = yaml.safe_load((root / "scenarios" / f"{shipped}.yaml").read_text(encoding="utf-8"))
    data["aliases"] = []
    data["learner"]["may_offer"] = changes["may_offer"]
    data.update({k: v for k, v in changes.items() if k != "may_offer"})
    (root / "scenarios" / f"{changes['id']}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("trades") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    _rewritten(root, "complaint-handling", LAUNDRY)
    _rewritten(root, "broadband-retention", BIKE)
    _rewritten(root, "objection-handling", DRIVING)
    return FlowContext(library=ContentLibrary.load(root))


def _criterion(values: dict[str, Any], *names: str) -> str:
    return next(c["explanation"] for c in values["report"]["criteria"] if c["name"] in names)


COMPLIANCE = ("合规与态度", "Honesty and tone", "合规表达")


@pytest.mark.parametrize(
    ("scenario", "reply", "named"),
    [
        # a third party's cover vouched for
        (
            "laundry-complaint",
            "这次的去渍费保险公司可以全额报销的，您不用担心。",
            "谎称医保、保险或第三方会报销",
        ),
        (
            "bike-service-plan",
            "Don't worry, your home insurance will cover the new wheel.",
            "A false claim that insurance or a third party will pay",
        ),
        # money handed back in cash where the refund takes working days
        (
            "laundry-complaint",
            "这八十块我现在就从收银台拿现金退给您。",
            "谎报退款到账时间：「这八十块我现在就从收银台拿现金退给您」",
        ),
        (
            "bike-service-plan",
            "I'll give you the 40 back in cash right now.",
            'A wrong refund time: "I\'ll give you the 40 back in cash right now"',
        ),
        # a clock set on the offer, and her yes demanded
        (
            "bike-service-plan",
            "This plan price is only good for the next ten minutes, so you need to say yes now.",
            "Pressure in turn 1",
        ),
        ("driving-school-price", "这个学费优惠只保留半小时，过时不候。", "第1轮施压"),
    ],
)
async def test_the_breach_is_named_for_what_it_is(
    trades: FlowContext, scenario: str, reply: str, named: str
) -> None:
    values = await played(trades, scenario, reply, "结束")
    compliance = _criterion(values, *COMPLIANCE)
    assert named in compliance, compliance


@pytest.mark.parametrize(
    ("scenario", "reply", "unnamed"),
    [
        ("laundry-complaint", "去渍费能不能报销，您可以问问您单位。", "报销"),
        (
            "bike-service-plan",
            "I can't say whether your insurance would cover it, you'd have to ask them.",
            "insurance or a third party",
        ),
        (
            "laundry-complaint",
            "这八十块给您原路退回，1到3个工作日到账，不是现金。",
            "谎报退款到账时间",
        ),
        (
            "bike-service-plan",
            "The refund goes back to your card within 5 working days; we can't give cash.",
            "A wrong refund time",
        ),
        ("bike-service-plan", "The mechanic will be free in twenty minutes.", "Pressure"),
    ],
)
async def test_honest_lines_name_no_such_breach(
    trades: FlowContext, scenario: str, reply: str, unnamed: str
) -> None:
    values = await played(trades, scenario, reply, "结束")
    compliance = _criterion(values, *COMPLIANCE)
    assert unnamed not in compliance, compliance


async def test_a_right_signed_away_gets_its_own_mend(trades: FlowContext) -> None:
    session = Session(trades)
    await session.play("laundry-complaint", ["您在单子上签个字，签了以后就不能再投诉了。", "结束"])
    hints = [p["hint"] for p in session.pauses if p.get("hint")]
    assert any("投诉和追究的权利是客户自己的" in h for h in hints), hints
    assert not any("只说真实、准确的信息" in h for h in hints), hints


@pytest.mark.parametrize(
    ("scenario", "chat", "on_topic", "flagged"),
    [
        (
            "driving-school-price",
            "最近那个综艺您追了没有？我每天下班都要看两集。",
            "您主要是觉得学费一下子拿出来压力大吗？",
            "第1轮在闲聊",
        ),
        (
            "bike-service-plan",
            "Have you been following that new crime series? I usually watch two episodes every"
            " evening.",
            "May I ask why you want to cancel?",
            "small talk, nothing of the customer's matter, in turn 1",
        ),
    ],
)
async def test_the_learners_own_pastime_is_small_talk(
    trades: FlowContext, scenario: str, chat: str, on_topic: str, flagged: str
) -> None:
    values = await played(trades, scenario, chat, on_topic, "结束")
    report = str(values["report"])
    assert flagged.lower() in report.lower(), report
    # it earns nothing: 每天 of the pastime splits no price
    assert "做到：把价格拆分" not in report
