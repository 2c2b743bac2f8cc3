"""A payment said without its sum is the act with its figure left out: partial, naming the sum
(session 24 lead's read of a 汗蒸馆 paper: 「手环丢了要赔钱，押金不退」 for 「顾客遗失手环的，须赔偿
50元；手环押金不退」 was 未答到 for the point, though the act 赔偿 is said and only 50元 is
missing). sums_unsaid.py reads 赔钱 as the point's 赔偿; "pay for it" keeps the point's verb
already. Own trade: a surf school's lost leash."""

from __future__ import annotations

import pytest

from graphs.exam_grading.sums_unsaid import paid_without_its_sum
from tests.support.grading import judged, short_answer

LEASH_ZH = short_answer("学员遗失脚绳怎么处理？", "学员遗失脚绳的，须赔偿30元", "冲浪板押金不退")
LEASH = short_answer(
    "What happens when a student loses a leash?",
    "A student who loses a leash must pay 25 pounds",
    "The board deposit is not refunded",
)


@pytest.mark.parametrize("answer", ["脚绳丢了要赔钱，押金不退", "脚绳丢了得赔款，押金不退"])
def test_money_paid_without_its_sum_is_partial_naming_the_sum(answer: str) -> None:
    judgement, note = judged(LEASH_ZH, answer)
    assert judgement.ratio == 0.75, judgement.reason
    assert "(1) 部分答到（缺少：30元）" in note, note
    assert "(2) 已答到" in note, note


def test_paying_denied_is_no_part_of_the_point() -> None:
    judgement, note = judged(LEASH_ZH, "脚绳丢了不用赔钱，押金不退")
    assert judgement.ratio <= 0.5, judgement.reason
    assert "(1) 部分答到" not in note, note


def test_another_act_with_money_is_not_the_payment() -> None:
    _, note = judged(LEASH_ZH, "脚绳丢了要存钱，押金不退")
    assert "(1) 部分答到" not in note, note


def test_pay_for_it_in_english_is_partial_naming_the_sum() -> None:
    judgement, note = judged(
        LEASH, "The student must pay for the lost leash, and the deposit is not refunded."
    )
    assert judgement.ratio == 0.75, judgement.reason
    assert "(1) partial (missing: 25 pounds)" in note, note


@pytest.mark.parametrize(
    ("point", "answer", "read"),
    [
        ("迟到的学员须补交场地费20元", "迟到的学员要补钱", "迟到的学员要补交"),
        ("租用冲浪板须缴纳押金200元", "租板要缴钱", "租板要缴纳"),
        ("更换一片尾舵收费40元", "换尾舵要收钱", "换尾舵要收费"),
        ("收取场地费20元", "这样很费钱", "这样很费钱"),  # 费钱 (costly) is no 收取
        ("押金为200元", "押金要交钱", "押金要交钱"),  # no verb of paying before the sum
    ],
)
def test_the_verb_of_paying_is_the_one_before_the_sum(point: str, answer: str, read: str) -> None:
    assert paid_without_its_sum(point, answer, "zh") == read
