"""A blueprint no larger than what was delivered is delivered in full (session 18 end designer
D11: a 17-question run gave four single choices, asking for four gave two, asking for two gave
one). Property over shipped courses and own materials (a pawnshop's counter rules, zh; a
locksmith's counter and call-out rules, en), through the real flow: whatever blueprint B
delivered of each type, asking for exactly that delivers all of it (shortfall_refill.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.exams import QUESTION_TYPES
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import FULL_BLUEPRINT

PAWNSHOP = """# 恒信典当行 柜台业务规范

## 一、收当
柜员须核验当户本人有效身份证件，代理人不得办理收当。金饰以外的物品须由鉴定师当场鉴定，鉴定时间不超过30分钟。当金最高不超过评估价的70%。单笔当金超过5万元的，须经店长签字。

## 二、当期与续当
当期最短5天，最长6个月。当户须在当期届满前3天内办理续当，续当须先结清当期利息。逾期未续当超过5天的，视为绝当。

## 三、费用
综合费率按月计算，动产质押每月不超过4.2%。利息按实际天数计算，不足5天按5天计收。柜员不得收取任何现金小费。

## 四、赎当
当户凭当票和本人身份证件赎当。当票遗失的，须在3个工作日内到店挂失，挂失后7天内补发新当票。赎当当日须当面清点当物并签字确认。

## 五、保管
当物须存放在保险库内，库房温度保持在18至24℃。贵重当物每周盘点一次，盘点须由两名员工共同完成。
"""

LOCKSMITH = """# Keyway Locksmiths: counter and call-out rules

## Identity and proof
Before opening any door, the locksmith checks photo ID and proof of address. A tenant must also show a tenancy agreement. We never open a vehicle without the registration document.

## Call-out charges
The call-out fee is 65 pounds on weekdays and 95 pounds after 8 pm. Each extra half hour on site costs 20 pounds. Customers pay by card only; staff must not accept cash tips.

## Key cutting
Standard keys are cut while the customer waits, in under 10 minutes. Security keys need the owner's key card and take up to 5 working days. We cut no more than 4 copies of a security key per order.

## Lock fitting
Every new lock comes with a 12-month guarantee on parts. Fitting must follow the insurer's standard: five-lever locks on all external wooden doors. The old lock is returned to the customer unless they ask us to dispose of it.

## Complaints
Complaints must be made within 14 days of the job. The branch manager replies within 3 working days and may offer a free return visit.
"""

MATERIALS: dict[str, dict[str, Any]] = {
    "pawnshop-zh": {"material": PAWNSHOP},
    "locksmith-en": {"material": LOCKSMITH},
    "coffee-service-en": {"course": "coffee-service-en"},
    "eyewear-frontdesk-zh": {"course": "eyewear-frontdesk-zh"},
}


async def _counts(context: FlowContext, payload: dict[str, Any]) -> Counter[str]:
    exam = await delivered_exam(context, payload)
    return Counter(q.type for q in exam.questions)


STILL_SHORT: set[tuple[str, str]] = set()
"""Where no larger blueprint tried delivers the type either (session 19: the locksmith's fourth
single choice, delivered since session 21 when each question of a type still short is tried
first in the refill); the planner deals the rules otherwise. The coffee course's one medium fill-in
comes since session 20 from a run of fill-ins alone (shortfall_refill.larger_blueprints)."""


@pytest.mark.parametrize(
    ("name", "difficulty"),
    [
        pytest.param(
            name,
            level,
            id=f"{name}-{level}",
            marks=[pytest.mark.xfail(strict=True)] if (name, level) in STILL_SHORT else [],
        )
        for name in MATERIALS
        for level in ("mixed", "medium")
    ],
)
async def test_what_the_full_blueprint_delivered_is_delivered_when_asked(
    offline_context: FlowContext, name: str, difficulty: str
) -> None:
    """Asked exactly what the 17-question run delivered, every type comes back in full (before:
    the pawnshop gave 2 of 4 single choices, the locksmith 3 of 4 and 1 of 2 fill-ins; after,
    9 of the 10 cases whole, STILL_SHORT not)."""
    source = MATERIALS[name]
    full = await _counts(offline_context, {**source, **FULL_BLUEPRINT, "difficulty": difficulty})
    asked: dict[str, int] = {t: full[t] for t in QUESTION_TYPES}
    got = await _counts(offline_context, {**source, **asked, "difficulty": difficulty})
    assert {t: got[t] for t in QUESTION_TYPES} == asked, (name, dict(full), dict(got))


@pytest.mark.parametrize("name", ["pawnshop-zh", "locksmith-en"])
async def test_fewer_single_choices_than_delivered_come_in_full(
    offline_context: FlowContext, name: str
) -> None:
    """D11's second and third asks: the run's single choices with fewer of the rest, and half
    the single choices alone: each delivered whole."""
    source = MATERIALS[name]
    full = await _counts(offline_context, {**source, **FULL_BLUEPRINT})
    fewer: dict[str, int] = {str(t): max(full[t] - 1, 0) for t in QUESTION_TYPES} | {
        "single_choice": full["single_choice"]
    }
    for asked in (fewer, {"single_choice": full["single_choice"] // 2}):
        got = await _counts(offline_context, {**source, **asked})
        assert all(got[t] == n for t, n in asked.items()), (name, asked, dict(got))
