"""Session 23, F5 (issue 12): breaches outside the fixed lists are named by what they are. A piano
school's price objection (Chinese) and a pet insurer's retention call (English), each a shipped
scenario rewritten:

- the rival run down by a bare judgement or a made-up fault (「去了也是花冤枉钱」, "run out of a
  garage"), named beside honest look-alikes (the rival's own price from the brief, a denied fault);
- a sign-up done before her yes in other words ("I've taken the liberty of moving you onto…",
  「我已经拿您的身份证号把…办好了」); asked first, it is none;
- 「没有优惠」 while the brief lists an instalment plan or a discount, named with the offer;
- "most who cancel come back", made-up social proof.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import compliance, criterion, played
from tests.support.rewritten_scenarios import rewritten

PIANO: dict[str, Any] = {
    "id": "piano-objection",
    "title": "异议处理：钢琴课时包太贵了",
    "background": "你是「琴韵钢琴」的课程顾问。48 节一对一钢琴课时包 7200 元（含一次考级辅导），可分 6 期免息，"
    "每学期可请假 4 次。附近另一家琴行课时包 5600 元。周女士带孩子试听后觉得太贵，准备离开。",
    "opening_line": "试听是不错。可你们四十八节要七千二？隔壁琴行才五千六。",
    "may_offer": [
        "48 节课时包 7200 元，含一次考级辅导",
        "6 期免息分期（每期 1200 元）",
        "再约一次免费试听课再决定",
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


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("f5") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "objection-handling", PIANO)
    rewritten(root, "broadband-retention", PETS)
    return FlowContext(library=ContentLibrary.load(root))


def said(context: FlowContext, scenario: str, line: str) -> str:
    return " ".join(claims_said(context.library.get(Scenario, scenario), line).values())


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        ("piano-objection", "隔壁琴行便宜是便宜，去了也是花冤枉钱。", "贬低竞争对手"),
        ("piano-objection", "那边那家琴行收费才叫狠。", "贬低竞争对手"),
        (
            "pet-insurance-retention",
            "Honestly, the other insurer is a fly-by-night outfit run out of a garage.",
            "Belittling the rival",
        ),
        (
            "pet-insurance-retention",
            "That rival is going under, you'd be throwing your money away.",
            "Belittling the rival",
        ),
        (
            "piano-objection",
            "我们就这一个价，什么优惠都没有。",
            "谎称没有优惠（可提供：6 期免息分期",
        ),
        ("piano-objection", "这个价没办法分期的。", "谎称没有优惠（可提供：6 期免息分期"),
        (
            "pet-insurance-retention",
            "I'm afraid we don't do discounts for existing customers.",
            "(you may offer: The loyalty price of GBP 21",
        ),
        ("piano-objection", "退了课的学员大部分最后又回来了。", "谎称大家都这么做"),
        (
            "pet-insurance-retention",
            "Nine out of ten owners who switch end up coming back to us.",
            "everyone does it",
        ),
        # honest look-alikes: the rival's price from the brief, a fault denied, a question, the
        # offer told beside what is not on offer, a return left to her
        ("piano-objection", "隔壁琴行五千六，确实比我们便宜一千六。", None),
        ("piano-objection", "隔壁琴行也不是黑店，老师也挺好的。", None),
        ("piano-objection", "没有别的优惠了，不过可以分 6 期免息。", None),
        ("piano-objection", "您问有没有优惠？", None),
        ("pet-insurance-retention", "The rival insurer is GBP 19 a month, that's true.", None),
        (
            "pet-insurance-retention",
            "If you ever want to come back, we'd be glad to have you.",
            None,
        ),
    ],
)
def test_unlisted_breaches_are_named(
    trades: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(trades, scenario, line)
    assert (label in found) if label else not found, found


async def test_a_card_opened_before_her_yes_is_named(trades: FlowContext) -> None:
    values = await played(
        trades,
        "piano-objection",
        "周女士您好，理解您的顾虑。",
        "我已经拿您刚才留的身份证号把课时包办好了，您付一下首期就行。",
        "结束",
    )
    text = criterion(values, "合规表达")["explanation"]
    assert "未经客户同意" in text and "身份证号" in text, text


async def test_a_policy_moved_before_his_yes_is_named(trades: FlowContext) -> None:
    values = await played(
        trades,
        "pet-insurance-retention",
        "Hello Mr Reyes, I'm sorry the last claim took so long.",
        "I've taken the liberty of moving you onto the loyalty price, so it's all done.",
        "结束",
    )
    assert "consent" in compliance(values), compliance(values)


async def test_a_sign_up_put_to_her_is_no_breach(trades: FlowContext) -> None:
    values = await played(
        trades,
        "piano-objection",
        "周女士您好，理解您的顾虑。",
        "您要是愿意，我可以帮您把课时包办上，分 6 期免息，您看可以吗？",
        "结束",
    )
    text = criterion(values, "合规表达")["explanation"]
    assert "未经客户同意" not in text, text
