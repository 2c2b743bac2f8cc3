"""A handbook written as orders ("Check every …", "If a … is damaged, apologise, …", 「…损坏的，
先向顾客道歉…」) makes short answers: an order has no subject and often no modal word, and the
builder found nothing to ask by, so an English counter handbook of six headings of clear rules
made no short answer at all. Through the real flow, on material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exams import Question
from graphs.text.quantities import parse_quantities
from tests.support.exam_flow import delivered_exam

KIOSK = (
    "# Phone Repair Kiosk Handbook\n\n"
    "## 1. Taking in a phone\n"
    "Test every phone with the customer before accepting it: screen, buttons, camera, charging "
    "port. Note any existing scratches on the repair slip and ask the customer to sign it.\n\n"
    "## 2. Parts\n"
    "Ask the customer before fitting any part that costs more than $60. Never reuse a swollen "
    "battery.\n\n"
    "## 3. Collection\n"
    "Phones are handed back only against the repair slip. Phones not collected within 45 days "
    "may be recycled after two reminder texts.\n\n"
    "## 4. Complaints\n"
    "If a phone is damaged at the kiosk, apologise, take photos, and report it to the area "
    "supervisor the same day. Refunds are capped at 3 times the repair fee.\n"
)

BAKERY = (
    "# 蛋糕店前台接单规范\n\n"
    "## 一、取货\n"
    "取货单遗失的，须核对顾客身份证件和下单手机号。\n"
    "蛋糕在店内摔坏的，先向顾客道歉，拍照留存，并于当天报告店长。\n"
    "赔偿以蛋糕价格的2倍为限。\n"
)


def _asks(question: Question) -> list[str]:
    """The stem's numbered questions, each with its hint, one per scoring point."""
    asks = [a.strip() for a in re.split(r"[（(]\d[）)]\s*", question.stem)[1:]]
    assert len(asks) == len(question.scoring_points), question.stem
    return asks


async def test_an_english_handbook_of_orders_makes_its_short_answers(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": KIOSK, "short_answer": 2})
    assert [q.type for q in exam.questions] == ["short_answer"] * 2, exam.shortfall
    asks = [a for q in exam.questions for a in _asks(q)]
    for ask in asks:
        assert not parse_quantities(ask), ask  # the figure is the learner's to write
        assert not re.search(r"\b(?:never|must not|do not)\b", ask, re.I), ask
        assert not ask.startswith("What is the rule on"), ask  # vague: every rule answers it


async def test_an_order_is_asked_by_its_case_not_copied_out(
    offline_context: FlowContext,
) -> None:
    payload = {"material": KIOSK, "short_answer": 1, "knowledge_points": ["Complaints"]}
    exam = await delivered_exam(offline_context, payload)
    [question] = exam.questions
    asks = _asks(question)
    assert (
        "What must staff do if a phone is damaged at the kiosk? (give who is responsible)" in asks
    )
    assert "What are refunds capped at? (give the multiple)" in asks
    assert any(p.startswith("If a phone is damaged") for p in question.scoring_points)


async def test_a_passive_rule_with_only_is_asked_by_its_condition(
    offline_context: FlowContext,
) -> None:
    payload = {"material": KIOSK, "short_answer": 1, "knowledge_points": ["Collection"]}
    exam = await delivered_exam(offline_context, payload)
    [question] = exam.questions
    asks = _asks(question)
    assert "On what condition are phones handed back?" in asks
    assert any(a.startswith("What happens to phones not collected within a set time") for a in asks)


async def test_a_chinese_order_for_a_case_is_asked_by_its_case(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": BAKERY, "short_answer": 1})
    [question] = exam.questions
    asks = _asks(question)
    assert "蛋糕在店内摔坏时应如何处理？（写明负责人）" in asks
    assert "赔偿的上限是多少？（写明倍数）" in asks
    assert all("有什么规定" not in a for a in asks)
