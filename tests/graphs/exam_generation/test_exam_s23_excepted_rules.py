"""Session 23 (F7): an exam keeps the material's exceptions, for true statements and ranges.

The held-out designer (D16) found 「单人不得进入冷冻库。」 keyed 对 beside an option keyed correct
that lets the 值班主管 enter alone (the paper contradicts itself), "Members must be 18 or over."
keyed true while the next rule lets under-18s borrow, a 'refunded' option keyed false against a
stated refund case, and "between 40% and 50%" keyed false for a 40–60% rule (inside it, so
arguable). A rule the material excepts elsewhere is not stated as a true absolute; a flipped
'not refunded' is not made beside a refund case; a range written as two figures moves at both ends.

Own materials (unused trades): a second-hand bookshop (zh) and a model railway club (en).
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.special_cases import special_case
from tests.support.exam_flow import delivered_exam

BOOKSHOP = """# 旧书店书库与门店管理规程

## 一、书库进出
1. 单人不得进入地下书库。
2. 书库湿度应保持在45%至65%之间。
3. 店员须在每日闭店前清点收银台现金。
4. 店员不得在书库内使用明火。

## 二、收购与上架
5. 收购旧书须登记卖书人的姓名和联系电话。
6. 新收旧书须在3天内完成除尘后方可上架。
7. 店员不得收购无版权页的盗版书。

## 三、特殊情况
8. 值班店长在闭店盘点时可单人进入地下书库，但须随身携带对讲机。
9. 古籍修复室的温度应保持在18℃至22℃之间。
"""

RAILWAY = """# Model Railway Club Rules

## Membership
- Members must be 16 or over.
- Members under 16 may run trains on the junior layout with a parent present.
- Members must sign the visitors' book on arrival.
- Fees already paid for the current month are not refunded when you cancel.
- Fees paid within the last 7 days are refunded in full.

## The layout room
- Layout room temperature should be between 15°C and 25°C.
- Trains must not run faster than 30 scale miles per hour on the main line.
- Members must not eat or drink in the layout room.
- Members must return borrowed locomotives within 14 days.
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _false_statements(text: str) -> list[str]:
    material = _material(text)
    return [
        made.statement
        for fact in material.facts
        for made in false_statements(fact, material.facts, material.text, material.zh)
    ]


def _keyed_true(question: Question) -> list[str]:
    if question.type == "true_false" and question.answer == ["true"]:
        return [statement_of(question.stem)]
    if question.type == "multiple_choice":
        return [o.text for o in question.options if o.key in question.answer]
    return []


def test_a_rule_done_on_other_terms_elsewhere_is_excepted() -> None:
    assert special_case("单人不得进入地下书库。", "单人不得进入地下书库。", BOOKSHOP, "zh") == (
        "值班店长在闭店盘点时可单人进入地下书库，但须随身携带对讲机。"
    )
    members = "Members must be 16 or over."
    assert special_case(members, members, RAILWAY, "en") == (
        "Members under 16 may run trains on the junior layout with a parent present."
    )
    fees = "Fees already paid for the current month are not refunded when you cancel."
    assert (
        special_case(fees, fees, RAILWAY, "en")
        == "Fees paid within the last 7 days are refunded in full."
    )
    refund = "Fees paid within the last 7 days are refunded in full."
    assert special_case(refund, refund, RAILWAY, "en") is None
    # Sharing only the subject or the place is no exception: 书库 is where the humidity is kept.
    humidity = "书库湿度应保持在45%至65%之间。"
    assert special_case(humidity, humidity, BOOKSHOP, "zh") is None
    book = "Members must sign the visitors' book on arrival."
    assert special_case(book, book, RAILWAY, "en") is None
    # The special case itself is no absolute the general rule excepts.
    case = "值班店长在闭店盘点时可单人进入地下书库，但须随身携带对讲机。"
    assert special_case(case, case, BOOKSHOP, "zh") is None


def test_a_two_figure_range_is_changed_at_both_ends() -> None:
    made = [s for s in _false_statements(RAILWAY) if s.startswith("Layout room temperature")]
    assert made, "the range rule still has false versions"
    for statement in made:
        assert "15°C and" not in statement and "and 25°C" not in statement, statement


def test_not_refunded_is_not_flipped_beside_a_refund_case() -> None:
    made = _false_statements(RAILWAY)
    assert not [s for s in made if s.startswith("Fees already paid") and "not" not in s], made


async def test_no_excepted_rule_is_keyed_true_in_a_delivered_exam(offline_context: Any) -> None:
    excepted_rules = ("单人不得进入地下书库", "Members must be 16 or over", "are not refunded")
    for text in (BOOKSHOP, RAILWAY):
        exam = await delivered_exam(
            offline_context,
            {"material": text, "true_false": 6, "multiple_choice": 2, "single_choice": 2},
        )
        assert exam.questions
        said_true = [s for q in exam.questions for s in _keyed_true(q)]
        assert not [s for s in said_true if any(r in s for r in excepted_rules)], said_true
        # A range keyed false crosses a limit: never one end kept with the other moved inward.
        for question in exam.questions:
            if question.type == "true_false" and question.answer == ["false"]:
                assert "between 15°C and 20°C" not in question.stem, question.stem
