"""A rule's exception can be the false statement's change (issue 11, session 14 reviewers: no item
tested an exception). exception_reversals turns 「导盲犬除外」 into 「导盲犬也不例外」 and "except in"
into "even in", only where the result reads; the true/false builder offers it. (The planner's
"exception first" share was reverted in session 15: it cost a fill-in on the eyewear course at
hard difficulty; see docs/exams.md.)"""

from __future__ import annotations

import re

import pytest

from graphs.exam_generation.exception_reversals import reversed_exception
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import true_false
from graphs.text.document import analyse

SAILING = (
    "# Bayside Sailing School: Dock Rules\n\n"
    "## Boats and crews\n"
    "Every student must wear a buoyancy aid on the pontoon and on the water.\n"
    "Dinghies may not leave the harbour when the wind is above 20 knots.\n"
    "Each dinghy must carry a paddle and a bailer.\n"
    "Children under 12 may not sail alone, except in the roped training area.\n\n"
    "## Bookings and fees\n"
    "A two-day beginner course costs 240 pounds per student.\n"
    "Courses cancelled less than 7 days ahead are not refunded, unless a doctor's note is shown.\n"
    "Boat hire must be booked at least 24 hours ahead.\n\n"
    "## Returning boats\n"
    "Boats must be rinsed with fresh water and returned to the rack by 18:00.\n"
    "Any damage must be reported to the duty instructor within 30 minutes of landing.\n"
)
GARDEN = (
    "# 南湖植物园游览与讲解规范\n\n"
    "## 一、入园\n"
    "成人票价为每人40元，儿童身高1.2米以下免票。\n"
    "游客须在闭园前1小时停止入园。\n"
    "园内禁止携带宠物入园，导盲犬除外。\n\n"
    "## 二、温室参观\n"
    "热带温室每批次最多接待30人，讲解员须全程陪同。\n"
    "温室内严禁触摸植物标本，但讲解员示范时游客可触摸指定展品。\n"
    "温室内温度须保持在22至28摄氏度之间。\n\n"
    "## 三、讲解服务\n"
    "讲解服务须提前3天预约，每场讲解时长为45分钟。\n"
    "团队超过20人的须分成两组讲解。\n"
)
TAILOR = (
    "# 华裳裁缝铺修改衣物规范\n\n"
    "## 一、收件\n"
    "收件时店员须当面检查衣物口袋，并在收件单上写明衣物件数。\n"
    "每件衣物须挂上编号布签，编号与收件单一致。\n"
    "皮革衣物不予修改，店长书面同意的除外。\n\n"
    "## 二、工期\n"
    "普通修改须在4个工作日内完成。\n"
    "改短裤脚每条收费25元，换拉链每条收费40元。\n"
    "婚纱修改须由高级裁缝师负责，工期不少于10个工作日。\n\n"
    "## 三、取件\n"
    "顾客须凭收件单取件，遗失收件单的须出示身份证。\n"
    "超过90天未取的衣物，本店有权捐赠处理。\n"
)

_ASKED = re.compile(
    r"除外|例外|但.{0,20}可|也不可|\bexcept\b|\bunless\b|\beven (?:in|if|on|at|when)\b"
)
"""The exception (or its reversal) printed in the item: the item asks it, not only its figure."""


@pytest.mark.parametrize(
    ("sentence", "zh", "false"),
    [
        (
            "Children under 12 may not sail alone, except in the roped training area.",
            False,
            "Children under 12 may not sail alone, even in the roped training area.",
        ),
        (
            "Courses cancelled less than 7 days ahead are not refunded, unless a doctor's note "
            "is shown.",
            False,
            "Courses cancelled less than 7 days ahead are not refunded, even if a doctor's note "
            "is shown.",
        ),
        ("园内禁止携带宠物入园，导盲犬除外。", True, "园内禁止携带宠物入园，导盲犬也不例外。"),
        (
            "温室内严禁触摸植物标本，但讲解员示范时游客可触摸指定展品。",
            True,
            "温室内严禁触摸植物标本，讲解员示范时游客也不可触摸指定展品。",
        ),
    ],
)
def test_an_exception_reversed_reads_as_a_rule(sentence: str, zh: bool, false: str) -> None:
    reversed_ = reversed_exception(sentence, zh)
    assert reversed_ is not None and reversed_[0] == false


@pytest.mark.parametrize(
    ("sentence", "zh"),
    [
        # two cues, or an exception opening the sentence: no reversal reads well
        ("Guests may not bring food unless it is medical, except for water.", False),
        ("Except for guide dogs, no animals are allowed.", False),
        ("除持证导游外，任何人不得进入苗圃，紧急情况除外。", True),
        ("例外：取衣单上已登记该物品的，按登记价值赔偿。", True),
    ],
)
def test_no_reversal_where_it_would_not_read(sentence: str, zh: bool) -> None:
    assert reversed_exception(sentence, zh) is None


def test_a_false_true_false_item_may_reverse_the_exception() -> None:
    material = Material.of(analyse(GARDEN), "zh")
    fact = next(f for f in material.facts if "导盲犬" in f.text)
    question = true_false(material, fact, "medium", "入园", False, only_preferred=True)
    assert question is not None
    assert question.stem.endswith("园内禁止携带宠物入园，导盲犬也不例外。")
    assert "导盲犬除外" in question.explanation and question.answer == ["false"]
