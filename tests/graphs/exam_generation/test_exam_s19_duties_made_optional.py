"""A duty made optional (须 -> 无须, must -> need not) only where the statement reads and is false
(session 18 designer D11): never a duty that holds only for a purpose the statement loses ("SunPath
does not pay for exported electricity; customers must apply …": nobody is obliged to claim), never
two acts or alternatives under one negation (「无须拍照记录并当场下达整改通知书」, "need not give …
in writing or through the app"), never "need not give at least …". Own materials: a removals
company's terms (en) and a parcel pickup station's procedure (zh)."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.duty_conditions import lost_condition
from graphs.exam_generation.false_statements import false_statements, relax_obligation
from graphs.exam_generation.material import Material
from graphs.exam_generation.plausible_flips import check_plausible_flips
from graphs.exams import Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

REMOVALS = """# BrightMove Removals — Customer Terms and Crew Handbook (2026)

For sales advisers, crew leaders and storage staff.

1. Cancellation: to get the deposit back, customers must give at least 7 days' notice in writing or through the customer app.
2. Packing: on the day before the move, the crew must wrap all upholstered furniture and label every box with its room.
3. Handover: at delivery, the crew leader must walk the customer through the inventory and hand over the spare keys.
4. Storage cover: BrightMove does not arrange insurance for goods in storage; customers must insure stored goods themselves.
5. Boilers: customers must register a moved boiler with its maker so that they can claim the extended warranty.
6. Declarations: single items worth more than 2,000 pounds must be declared at booking.
7. Damage claims: to claim for damage, customers must report it within 7 days of the move.
8. Fitted wardrobes: crews may not dismantle fitted wardrobes.
"""

PARCELS = """# 社区快递驿站作业规范（2026版）

