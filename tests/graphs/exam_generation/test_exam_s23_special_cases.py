"""Session 23 (H2): a false statement stays false for the material's own special cases.

The session 22 end designer (D15) found 「广告与预告片时长可以超过10分钟」 and 「正片无须在票面时间后
10分钟内开始」 keyed 错误, while the material's article 16 lets a 包场 run 20 minutes of ads, and
「员工离职无须提前30天书面申请」 keyed 错误 beside 「试用期内离职须提前3天申请」: true for the special
case the material states elsewhere. A flipped or relaxed rule, and a figure changed to the special
case's own, is not made where such a case exists; other rules still are.

Own materials (not the reviewers' trades): a bowling alley (zh) and a laser tag arena (en).
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.text import analyse
from graphs.text.special_cases import special_case
from tests.support.exam_flow import delivered_exam

BOWLING = """# 保龄球馆前台与球道操作规程

## 一、开道与计时
1. 前台须在顾客交付押金后为其开启球道，每条球道最多容纳6人。
2. 每局比赛时长不得超过40分钟；超时部分按每10分钟15元加收费用。
3. 顾客须换穿馆内专用球鞋后方可进入球道区。

## 二、员工管理
4. 员工调班须提前7天向值班主管提交书面申请。
5. 员工不得在球道区饮食。
6. 员工辞职须提前30天书面告知店长；培训期内辞职须提前3天告知。

## 三、特殊情况
7. 企业包道活动可以延长每局时长至60分钟，但须提前2天经值班主管书面批准。
8. 新入职员工在培训期内调班须提前1天申请。
"""

LASER_TAG = """# Laser Tag Arena Staff Rules

## Sessions
- Each game in the arena must not last longer than 20 minutes.
- Marshals must brief every player on the safety rules before each game.
- Players must wear the arena vest for the whole game.

## Staff
- Staff must request a shift swap at least 5 days in advance, in writing.
- Staff may not eat in the arena.
- Staff may not use their phones in the arena.

## Special cases
- Birthday party bookings may extend each game to 40 minutes, with the duty manager's approval.
- New staff in their first month must request a shift swap at least 1 day in advance.
- Staff on a double shift may eat in the break corner of the arena.
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


def test_the_special_case_elsewhere_is_found_in_either_language() -> None:
    assert special_case("每局比赛时长不得超过40分钟", "", BOWLING, "zh") == (
        "企业包道活动可以延长每局时长至60分钟，但须提前2天经值班主管书面批准。"
    )
    rule = "员工辞职须提前30天书面告知店长"
    assert special_case(rule, rule + "；培训期内辞职须提前3天告知。", BOWLING, "zh") == (
        "培训期内辞职须提前3天告知。"
    )
    assert special_case(
        "Staff may not eat in the arena.", "Staff may not eat in the arena.", LASER_TAG, "en"
    ) == ("Staff on a double shift may eat in the break corner of the arena.")
    # Rules with no case of their own: another rule on staff is no exception to them.
    assert special_case("员工不得在球道区饮食。", "", BOWLING, "zh") is None
    phones = "Staff may not use their phones in the arena."
    assert special_case(phones, phones, LASER_TAG, "en") is None


def test_no_zh_rule_is_negated_where_the_material_states_its_special_case() -> None:
    made = _false_statements(BOWLING)
    # The general rules are not relaxed; a special case's own rule may be ("新入职员工在培训期内
    # 调班无须提前1天申请" is false: the material asks 1 day of them).
    assert not [s for s in made if "员工调班无须" in s or "员工辞职无须" in s], made
    assert not [s for s in made if "可以超过40分钟" in s], made
    # The special case's own figure is true for it: 60 minutes for a 包道, 1 day in training.
    assert not [s for s in made if "60分钟" in s and "比赛时长" in s], made
    assert not [s for s in made if s.startswith("员工调班须提前1天")], made
    # A rule without one is still flipped, and figures of other values still changed.
    assert "员工可以在球道区饮食。" in made
    assert any("员工调班须提前" in s and "7天" not in s for s in made), made


def test_no_en_rule_is_negated_where_the_material_states_its_special_case() -> None:
    made = _false_statements(LASER_TAG)
    assert not [s for s in made if "may last longer than 20 minutes" in s], made
    assert not [s for s in made if s.startswith("Staff need not request")], made
    assert "Staff may eat in the arena." not in made
    assert not [s for s in made if "longer than 40 minutes" in s and "Each game" in s], made
    assert "Staff may use their phones in the arena." in made


async def test_no_delivered_item_is_keyed_false_against_a_special_case(
    offline_context: Any,
) -> None:
    banned = (
        "调班无须",
        "辞职无须",
        "可以超过40分钟",
        "may last longer than 20",
        "need not request",
    )
    for text in (BOWLING, LASER_TAG):
        exam = await delivered_exam(
            offline_context, {"material": text, "true_false": 8, "single_choice": 4}
        )
        assert exam.questions
        for question in exam.questions:
            said = [question.stem, *(o.text for o in question.options)]
            assert not [s for s in said if any(b in s for b in banned)], question
