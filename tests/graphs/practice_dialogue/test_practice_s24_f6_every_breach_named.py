"""Session 24, F6 (issue 12, trainer P17): every false promise named beside other breaches, blame
and send-offs named. A wedding-car hire (喜途婚车 / Ribbon & Bow Wedding Cars), shipped
scenarios rewritten, beside the shipped ones:

- a thing made free on a condition of hers ("if you don't love it I'll make your whole stay
  free"): the negation is the condition's, the gift is made;
- a price put on the table as what it will be ("the price will be GBP 20 a month for life") is an
  offer, checked against what the learner may offer;
- a full refund where only one fee may be refunded (「我马上给您全额退款」) is named beside its
  timing lie: one line, two breaches; the whole of the fee she may refund is none;
- her consent thrown back at her (「您当时不也躺在那让他做了吗？」) is blame, and the turn earns
  no credit for the account it asks after;
- sending her to the rival (「隔壁便宜您可以去隔壁呀」) is named (as its own fault since session 25, rival_send_offs.py); inviting her to compare is not;
- 必须 of a rule stated (「国家规定抛光必须做的」) is the rule's lie, not pressure.
"""

from __future__ import annotations

import re
import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import compliance, criterion, played
from tests.support.rewritten_scenarios import rewritten

CAR_UPSELL: dict[str, Any] = {
    "id": "wedding-car-upsell",
    "title": "Upsell: the vintage Rolls-Royce",
    "background": "You work the desk of Ribbon & Bow Wedding Cars. Ms Amy Shaw booked a white "
    "saloon for her wedding day (GBP 300 for the day). A 1960s Rolls-Royce is free that day: GBP "
    "150 extra, including ribbons, a bottle of fizz and an extra hour. Staff may offer it at GBP "
    "120 for bookings of two cars; nothing can be given free of charge.",
    "opening_line": "Hello, Shaw, I've booked the white saloon for Saturday.",
    "may_offer": [
        "The 1960s Rolls-Royce at GBP 150 extra (ribbons, a bottle of fizz, an extra hour)",
        "GBP 120 extra for bookings of two cars",
        "Nothing free of charge",
    ],
    "facts": [],
}
CAR_ACCOUNT: dict[str, Any] = {
    "id": "wedding-car-retention",
    "title": "Retention call: 'I want to end our wedding-car account'",
    "background": "You answer the phone at Ribbon & Bow Wedding Cars. Mr Ian Doyle runs a venue "
    "and has hired our cars on a yearly account (GBP 900 a month) for three years; the account "
    "ended in May. A rival firm offers GBP 820 a month. You may book a free valet of the fleet "
    "(next available Thursday) or offer the loyalty price of GBP 850 a month for 12 months.",
    "opening_line": "Hi. I'd like to end our wedding-car account, please. It has ended.",
    "may_offer": [
        "A free valet of the fleet (next available Thursday)",
        "The loyalty price of GBP 850 a month for 12 months",
    ],
    "facts": [],
}
CAR_COMPLAINT: dict[str, Any] = {
    "id": "wedding-car-complaint",
    "title": "投诉处理：婚车迟到还多收钱",
    "background": "你是「喜途婚车」的客服主管。张小姐订了早上 8 点接亲的婚车，头车迟到了 40 分钟；"
    "结账时发现比合同多了 300 元鲜花装饰费，事先没人说明。公司规定：客服主管可以免除未事先告知的"
    "费用，并可赠送一张 200 元用车抵用券；退款需 1–3 个工作日到账。",
    "opening_line": "你们怎么回事？说好八点接亲，车迟到四十分钟！结账还多收我三百，谁同意扎花了？",
    "may_offer": [
        "免除未事先告知的 300 元鲜花装饰费（退款 1–3 个工作日到账）",
        "赠送一张 200 元用车抵用券",
    ],
    "facts": [
        {
            "claim": "谎报退款到账时间（实际 1–3 个工作日）",
            "cues": ["到账", "才能到", "能到", "退款", "退回"],
            "values": ["1-3个工作日", "300元", "200元"],
            "line": "你这话能保证吗？退款多久到账你都说不准。",
        }
    ],
}
CAR_OBJECTION: dict[str, Any] = {
    "id": "wedding-car-objection",
    "title": "异议处理：婚车套餐太贵了",
    "background": "你是「喜途婚车」门店的顾问。婚车套餐 3980 元（头车加五辆跟车，含鲜花装饰），"
    "可分 3 期免息。刘女士觉得太贵，说隔壁才两千多。",
    "opening_line": "我就是随便问问。你们婚车套餐要三千九百八？隔壁才两千多。",
    "may_offer": ["婚车套餐 3980 元（头车加五辆跟车，含鲜花装饰）", "3 期免息分期"],
    "facts": [],
}


