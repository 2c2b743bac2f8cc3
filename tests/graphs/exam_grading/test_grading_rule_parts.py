"""A point of two rules without figures, one stated whole and none turned round: part of it.

"营业员不得夸大疗效" for "营业员不得夸大药品疗效，不得使用"包治""根治"等用语" was 未答到: only a rule
with a figure counted as a rule stated (point_rules.py). A rule without one counts too where no
rule of the point is told wrong and the sentence that names it permits nothing ("不能贬低别的品牌，
但可以说自己的是最好的" turns the next rule round in the same breath). A 是…的 sentence is no
condition: its modal is the rule's (modality.py). Own example: a shop assistant's sales talk.
"""

from __future__ import annotations

from graphs.exam_grading.modality import modality
from tests.support.grading import judged, short_answer

TALK_ZH = short_answer(
    "导购在介绍产品时有什么规定？",
    "导购须先了解顾客的使用场景",
    "导购不得贬低其他品牌，不得使用“最好”“第一”“绝对”等绝对化用语推销商品",
)
TALK_EN = short_answer(
    "What are the rules when presenting a product?",
    "ask how the customer will use it first",
    "staff must not criticise other brands; they must not use absolute claims such as 'best',"
    " 'number one' or 'guaranteed' to push a sale",
)


def test_one_rule_of_two_stated_whole_is_part_of_the_point_zh() -> None:
    judgement, note = judged(TALK_ZH, "先了解顾客在哪里用。导购不能贬低其他品牌。")
    assert judgement.ratio == 0.75, judgement.reason
    assert "(2) 部分答到" in note


def test_one_rule_of_two_stated_whole_is_part_of_the_point_en() -> None:
    judgement, _ = judged(TALK_EN, "Ask how they will use it. Never criticise other brands.")
    assert judgement.ratio == 0.75, judgement.reason


def test_a_rule_said_beside_a_permission_is_no_part_of_the_point() -> None:
    judgement, note = judged(
        TALK_ZH, "先了解顾客在哪里用。导购不能贬低别的品牌，但可以说自己的是最好的。"
    )
    assert judgement.ratio == 0.5, judgement.reason
    assert "(2) 部分答到" not in note


def test_a_shi_de_sentence_keeps_its_modal() -> None:
    assert modality("可以说自己的是最好的", "zh") == "permitted"
    assert modality("不能当场解决的", "zh") is None
    assert modality("前台能够当场解决的投诉", "zh") is None
