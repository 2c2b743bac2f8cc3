"""Session 23, F5 (issue 12): made-up timings and made-up faults named against the brief. A cat
boarding house's complaint desk (Chinese), a pet insurer's retention call and a cattery's upsell
(English), each a shipped scenario rewritten:

- a thing the brief times (a refund in 1–3 个工作日, a claims review next available Friday) said to
  come at once (「一点就到账」, "this afternoon"), named with the brief's time; the act begun at once
  or the true time told stay clean;
- her wait told shorter than the brief's (约了 10 点, 等到 10 点 40 分: 40 minutes), named with it;
  the true or a longer wait, or one still to come, stay clean;
- a fault made up of what she booked ("the standard pens sit next to the bins"), named as running
  it down; a plain fact of it stays clean.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import compliance, played
from tests.support.rewritten_scenarios import rewritten

CATS: dict[str, Any] = {
    "id": "cat-boarding-complaint",
    "title": "投诉处理：接猫等了四十分钟还多收驱虫费",
    "background": "你是「喵居猫舍」的店长。赵女士约了上午 10 点接猫，因前一位客人的猫洗澡超时，她等到 10 点 40 分"
    "才接到；结账时比寄养时说的 300 元多收了 60 元的驱虫费，事先没人说明。店规：店长可以免除未事先告知的驱虫费，"
    "并可赠送一次 50 元的洗护券；退款需 1–3 个工作日原路退回。",
    "opening_line": "约的十点接猫，我等到快十一点！结账还多收我六十块驱虫费，谁同意做驱虫了？",
    "may_offer": [
        "免除未事先告知的 60 元驱虫费（退款 1–3 个工作日原路退回）",
        "赠送一次 50 元洗护券",
    ],
    "facts": [],
}
PETS: dict[str, Any] = {
    "id": "pet-insurance-retention",
    "title": "Retention call: 'I want to cancel my pet insurance'",
    "background": "You answer the phone at Pawsure Pet Insurance. Mr Tom Reyes has had the lifetime "
    "cover for his dog (GBP 24 a month) for five years; his policy renewed in April. His last claim "
    "took three weeks to pay and a rival insurer offers GBP 19 a month. You may offer the loyalty "
    "price of GBP 21 a month for 12 months, or a claims review call (next available: Friday "
    "afternoon). A new policy can be cancelled without a fee within 14 days.",
    "opening_line": "Hi, I'd like to cancel my dog's insurance. The last claim took ages.",
    "may_offer": [
        "The loyalty price of GBP 21 a month for 12 months",
        "A claims review call (next available Friday afternoon)",
        "Cancellation without a fee within 14 days of a new policy",
    ],
    "facts": [],
}
CATTERY: dict[str, Any] = {
    "id": "cattery-upsell",
    "title": "Upsell: a garden suite at the cattery",
    "background": "You work the front desk of Willow Lane Cattery. Ms Ada Moss booked a standard pen "
    "(GBP 18 a night, five nights) for her cat. A garden-view suite is free this week: GBP 7 extra "
    "a night, including a daily brushing and a webcam. Staff may offer it at GBP 5 for cats staying "
    "over a week; nothing can be given free of charge.",
    "opening_line": "Hello, I'm dropping Miso off for five nights. Standard pen, Moss.",
    "may_offer": [
        "The garden-view suite at GBP 7 extra a night",
        "GBP 5 extra a night for stays over a week",
    ],
    "facts": [],
}


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("f5t") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "complaint-handling", CATS)
    rewritten(root, "broadband-retention", PETS)
    rewritten(root, "english-upsell", CATTERY)
    return FlowContext(library=ContentLibrary.load(root))


def said(context: FlowContext, scenario: str, line: str) -> str:
    return " ".join(claims_said(context.library.get(Scenario, scenario), line).values())


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        (
            "cat-boarding-complaint",
            "退款我这边一点就到账了，您放心。",
            "退款需 1–3 个工作日原路退回",
        ),
        ("cat-boarding-complaint", "驱虫费退款今晚就能回到您卡里。", "谎报办理时间"),
        (
            "pet-insurance-retention",
            "I can get your claims review done this afternoon.",
            "A made-up quick time (",
        ),
        ("cat-boarding-complaint", "您其实也就等了十五分钟而已。", "实际等了 40 分钟"),
        ("cat-boarding-complaint", "那会儿也就晚了一刻钟，不算久。", "实际等了 40 分钟"),
        # honest look-alikes: the act begun at once, the true time, a wait of hers told in full,
        # a wait still to come
        ("cat-boarding-complaint", "我马上给您办驱虫费的退款。", None),
        ("cat-boarding-complaint", "退款我今天提交，1–3 个工作日原路退回。", None),
        ("cat-boarding-complaint", "让您等了四十分钟，实在对不起。", None),
        ("cat-boarding-complaint", "您再等五分钟，我把发票开好。", None),
        # another party's overrun is the reason for her wait, not her wait
        ("cat-boarding-complaint", "前一位客人的猫洗澡拖了二十分钟，是我们没安排好。", None),
        ("pet-insurance-retention", "I'll book the claims review right away.", None),
    ],
)
def test_made_up_times_are_named(
    trades: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(trades, scenario, line)
    assert (label in found) if label else not found, found


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Honestly, the standard pens sit right next to the bins, cats hate it.", True),
        ("The standard pens have had cockroaches this summer.", True),
        ("The standard pens face the garden too, just a smaller window.", False),
    ],
)
def test_a_fault_made_up_of_her_booking_is_named(
    trades: FlowContext, line: str, flagged: bool
) -> None:
    found = said(trades, "cattery-upsell", line)
    assert ("Running down what the customer already has" in found) == flagged, found


async def test_a_quick_refund_is_named_in_the_report(trades: FlowContext) -> None:
    values = await played(
        trades,
        "cat-boarding-complaint",
        "赵女士，真的很抱歉让您久等了。",
        "驱虫费给您免了，退款一点就到账。",
        "结束",
    )
    text = compliance(values)
    assert "谎报办理时间" in text and "1–3 个工作日" in text, text
