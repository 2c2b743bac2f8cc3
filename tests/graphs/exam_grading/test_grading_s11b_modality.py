"""Session 11 (issue 11, grading round 2): a permission flip where the point's subject carries a
bound with a negation in it (未满, 不满, 未达, 低于, under), and a point of two rules stated by its
figure's rule alone. Own examples: a convenience store, a pool, a fryer, a karting track, a
pharmacy, a print shop."""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point
from tests.support.grading import judged
from tests.support.grading import short_answer as _item


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (
            "便利店收银员不得向未满18周岁的顾客出售香烟",
            "便利店收银员可以向未满18周岁的顾客出售香烟",
        ),
        (
            "游泳馆禁止年龄未达12岁的儿童单独进入深水区",
            "游泳馆允许年龄未达12岁的儿童单独进入深水区",
        ),
        ("低于160度的油温不得用于炸制", "油温低于160度可以用于炸制"),
        (
            "Cashiers must not sell tobacco to customers under 18",
            "Cashiers may sell tobacco to customers under 18",
        ),
    ],
)
def test_permitting_what_the_point_forbids_for_a_bounded_subject_is_a_flip(
    point: str, answer: str
) -> None:
    # the bound of whom the rule is about (未满18周岁的顾客) is no limit of the act: 可以 for 不得
    # there was fully credited as "permitted up to the point's own bound"
    assert judge_point(point, answer).verdict == "contradicted"


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        ("便利店收银员不得向未满18周岁的顾客出售香烟", "收银员不能把香烟卖给不满18岁的顾客"),
        ("游泳馆禁止年龄未达12岁的儿童单独进入深水区", "未达12岁的儿童不准单独进深水区"),
        (
            "Cashiers must not sell tobacco to customers under 18",
            "Cashiers cannot sell tobacco to customers under 18",
        ),
    ],
)
def test_the_rule_said_the_points_way_with_the_bounded_subject_is_credited(
    point: str, answer: str
) -> None:
    assert judge_point(point, answer).verdict == "credited"


def test_the_flip_through_the_real_flow() -> None:
    kart = _item("卡丁车场对年龄有什么规定？", "场地员工不得让未满14周岁的顾客驾驶成人赛车")
    judgement, note = judged(kart, "场地员工可以让未满14周岁的顾客驾驶成人赛车。")
    assert judgement.ratio == 0, (judgement.reason, note)
    judgement, _ = judged(kart, "场地员工不能让不满14岁的顾客开成人赛车。")
    assert judgement.ratio == 1, judgement.reason


@pytest.mark.parametrize(
    ("stem", "point", "answer"),
    [
        (
            "打印机有什么规定？",
            "打印机卡纸时须先关机再取纸，硒鼓每6个月更换一次",
            "硒鼓每6个月更换一次",
        ),
        (
            "泳池水质有什么规定？",
            "泳池水质每2小时检测一次，检测结果须记入台账",
            "泳池水质每2小时检测一次",
        ),
        (
            "What are the printer rules?",
            "Gloves must be worn when handling toner; the drum must be replaced every 6 months",
            "The drum must be replaced every 6 months.",
        ),
    ],
)
def test_a_points_figure_rule_alone_is_part_of_it(stem: str, point: str, answer: str) -> None:
    # the rule with the figure was enough for full marks; the rule without one was left out
    judgement, note = judged(_item(stem, point), answer)
    assert judgement.ratio == 0.5, judgement.reason
    left_out = point.split("；" if "；" in point else ("，" if "，" in point else ";"))[0]
    assert left_out in note, note


def test_both_rules_of_a_point_stated_are_full_marks() -> None:
    printer = _item("打印机有什么规定？", "打印机卡纸时须先关机再取纸，硒鼓每6个月更换一次")
    judgement, _ = judged(printer, "卡纸了要先关机再取纸，硒鼓每6个月换一次")
    assert judgement.ratio == 1, judgement.reason
    toner = _item(
        "What are the printer rules?",
        "Gloves must be worn when handling toner; the drum must be replaced every 6 months",
    )
    judgement, _ = judged(toner, "Wear gloves for toner and replace the drum every 6 months.")
    assert judgement.ratio == 1, judgement.reason
