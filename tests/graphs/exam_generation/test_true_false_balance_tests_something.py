"""True/false items that test a misconception: a duty made optional (须 -> 无须, must -> need not)
is a safe false statement beside a changed figure, a flipped prohibition and a role swap, and an
exam's true/false items lean to false on an odd count (at most 1 of 3 true), so a set is never
mostly verbatim copies. Own materials: a bridal-wear rental policy and a kayak tour's rules."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.false_statements import relax_obligation
from graphs.exam_generation.material import Material
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

RENTAL = """# 婚纱礼服租赁管理制度

## 一、租赁条件
1. 租赁礼服须出示本人身份证原件，并签署《租赁协议》。
2. 未带身份证原件的顾客，只能在店内试穿，不得带出门店。
3. 登记表须写明顾客姓名、联系电话、礼服编号和归还日期。

## 二、试穿要求
4. 试穿前须由店员协助穿戴，顾客不得自行取下展示礼服。
5. 化浓妆或身上有油污的顾客不得试穿白色礼服。

## 三、归还
6. 礼服须在婚礼结束后3天内归还，逾期每天收取50元滞纳金。
7. 礼服归还时由店长检查，发现破损的按维修价格赔偿。
"""

KAYAKS = """# Harbour Kayak Tours – Guide Rules

## Before launch
Every paddler must wear a buoyancy aid before entering the water.
Guests who have been drinking alcohol are not allowed to paddle.
Only the lead guide may decide to cancel a tour because of wind.

## On the water
Groups must stay within sight of the guide's kayak at all times.
Children under 12 must share a double kayak with an adult.

## After the tour
Kayaks are rinsed with fresh water and stored upside down.
Lost paddles are charged at $80 each.
"""


def _relaxed(text: str) -> dict[str, list[str]]:
    document = analyse(text)
    material = Material.of(document, document.language)
    return {f.text: [p.statement for p in relax_obligation(f, material.zh)] for f in material.facts}


def test_a_duty_is_made_optional_where_that_is_a_fair_false() -> None:
    zh = _relaxed(RENTAL)
    assert zh["登记表须写明顾客姓名、联系电话、礼服编号和归还日期。"] == [
        "登记表无须写明顾客姓名、联系电话、礼服编号和归还日期。"
    ]
    # A second clause the modal governs, or one that argues back (the late fee), is no fair false.
    assert zh["租赁礼服须出示本人身份证原件，并签署《租赁协议》。"] == []
    assert zh["礼服须在婚礼结束后3天内归还，逾期每天收取50元滞纳金。"] == []
    assert (
        zh["化浓妆或身上有油污的顾客不得试穿白色礼服。"] == []
    )  # a prohibition: flipped elsewhere
    en = _relaxed(KAYAKS)
    assert en["Every paddler must wear a buoyancy aid before entering the water."] == [
        "A paddler need not wear a buoyancy aid before entering the water."
    ]
    # "at all times" is absolute: optional, it is false by common sense alone.
    assert en["Groups must stay within sight of the guide's kayak at all times."] == []


@pytest.mark.parametrize(("material", "asked"), [(RENTAL, 3), (KAYAKS, 3), (KAYAKS, 4)])
async def test_true_false_items_are_not_mostly_true(
    offline_context: FlowContext, material: str, asked: int
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "true_false": asked})
    answers = [q.answer[0] for q in exam.questions if q.type == "true_false"]
    assert len(answers) == asked, exam.shortfall
    assert answers.count("true") <= asked // 2, answers
    assert answers.count("false") <= (asked + 1) // 2, answers