1. 交付包裹前，驿站员须核对取件码与收件人手机尾号。
2. 发现包裹外包装破损，驿站员须拍照留存并通知寄件人。
3. 寄件时，驿站员须查验寄件人的有效身份证件并完成实名登记。
4. 本驿站不提供国际件代寄服务；寄件人须自行联系国际快递公司。
5. 退件须由寄件人本人或其授权人签字确认。
6. 冷藏柜须至少每4小时检查一次温度。
7. 到件后，驿站员应在2小时内向收件人发送取件通知。
"""


def _relaxed(text: str) -> dict[str, list[str]]:
    document = analyse(text)
    material = Material.of(document, document.language)
    return {
        f.text: [p.statement for p in relax_obligation(f, material.zh, text)]
        for f in material.facts
    }


def _relaxed_from(relaxed: dict[str, list[str]], start: str) -> list[str]:
    """Every statement made of the facts that hold `start` (a fact may lead another)."""
    found = [made for fact, made in relaxed.items() if start in fact]
    assert found, (start, list(relaxed))
    return [statement for made in found for statement in made]


@pytest.mark.parametrize(
    "start",
    [
        "To get the deposit back",  # a minimum and alternatives: "need not give at least … or …"
        "On the day before the move",  # two acts: wrap … and label every box
        "At delivery",  # two acts: walk … and hand over the keys
        "Customers must insure stored goods",  # the house does not arrange it: a way round
        "Customers must register a moved boiler",  # the purpose (so that …) would be cut off
    ],
)
def test_english_duties_that_would_not_read_as_a_fair_false_stay_as_they_are(start: str) -> None:
    assert _relaxed_from(_relaxed(REMOVALS), start) == []


@pytest.mark.parametrize(
    "start",
    [
        "发现包裹外包装破损",  # 拍照留存并通知: does 无须 cover 通知 too?
        "寄件时",  # 查验…并完成实名登记
        "寄件人须自行联系",  # 本驿站不提供…: the duty is the sender's way round
        "退件须由寄件人本人或其授权人",  # alternatives
        "冷藏柜须至少",  # 无须至少每4小时: clumsy
    ],
)
def test_chinese_duties_that_would_not_read_as_a_fair_false_stay_as_they_are(start: str) -> None:
    assert _relaxed_from(_relaxed(PARCELS), start) == []


def test_a_plain_duty_or_one_that_keeps_its_purpose_is_still_made_optional() -> None:
    en = _relaxed(REMOVALS)
    assert _relaxed_from(en, "Single items worth") == [
        "Single items worth more than 2,000 pounds need not be declared at booking."
    ]
    assert _relaxed_from(en, "To claim for damage") == [
        "To claim for damage, customers need not report it within 7 days of the move."
    ]
    zh = _relaxed(PARCELS)
    assert _relaxed_from(zh, "交付包裹前") == ["交付包裹前，驿站员无须核对取件码与收件人手机尾号。"]
    assert _relaxed_from(zh, "到件后") == ["到件后，驿站员无须在2小时内向收件人发送取件通知。"]


@pytest.mark.parametrize("text", [REMOVALS, PARCELS])
def test_no_false_statement_of_the_material_negates_two_acts_or_a_minimum(text: str) -> None:
    document = analyse(text)
    material = Material.of(document, document.language)
    made = [
        p.statement
        for f in material.facts
        for p in false_statements(f, material.facts, text, material.zh)
        if p.kind == "modality"
    ]
    assert made, "the materials have duties that make fair falses"
    for statement in made:
        assert not re.search(r"need not [^.]*(?:\bor\b|\band (?:label|hand)\b|at least)", statement)
        assert not re.search(r"无须[^，。]*(?:并|或|至少)", statement), statement
        assert "need not insure" not in statement and "无须自行联系" not in statement


@pytest.mark.parametrize("text", [REMOVALS, PARCELS])
async def test_an_exam_states_no_optional_duty_that_is_true_or_garbled(
    offline_context: FlowContext, text: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": text, "true_false": 4})
    shown = " ".join(" ".join([q.stem, *(o.text for o in q.options)]) for q in exam.questions)
    assert not re.search(r"need not (?:give at least|wrap|insure|register|walk)", shown), shown
    assert not re.search(r"无须(?:拍照|查验|自行|至少)", shown), shown


@pytest.mark.parametrize(
    ("material", "statement", "fair"),
    [
        (PARCELS, "发现包裹外包装破损，驿站员无须拍照留存并通知寄件人。", False),
        (PARCELS, "寄件人无须自行联系国际快递公司。", False),
        (PARCELS, "冷藏柜无须至少每4小时检查一次温度。", False),
        (PARCELS, "交付包裹前，驿站员无须核对取件码与收件人手机尾号。", True),
        (
            REMOVALS,
            "To get the deposit back, customers need not give at least 7 days' notice in "
            "writing or through the customer app.",
            False,
        ),
        (REMOVALS, "Customers need not insure stored goods themselves.", False),
        (
            REMOVALS,
            "Single items worth more than 2,000 pounds need not be declared at booking.",
            True,
        ),
    ],
)
def test_the_validators_hold_any_writer_to_the_same_rule(
    material: str, statement: str, fair: bool
) -> None:
    """A model's false true/false item is checked as the offline writer's statements are."""
    zh = "无须" in statement
    stem = ("判断正误：" if zh else "True or false: ") + statement
    item = Question(type="true_false", stem=stem, answer=["false"], source_quote=statement)
    problems = check_plausible_flips(item, material, "zh" if zh else "en")
    assert (problems == []) is fair, problems


def test_a_clause_after_what_the_house_does_not_do_is_found_whatever_its_case() -> None:
    """The sentence opens with a capital ("Customers must insure …") where the material's clause
    after "; " does not: the clause before it is still read."""
    text = "Customers must insure stored goods themselves."
    relaxed = "Customers need not insure stored goods themselves."
    assert lost_condition(text, text, relaxed, REMOVALS, zh=False)
