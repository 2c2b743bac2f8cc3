"""A rule said without its qualifiers, or one rule of a point's two: part of the point.

"用新洗毛液之前要先试用一下" for "给宠物使用新洗毛液前须先在背部小面积试用" states the duty but neither
where nor how much (qualifiers.py); "收银员不能透露顾客的消费记录" for "不得透露…消费记录，不得拍照留存
顾客证件" states one rule of two, neither with a figure (point_rules.py). Both were full credit.
A teacher gives part of the point and names what is missing. Own examples: a pet groomer's new
shampoo, a sofa cleaner's stain remover, a cashier and customer data. Left: a left-out rule
whose word the answer says for another point ("Check the ID" beside "must not photograph their
ID") is read as traced, so that point stays credited.
"""

from __future__ import annotations

from tests.support.grading import judged, short_answer

SHAMPOO_ZH = short_answer(
    "给宠物使用新洗毛液前应注意什么？", "给宠物使用新洗毛液前须先在背部小面积试用"
)
STAIN_EN = short_answer(
    "What must be done before using a new stain remover on a sofa?",
    "Before using a new stain remover, test it first on a small hidden area",
)
DATA_ZH = short_answer(
    "收银员对顾客信息有什么规定？",
    "核对身份证件",
    "收银员不得透露顾客的消费记录，不得拍照留存顾客证件",
)
DATA_EN = short_answer(
    "What are the rules on customer data?",
    "check the receipt",
    "cashiers must not disclose a customer's purchase history and must not photograph their ID",
)


def test_a_duty_without_where_or_how_much_is_part_of_the_point_zh() -> None:
    judgement, note = judged(SHAMPOO_ZH, "用新洗毛液之前要先试用一下。")
    assert judgement.ratio == 0.5, judgement.reason
    assert "背部" in note and "小面积" in note, note


def test_a_duty_without_its_place_is_part_of_the_point_en() -> None:
    judgement, note = judged(STAIN_EN, "Test the stain remover first.")
    assert judgement.ratio == 0.5, judgement.reason
    assert "small hidden area" in note, note


def test_a_duty_with_its_qualifiers_is_the_point() -> None:
    assert judged(SHAMPOO_ZH, "先在背部小面积试用。")[0].ratio == 1
    answer = "Before using it, test it on a small hidden area first."
    assert judged(STAIN_EN, answer)[0].ratio == 1


def test_one_rule_of_two_without_figures_is_part_of_the_point_zh() -> None:
    judgement, note = judged(DATA_ZH, "要核对身份证件。收银员不能透露顾客的消费记录。")
    assert judgement.ratio == 0.75, judgement.reason
    assert "(2) 部分答到" in note, note


def test_one_rule_of_two_without_figures_is_part_of_the_point_en() -> None:
    judgement, _ = judged(
        DATA_EN, "Check the receipt. Never disclose a customer's purchase history."
    )
    assert judgement.ratio == 0.75, judgement.reason


def test_both_rules_stated_are_the_point() -> None:
    answer = "要核对身份证件。收银员不能透露顾客的消费记录，也不能给顾客证件拍照留存。"
    assert judged(DATA_ZH, answer)[0].ratio == 1
    answer_en = "Check the receipt. Never disclose purchase history and never photograph the ID."
    assert judged(DATA_EN, answer_en)[0].ratio == 1