@pytest.fixture(scope="module")
def cars(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("f6") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "english-upsell", CAR_UPSELL)
    rewritten(root, "broadband-retention", CAR_ACCOUNT)
    rewritten(root, "complaint-handling", CAR_COMPLAINT)
    rewritten(root, "objection-handling", CAR_OBJECTION)
    return FlowContext(library=ContentLibrary.load(root))


def said(context: FlowContext, scenario: str, line: str) -> str:
    return " ".join(claims_said(context.library.get(Scenario, scenario), line).values())


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        # the whole hire made free on a condition of hers
        ("wedding-car-upsell", "If you don't love it I'll make the whole hire free.", "free"),
        (
            "english-upsell",
            "Honestly, if you don't love it I'll make your whole stay free.",
            "free",
        ),
        ("wedding-car-upsell", "I'm afraid I can't make it free.", None),
        # a price said as what it will be
        (
            "wedding-car-retention",
            "If you stay, the price will be GBP 700 a month for life.",
            "An offer beyond what you may offer",
        ),
        (
            "broadband-retention",
            "If you stay, the price will be GBP 20 a month for life.",
            "An offer beyond what you may offer",
        ),
        ("wedding-car-retention", "If you stay, the price will be GBP 850 a month.", None),
        # a full refund where one fee may be refunded; the whole of that fee is no breach
        ("wedding-car-complaint", "我马上给您全额退款。", "承诺全额退款"),
        ("complaint-handling", "我马上给您全额退款。", "承诺全额退款"),
        ("wedding-car-complaint", "300元装饰费我全额退给您。", None),
        ("complaint-handling", "120元抛光费全额退给您。", None),
        # her consent thrown back at her; a wait shared is not
        ("wedding-car-complaint", "您当时不也站在车边看着他们扎花了吗？", "把责任推给客户"),
        ("complaint-handling", "您当时不也躺在那让他做了吗？", "把责任推给客户"),
        ("complaint-handling", "您不是也在等吗？", None),
        # sent to the rival; a comparison invited is not
        ("wedding-car-objection", "隔壁便宜您可以去隔壁呀。", "把客户推给竞争对手"),
        ("objection-handling", "隔壁便宜您可以去隔壁呀。", "把客户推给竞争对手"),
        ("wedding-car-objection", "您可以去隔壁对比一下，再回来找我。", None),
    ],
)
def test_each_breach_is_read(
    cars: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(cars, scenario, line)
    assert (label in found) if label else not found, found


async def test_a_free_hire_is_named_beside_the_pressure(cars: FlowContext) -> None:
    values = await played(
        cars,
        "wedding-car-upsell",
        "Hello Ms Shaw, the Rolls-Royce is GBP 150 extra.",
        "Honestly, if you don't love it I'll make the whole hire free.",
        "You must decide now, this offer ends in two minutes.",
        "quit",
    )
    text = compliance(values)
    assert "make the whole hire free" in text and "Pressur" in text, text


async def test_a_price_for_life_is_named_beside_the_put_down(cars: FlowContext) -> None:
    values = await played(
        cars,
        "wedding-car-retention",
        "Hello Mr Doyle, I'm sorry to hear that.",
        "The rival firm is rubbish, their cars are always broken.",
        "If you stay, the price will be GBP 700 a month for life.",
        "quit",
    )
    text = compliance(values)
    assert 'An offer beyond what you may offer: "the price will be GBP 700' in text, text


@pytest.mark.parametrize(
    ("scenario", "blame", "rule"),
    [
        (
            "wedding-car-complaint",
            "您当时不也站在车边看着他们扎花了吗？",
            "国家规定婚车必须扎花的。",
        ),
        ("complaint-handling", "您当时不也躺在那让他做了吗？", "国家规定抛光必须做的。"),
    ],
)
async def test_one_line_two_breaches_and_blame_named(
    cars: FlowContext, scenario: str, blame: str, rule: str
) -> None:
    values = await played(
        cars, scenario, "非常抱歉让您久等了。", blame, rule, "我马上给您全额退款。", "结束"
    )
    text = compliance(values)
    assert "第2轮：把责任推给客户" in text, text
    assert "谎报退款到账时间" in text and "第4轮：承诺全额退款" in text, text
    assert "施压" not in text, text  # 必须 of a rule stated presses no one
    account = criterion(values, "了解情况")["explanation"]
    # no credit for the blaming turn ("没做到：确认具体经过…" is no credit)
    assert not re.search(r"(?<!没)做到：确认具体经过", account), account


@pytest.mark.parametrize("scenario", ["wedding-car-objection", "objection-handling"])
async def test_sending_her_to_the_rival_is_named(cars: FlowContext, scenario: str) -> None:
    values = await played(
        cars, scenario, "您好，我是顾问小李。", "隔壁便宜您可以去隔壁呀。", "结束"
    )
    honesty = criterion(values, "合规表达")["explanation"]  # the gym's name for it
    assert "第2轮：把客户推给竞争对手：「隔壁便宜您可以去隔壁呀」" in honesty, honesty
