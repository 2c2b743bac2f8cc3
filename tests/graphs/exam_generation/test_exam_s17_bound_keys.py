"""No statement keyed false that the material's rule still makes true (session 17 fixer F4, from
session 16 designer D9's fish market: 「冷库温度低于零下18℃时…」 changed to 零下20℃ and keyed
false, though colder than -20℃ is colder than -18℃).

A limit is read with its sign (零下18℃, minus 5°C is below zero: the anchor is the whole figure)
and with its words of comparison however they are said (低于 before 零下, "higher / heavier /
wider / narrower / shorter than"), and a Chinese case 「…时，」 with no modal word is whom the
rule covers, not what it requires. Checked on materials of our own, an ice-cream parlour (zh) and
a timber yard (en), against our own reading of each rule: for each figure, which values the rule
still makes true (`ENTAILED`). Every false true/false item and every wrong option of a multiple
choice the real flow writes changes a figure only to a value the rule does not make true.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import gt, lt
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.entailed_changes import check_false_not_implied
from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.document import analyse
from graphs.text.facts import extract_facts
from graphs.text.quantities import parse_quantities
from tests.support.exam_flow import delivered_exam
from tests.support.grading import judged

MATERIALS = Path(__file__).parent / "materials"
ICE_CREAM = (MATERIALS / "ice_cream_parlour_zh.md").read_text(encoding="utf-8")
TIMBER = (MATERIALS / "timber_yard_en.md").read_text(encoding="utf-8")

Entailed = Callable[[float, float], bool]
ENTAILED: dict[str, list[tuple[str, str, Entailed]]] = {
    # (the rule as written, its figure, whether a value it still makes true is greater or less
    # than the figure), read by hand: a narrower case the rule covers is true of it, and so is a
    # looser limit it requires.
    "zh": [
        ("冷冻柜温度低于零下18℃时，店员每次开柜取货的时间不超过2分钟。", "零下18℃", lt),
        ("冷冻柜温度低于零下18℃时，店员每次开柜取货的时间不超过2分钟。", "2分钟", gt),
        ("冷冻柜温度高于零下10℃的，须立即通知店长并停止售卖。", "零下10℃", gt),
        ("冰淇淋原料到货后须在30分钟内放入冷冻柜。", "30分钟", gt),
        ("运输车厢温度不得高于零下15℃。", "零下15℃", gt),
        ("每位顾客试吃不得多于3种口味。", "3种", gt),
        ("单笔消费满50元的顾客可获赠华夫脆筒一个。", "50元", gt),
        ("生日冰淇淋蛋糕须提前48小时预订。", "48小时", lt),
    ],
    "en": [
        ("Pallets must not be stacked higher than 2 metres.", "2 metres", gt),
        ("Loads heavier than 500 kg must be lifted with the forklift.", "500 kg", gt),
        ("Aisles must not be narrower than 3 metres.", "3 metres", lt),
        (
            "When the temperature is below minus 5°C, the glue store must be heated.",
            "minus 5°C",
            lt,
        ),
        ("Boards longer than 4 metres are delivered only on weekdays.", "4 metres", gt),
        ("Customers under 16 may not enter the saw shed.", "16", lt),
        ("Orders must be collected within 7 days.", "7 days", gt),
        ("Staff must not carry sheets wider than 120 cm alone.", "120 cm", gt),
        ("Offcuts shorter than 30 cm are given away to customers.", "30 cm", lt),
    ],
}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip("。.")


def entailed_change(statement: str, language: str) -> str | None:
    """The rule and the value when `statement` is one of our rules with its figure changed to a
    value that rule still makes true; None otherwise."""
    for rule, figure, entailed in ENTAILED[language]:
        before, after = (re.escape(_plain(part)) for part in _plain(rule).split(figure, 1))
        found = re.fullmatch(f"{before}(?P<new>.{{1,16}}?){after}", _plain(statement))
        if found is None or found["new"] == figure:
            continue
        new = [q.value for q, _, _ in parse_quantities(found["new"])]
        (was,) = [q.value for q, _, _ in parse_quantities(figure)]
        if len(new) == 1 and entailed(new[0], was):
            return f"{rule} -> {found['new']}"
    return None


def _keyed_false(question: Question) -> list[str]:
    if question.type == "true_false" and question.answer == ["false"]:
        return [statement_of(question.stem)]
    if question.type == "multiple_choice":
        return [o.text for o in question.options if o.key not in question.answer]
    return []


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard", "mixed"])
@pytest.mark.parametrize(
    ("material", "language"), [(ICE_CREAM, "zh"), (TIMBER, "en")], ids=["ice-cream-zh", "timber-en"]
)
async def test_no_false_item_is_made_true_by_its_rule(
    offline_context: FlowContext, material: str, language: str, difficulty: str
) -> None:
    payload = {
        "material": material,
        "single_choice": 0,
        "multiple_choice": 2,
        "true_false": 8,
        "fill_blank": 0,
        "short_answer": 0,
        "difficulty": difficulty,
    }
    exam = await delivered_exam(offline_context, payload)
    falses = [s for q in exam.questions for s in _keyed_false(q)]
    assert falses, [q.stem for q in exam.questions]
    wrong = [found for s in falses if (found := entailed_change(s, language))]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("material", "statement"),
    [
        (ICE_CREAM, "冷冻柜温度低于零下20℃时，店员每次开柜取货的时间不超过2分钟。"),
        (ICE_CREAM, "冷冻柜温度高于零下8℃的，须立即通知店长并停止售卖。"),
        (TIMBER, "Loads heavier than 600 kg must be lifted with the forklift."),
        (TIMBER, "When the temperature is below minus 8°C, the glue store must be heated."),
        (TIMBER, "Boards longer than 5 metres are delivered only on weekdays."),
        (TIMBER, "Offcuts shorter than 20 cm are given away to customers."),
    ],
)
def test_the_validator_refuses_a_narrower_case_keyed_false(material: str, statement: str) -> None:
    question = Question(
        number=1,
        type="true_false",
        score=1,
        stem=f"判断正误：{statement}" if "\u4e00" <= statement[0] <= "\u9fff" else statement,
        options=[],
        answer=["false"],
        source_quote=statement,
    )
    assert check_false_not_implied(question, material), statement


@pytest.mark.parametrize(
    ("material", "statement"),
    [
        (ICE_CREAM, "冷冻柜温度低于零下15℃时，店员每次开柜取货的时间不超过2分钟。"),
        (ICE_CREAM, "冷冻柜温度高于零下15℃的，须立即通知店长并停止售卖。"),
        (TIMBER, "Loads heavier than 400 kg must be lifted with the forklift."),
        (TIMBER, "When the temperature is below minus 3°C, the glue store must be heated."),
    ],
)
def test_a_wider_case_stays_false(material: str, statement: str) -> None:
    question = Question(
        number=1,
        type="true_false",
        score=1,
        stem=statement,
        options=[],
        answer=["false"],
        source_quote=statement,
    )
    assert not check_false_not_implied(question, material), statement


@pytest.mark.parametrize(
    ("material", "rule"),
    [
        (ICE_CREAM, "试吃服务免费，顾客无须另付费用。"),
        (TIMBER, "Cutting to size is free of charge, and customers need not pay a cutting fee."),
    ],
)
def test_a_dispensation_with_no_duty_word_is_a_fact(material: str, rule: str) -> None:
    """「…免费，顾客无须另付费用」: what the house does not ask is a rule (F4's item 3)."""
    assert rule in {fact.text for fact in extract_facts(analyse(material))}


@pytest.mark.parametrize(
    ("material", "sign"), [(ICE_CREAM, "零下"), (TIMBER, "minus ")], ids=["zh", "en"]
)
async def test_a_blank_on_a_figure_below_zero_takes_its_sign(
    offline_context: FlowContext, material: str, sign: str
) -> None:
    """「低于零下____时」 keyed 18℃ asked a positive figure: the blank is the whole 零下18℃, and
    the figure without its sign is wrong (-18℃ is right)."""
    payload = {
        "material": material,
        "single_choice": 0,
        "multiple_choice": 0,
        "true_false": 0,
        "fill_blank": 5,
        "short_answer": 0,
    }
    exam = await delivered_exam(offline_context, payload)
    signed = [
        q
        for q in exam.questions
        if q.type == "fill_blank" and len(q.answer) == 1 and sign in q.answer[0]
    ]
    assert signed, [(q.stem, q.answer) for q in exam.questions]
    for question in signed:
        assert sign.strip() + "_" not in question.stem.replace(" ", ""), question.stem
        unsigned, minus = (
            question.answer[0].replace(sign, ""),
            question.answer[0].replace(sign, "-"),
        )
        assert judged(question, unsigned)[0].ratio == 0, (question.stem, unsigned)
        assert judged(question, minus)[0].ratio == 1, (question.stem, minus)


def test_a_lead_time_of_24_hours_is_a_figure() -> None:
    """「生日冰淇淋蛋糕须提前24小时预订」 read 24小时预订 as round-the-clock booking: the rule had no
    figure and was never asked about its lead time."""
    material = ICE_CREAM.replace("提前48小时", "提前24小时")
    figures = {
        anchor.text
        for fact in extract_facts(analyse(material))
        if "预订" in fact.text
        for anchor in fact.anchors
        if anchor.role == "figure"
    }
    assert figures == {"24小时"}, figures
