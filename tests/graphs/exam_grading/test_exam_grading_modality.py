"""The modality of a rule's clause (forbidden / permitted) and when an answer flips it."""

from __future__ import annotations

import pytest

from graphs.exam_grading.modality import Modality, flips, modality, obligation
from graphs.exam_grading.scoring_points import judge_point
from graphs.exams import Language


@pytest.mark.parametrize(
    ("clause", "language", "expected"),
    [
        ("前台员工不得在电话中替会员查询储值余额", "zh", "forbidden"),
        ("前台不可以电话查余额", "zh", "forbidden"),
        ("前台不能在电话里帮会员查余额", "zh", "forbidden"),
        ("前台可以在电话里直接告诉会员余额", "zh", "permitted"),
        ("会员每月可带1名同伴入场", "zh", "permitted"),
        ("这可能是系统问题", "zh", None),
        ("会员须本人持身份证办理挂失", "zh", None),
        ("staff must not give out a member's balance", "en", "forbidden"),
        ("staff may not give out the balance", "en", "forbidden"),
        ("members cannot check it in the app", "en", "forbidden"),
        ("staff can tell members their balance", "en", "permitted"),
        ("staff are allowed to read it out", "en", "permitted"),
        ("staff are not allowed to read it out", "en", "forbidden"),
        ("trips abroad need approval from a director", "en", None),
    ],
)
def test_reads_a_clauses_modality(clause: str, language: Language, expected: str | None) -> None:
    assert modality(clause, language) == expected


@pytest.mark.parametrize(
    ("point", "clauses", "flipped"),
    [
        ("forbidden", ["permitted"], True),
        ("permitted", ["forbidden", None], True),
        ("forbidden", ["permitted", "forbidden"], False),  # stated the point's way somewhere
        ("forbidden", [None], False),
        (None, ["permitted"], False),
    ],
)
def test_flips(point: Modality | None, clauses: list[Modality | None], flipped: bool) -> None:
    assert flips(point, clauses) is flipped


@pytest.mark.parametrize(
    ("clause", "language", "expected"),
    [
        ("顾客退货须出示购物小票", "zh", "required"),
        ("退货不需要小票", "zh", "exempt"),
        ("不用封存留样", "zh", "exempt"),
        ("满足顾客需求", "zh", None),
        ("Customers must show the receipt", "en", "required"),
        ("Customers don't need a receipt", "en", "exempt"),
        ("there is no need to log it", "en", "exempt"),
        ("the receipt is not required", "en", "exempt"),
        ("staff log it in the order system", "en", None),
    ],
)
def test_reads_a_clauses_obligation(clause: str, language: Language, expected: str | None) -> None:
    assert obligation(clause, language) == expected


def test_an_exemption_contradicts_a_required_point_without_its_verb() -> None:
    point = "顾客退货须出示购物小票"
    assert judge_point(point, "退货不需要小票。").verdict == "contradicted"
    assert judge_point(point, "退货要带上小票。").verdict != "contradicted"


@pytest.mark.parametrize(
    ("point", "answer", "verdict"),
    [
        # a figure bounded the other way (within / after, 以内 / 以后)
        ("Report a spill within 10 minutes", "report the spill after 10 minutes", "contradicted"),
        ("Report a spill within 10 minutes", "report it no later than 10 minutes", "credited"),
        ("Report a spill within 10 minutes", "report the spill in 10 minutes", "credited"),
        ("顾客投诉须在2小时内回复", "投诉要2小时以后再回复", "contradicted"),
        ("顾客投诉须在2小时内回复", "投诉最多2小时就要回复", "credited"),
        # a denied excess is an upper bound: 不得超过 = 最多
        ("排队时间不得超过5分钟", "排队最多5分钟", "credited"),
        ("Calls must last no more than 5 minutes", "calls last at most 5 minutes", "credited"),
        # a listed opposite word where the point stands
        ("Keep the milk at 4 °C or colder", "keep the milk at 4 °C or warmer", "contradicted"),
        ("Keep the milk at 4 °C or colder", "the milk stays at 4 °C or colder", "credited"),
    ],
)
def test_an_answer_that_says_the_opposite_contradicts_the_point(
    point: str, answer: str, verdict: str
) -> None:
    assert judge_point(point, answer).verdict == verdict


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("过敏的顾客服务员应提醒厨房，厨房可以照常出餐", "contradicted"),
        ("服务员可以直接出餐", "contradicted"),
        ("服务员应提醒厨房，厨房不能照常出餐", "credited"),
    ],
)
def test_a_rule_of_a_point_with_several_is_flipped_on_its_own(answer: str, verdict: str) -> None:
    point = "顾客说明过敏时，服务员应提醒厨房更换餐具，厨房不得照常出餐"
    assert judge_point(point, answer).verdict == verdict
