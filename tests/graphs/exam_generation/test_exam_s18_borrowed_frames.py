"""Stems keep what their rule is about (session 18 lead, m1 rule 13 and m4; helper K).

「消防演练每学期至少组织2次，演练记录保存1年。」 gave 「填空：演练记录保存____。」 (which drill's record?):
the second clause's subject drops the qualifier its clause before gave it (演练 of 消防演练), so the
clause is not asked alone; its rule is asked whole, printing the first clause with it. "Cancellations
more than 14 days before arrival get a full refund. Within 14 days we keep the deposit of GBP 30."
gave "Within (    ) we keep the deposit of GBP 30." (within 14 days of what?): a sentence that opens
on a span of time it never anchors is no item. On a bicycle repair shop's rules and a ski rental
desk's FAQ and its Chinese rules (「10天内我们扣留定金300元」) of our own, through the clause reader and
the delivered exam.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exams import Exam
from graphs.text.document import analyse
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
BIKE_SHOP = (MATERIALS / "bike_repair_shop_rules_zh.md").read_text(encoding="utf-8")
SKI_RENTAL = (MATERIALS / "ski_rental_faq_en.md").read_text(encoding="utf-8")


def _material(text: str, language: str) -> Material:
    return Material.of(analyse(text), language)  # type: ignore[arg-type]


def test_a_clause_that_drops_its_qualifier_is_not_asked_alone() -> None:
    """「检修记录保存6个月」 after 「刹车检修每台车至少进行2次测试，」 is the brake check's record."""
    material = _material(BIKE_SHOP, "zh")
    rule = next(f for f in material.facts if "检修记录保存6个月" in f.text)
    alone = [c.text for c in clause_facts(rule, material)]
    assert not [t for t in alone if t.startswith("检修记录")], alone


@pytest.mark.parametrize(
    "text",
    ["Within 10 days we keep the deposit of EUR 40.", "Within (    ) we keep the deposit."],
)
def test_a_span_that_opens_unanchored_lost_its_context(text: str) -> None:
    assert lost_context(text, "en", judged=False) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Within 10 days of the rental start we keep the deposit of EUR 40.",
        "Within 10 days before the rental start we keep the deposit of EUR 40.",
    ],
)
def test_a_span_that_says_what_it_runs_from_stands(text: str) -> None:
    assert lost_context(text, "en", judged=False) is None


def _stems(exam: Exam) -> list[str]:
    return [q.stem for q in exam.questions]


async def test_bike_shop_exam_keeps_the_record_with_its_check(
    offline_context: FlowContext,
) -> None:
    payload = {
        "material": BIKE_SHOP,
        "single_choice": 6,
        "multiple_choice": 0,
        "true_false": 0,
        "fill_blank": 6,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    stems = _stems(exam)
    assert len(exam.questions) >= 6, stems
    bare = [s for s in stems if re.search(r"[：:]\s*检修记录", s)]
    assert not bare, bare
    with_check = [s for s in stems if "检修记录" in s]
    assert all("刹车检修" in s for s in with_check), with_check


async def test_ski_rental_exam_asks_no_unanchored_within(offline_context: FlowContext) -> None:
    payload = {
        "material": SKI_RENTAL,
        "single_choice": 4,
        "multiple_choice": 0,
        "true_false": 2,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    stems = _stems(exam)
    assert len(exam.questions) >= 5, stems
    unanchored = [s for s in stems if re.search(r"(?:^|[:：?]\s*)Within\b", s)]
    assert not unanchored, unanchored


SKI_DESK = (MATERIALS / "ski_rental_desk_rules_zh.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("10天内我们扣留定金300元。", True),
        ("（    ）以内取消的，定金不予退还。", True),
        ("租用开始日前10天内取消的，扣留定金300元。", False),
        ("收货后7天内可以退货。", False),
    ],
)
def test_a_chinese_span_that_opens_unanchored_lost_its_context(text: str, lost: bool) -> None:
    """「10天内…」 is the Chinese "Within 10 days …": within 10 days of what?"""
    assert (lost_context(text, "zh", judged=False) is not None) is lost


async def test_chinese_ski_desk_exam_asks_no_unanchored_span(offline_context: FlowContext) -> None:
    payload = {
        "material": SKI_DESK,
        "single_choice": 4,
        "multiple_choice": 0,
        "true_false": 2,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    stems = _stems(exam)
    assert len(exam.questions) >= 4, stems
    unanchored = [s for s in stems if re.search(r"[：:]\s*(?:\d+|（\s*）|_+)\s*天(?:以|之)?内", s)]
    assert not unanchored, unanchored


def test_a_span_that_bounds_a_named_thing_stands() -> None:
    """「10分钟内无法现场解决的投诉，…」 names what the span bounds: the complaint."""
    assert (
        lost_context("10分钟内无法现场解决的投诉，须立即上报值班经理。", "zh", judged=False) is None
    )
