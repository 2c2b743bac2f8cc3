"""Stems that keep the rule they add to (issue 11; session 14 designer D6 "A second within (    )",
"checks it every ____"; session 15 D7 "The only exception is a birthday cake", 「…教学课除外」).
A sentence that opens on an exception, a bare ordinal ("a second within 6 months") or acts on an
"it" only the sentence before names is printed with that sentence or not at all. Own materials:
a yacht charter's rules (en) and a zoo keepers' procedure (zh)."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from graphs.exams import Exam
from graphs.text.rule_elsewhere import rule_elsewhere
from tests.support.exam_flow import delivered_exam

YACHT = """# Blue Tern Yacht Charter: Skipper and Guest Rules

## 1. Boarding
Guests must be at least 12 years old to sail without a parent. Only rope fenders may be used. Day guests must sign the guest log and leave the marina by 9 pm.

## 2. Safety
Each yacht has a bilge alarm. The skipper tests it every 12 hours. Life jackets must be returned to the deck locker or a fee of 40 euros is charged. Only the harbour master may close the channel in a storm.

## 3. Charters
A day charter runs for 8 hours: 6 hours of sailing plus 2 hours at anchor. Each yacht carries up to 8 guests, and a group may book at most 3 yachts (24 guests).

## 4. Breaches
A first late return brings a written warning; a second within 6 months brings a 200-euro fine.

## 5. Pets
Pets are not allowed on board. The only exception is a guide dog, which must wear a dog life vest.
"""

ZOO = """# 动物园饲养员工作规程

一、进出场馆
1. 饲养员进入猛兽区前须至少2人同行，并在登记表上签字。
2. 12岁以下儿童须由成人陪同进入爬行馆。持有研学证的带队老师在场指导的研学团体除外，但研学学生仍须佩戴胸牌。
3. 只有持证兽医才能给动物注射麻醉剂。

二、喂养与照护
4. 饲养员负责喂养动物，兽医负责诊治动物。
5. 因暴雨、大风等恶劣天气导致户外展区无法开放的，当天投喂改在内舍进行。
6. 饲料须在出库后2小时内投喂，过期饲料不得使用。
7. 每只大熊猫每天的竹子投喂量不少于40公斤。

三、记录与报告
8. 动物出现拒食超过24小时的，饲养员须在1小时内报告兽医。
9. 巡馆员每天巡查3次，发现围栏破损须立即上报值班主任。
"""

BLUEPRINT = {"single_choice": 4, "true_false": 5, "fill_blank": 4}


def _statements(exam: Exam) -> list[str]:
    return [q.stem for q in exam.questions if q.type != "short_answer"] + [
        o.text for q in exam.questions for o in q.options
    ]


@pytest.mark.parametrize(
    ("text", "language", "leans"),
    [
        ("The skipper tests it every 12 hours.", "en", True),
        ("Staff keep them in the safe.", "en", True),
        ("The desk supervisor issues every item and checks it on return.", "en", False),
        ("If a device is lost, report it.", "en", False),
        ("Late returns make it harder to rebook.", "en", False),
        ("On public holidays it closes at 6 pm.", "en", False),
        ("Club members pay 15 percent.", "en", True),
        ("客户订购超过500株的，须预付30%的货款；老客户预付10%。", "zh", False),
        ("a second within 6 months brings a 200-euro fine.", "en", True),
        ("A second breach within 12 months brings a suspension.", "en", False),
        ("The only exception is a guide dog, which must wear a vest.", "en", True),
        ("Pets are not allowed. The only exception is a guide dog.", "en", False),
        ("持有研学证的带队老师在场指导的研学团体除外，但研学学生仍须佩戴胸牌。", "zh", True),
        ("12岁以下儿童须由成人陪同，研学团体除外。", "zh", False),
    ],
)
def test_a_sentence_adding_to_the_rule_before_is_read(
    text: str, language: str, leans: bool
) -> None:
    assert rule_elsewhere(text, language) is leans


def test_the_validator_refuses_such_a_statement_alone() -> None:
    assert lost_context("The groom checks it every 3 hours.", "en", judged=False) is not None
    assert lost_context("The only exception is a hearse.", "en") is not None
    joined = "Each stall has a water trough. The groom checks it every 3 hours."
    assert lost_context(joined, "en", judged=False) is None


async def test_english_stems_print_the_rule_they_add_to(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": YACHT, **BLUEPRINT})
    assert exam.questions
    for statement in _statements(exam):
        assert not re.search(r"^(?:[^:?]*[:?]\s+)?The skipper tests it", statement), statement
        assert not re.search(r"(?:^|[:?]\s+)A second within", statement), statement
        assert not re.search(r"(?:^|[:?]\s+)The only exception", statement), statement


async def test_a_chinese_exception_is_printed_with_its_rule(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": ZOO, **BLUEPRINT})
    assert exam.questions
    for statement in _statements(exam):
        if "研学团体除外" in statement:
            assert "12岁以下儿童" in statement, statement
