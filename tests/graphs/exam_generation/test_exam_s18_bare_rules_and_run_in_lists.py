"""Rules the fact reader dropped become facts (session 18 helper L): a ban or a duty with no
figure and nothing to blank (「店内严禁吸烟。」, "No smoking indoors."), and a list run into its
lead-in's sentence (「以下衣物不予收洗：a、b、c。」, 「以下情况不予赔偿：（1）…；（2）…」, "The
following may not be brought into the quiet zone:" and its items). Materials of our own: a
laundry counter's rules (zh) and a coworking space's house rules (en).
"""

from __future__ import annotations

from pathlib import Path

from graphs.context import FlowContext
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
LAUNDRY = (MATERIALS / "laundry_counter_rules_zh.md").read_text(encoding="utf-8")
COWORKING = (MATERIALS / "coworking_house_rules_en.md").read_text(encoding="utf-8")
SHORT_ZH = """# 洁净干洗店规定

1. 店内严禁吸烟。
2. 以下情况不予赔偿：（1）衣物超过30天未取；（2）顾客未声明的贵重饰品丢失；（3）衣物本身严重褪色。
3. 顾客取衣时必须出示收衣单。
"""


def _facts(material: str) -> dict[str, tuple[str, ...]]:
    return {f.text: f.kinds for f in facts_for(analyse(material))}


def test_a_short_ban_is_a_fact_with_nothing_to_blank() -> None:
    facts = _facts(SHORT_ZH)
    assert facts["店内严禁吸烟。"] == ("prohibition",)
    assert _facts(COWORKING)["No smoking indoors."] == ("prohibition",)


def test_a_list_run_into_its_lead_in_is_one_rule_with_the_lead_ins_modal() -> None:
    made = {f.text: f for f in facts_for(analyse(LAUNDRY))}
    listed = made["以下衣物不予收洗：沾有油漆的衣物、标有不可洗涤标志的衣物、破损超过5厘米的衣物。"]
    assert listed.modal == ("不予", 4, 6)  # the lead-in's, not 不可 of an item
    numbered = {f.text: f for f in facts_for(analyse(SHORT_ZH))}
    whole = numbered[
        "以下情况不予赔偿：衣物超过30天未取、顾客未声明的贵重饰品丢失、衣物本身严重褪色。"
    ]
    assert whole.quote.startswith("以下情况不予赔偿：（1）") and whole.quote.endswith("严重褪色。")
    # its items are no facts of their own
    assert not any(f.text.startswith(("（2）", "（3）", "顾客未声明")) for f in numbered.values())


def test_an_english_lead_in_takes_its_marked_lines() -> None:
    facts = {f.text: f for f in facts_for(analyse(COWORKING))}
    rule = "The following may not be brought into the quiet zone: phones set to ring, hot food, loudspeakers."
    assert facts[rule].modal == ("may not", 14, 21)
    refunds = "The following are not refunded: unused day passes, locker fees already paid, printing credits."
    assert facts[refunds].kinds == ("prohibition",)


async def test_true_false_asks_the_list_and_the_bare_ban(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context, {"material": SHORT_ZH, "true_false": 3, "difficulty": "mixed"}
    )
    asked = [q for q in exam.questions if q.type == "true_false"]
    assert len(asked) == 3, exam.shortfall
    stems = " ".join(q.stem for q in asked)
    assert "吸烟" in stems and "不予赔偿" in stems.replace("予以赔偿", "不予赔偿"), stems


PHARMACY = """# 康安药房柜台规定

1. 处方药须凭医生处方销售，处方保存2年。
2. 以下药品不得开架销售：含麻黄碱的感冒药、处方类抗生素、注射剂、精神类药品。
3. 顾客退药须在购买后7天内办理。
"""
QUIET_ZONE = """# Hive Coworking Rules

1. Members must book meeting rooms at least 2 hours in advance through the app.
2. The following may not be brought into the quiet zone: phones set to ring, hot food, loudspeakers, sleeping bags.
3. Day passes are valid until 20:00 on the day of purchase.
"""


async def test_a_list_of_four_is_a_multiple_choice_on_its_own_items(
    offline_context: FlowContext,
) -> None:
    """Three rules are too few for statements from four rules; the list's items are enough:
    each stated with the lead-in's rule, true as listed or false by its modal flipped."""
    payload = {"material": PHARMACY, "multiple_choice": 1, "difficulty": "easy"}
    exam = await delivered_exam(offline_context, payload)
    [question] = exam.questions
    options = {o.key: o.text for o in question.options}
    drugs = ("含麻黄碱的感冒药", "处方类抗生素", "注射剂", "精神类药品")
    assert sorted(t.split("，")[0] for t in options.values()) == sorted(drugs)
    keys = {options[k] for k in question.answer}
    assert all(t.endswith("，不得开架销售。") for t in keys) and len(keys) == 2
    falses = set(options.values()) - keys
    assert all(t.endswith("，可以开架销售。") for t in falses) and len(falses) == 2


async def test_an_english_list_of_four_is_a_multiple_choice_too(
    offline_context: FlowContext,
) -> None:
    payload = {"material": QUIET_ZONE, "multiple_choice": 1, "difficulty": "easy"}
    exam = await delivered_exam(offline_context, payload)
    [question] = exam.questions
    options = {o.key: o.text for o in question.options}
    keys = {options[k] for k in question.answer}
    assert len(keys) == 2 and all(
        t.endswith(" may not be brought into the quiet zone.") for t in keys
    ), options
    assert all(
        t.endswith(" may be brought into the quiet zone.") for t in set(options.values()) - keys
    )


DENTAL = """# 牙科诊所前台规定

1. 前台不得自行减免任何费用。
2. 患者须提前1天预约洗牙。
3. 以下物品不得带入诊室：
- 饮料
- 宠物
- 雨伞
- 婴儿车
"""


async def test_a_chinese_list_on_lines_of_its_own_is_asked_on_its_items(
    offline_context: FlowContext,
) -> None:
    """「以下物品不得带入诊室：」 then an item a line: no item was read (a noun alone opens no
    rule), so the list was untested; now it is one fact and a multiple choice on its items."""
    facts = {f.text: f for f in facts_for(analyse(DENTAL))}
    assert facts["以下物品不得带入诊室：饮料、宠物、雨伞、婴儿车。"].modal == ("不得", 4, 6)
    payload = {"material": DENTAL, "multiple_choice": 1, "difficulty": "easy"}
    [question] = (await delivered_exam(offline_context, payload)).questions
    options = {o.key: o.text for o in question.options}
    assert sorted(t.split("，")[0] for t in options.values()) == sorted(
        ["饮料", "宠物", "雨伞", "婴儿车"]
    )
    assert {options[k] for k in question.answer} == {
        t for t in options.values() if t.endswith("，不得带入诊室。")
    }
