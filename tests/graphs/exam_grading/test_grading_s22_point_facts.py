"""A point of two facts, one given, is part of it; a fact said in other words is given; one month
is a rule's 30 days (session 21 end teacher T14, C Q10: '积分一元一分' took full credit for
「会员积分按每消费1元积1分计算，积分不得转让他人」 while '积分不能转给别人' lost half a mark, and
'一个月' for 30天 was marked wrong, which she called pedantic)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exam_grading.scoring_points import judge_point
from graphs.exams import Question

STEM = "课程材料“试饮与样品”部分有哪些规定？请写出全部两条（写明时限和数量）。"
TICKETS = "试饮券按每消费100元赠20元计算，试饮券不得转让他人"
SAMPLES = "酒样须在装瓶后30天内送检"
TASTING = Question(
    number=1,
    type="short_answer",
    stem=STEM,
    answer=[f"{TICKETS}；{SAMPLES}。"],
    scoring_points=[TICKETS, SAMPLES],
    point_scores=[2.0, 2.0],
    score=4.0,
)


def _notes(answer: str) -> list[tuple[float, str]]:
    judged = judge_short_answer(TASTING, answer)
    return [
        (note.marks[0] if note.marks else -1.0, describe_notes([note], "zh"))
        for note in judged.notes
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "消费100块送20块。酒样装瓶后30天内送检。",
        # 试饮券 is the other fact's word too: the figures tell this fact, not that one
        "试饮券100元赠20元。酒样装瓶后30天内送检。",
    ],
)
def test_the_figures_of_one_fact_without_the_other_are_part_of_the_point(answer: str) -> None:
    (earned, note), _ = _notes(answer)
    assert earned == 1.0, note
    assert "缺少：试饮券不得转让他人" in note


@pytest.mark.parametrize(
    "answer",
    [
        "消费100块送20块，试饮券不能转给别人。酒样装瓶后30天内送检。",
        "每消费100元赠20元试饮券，试饮券不得转让他人。酒样装瓶后30天内送检。",
    ],
)
def test_both_facts_in_other_words_are_the_whole_point(answer: str) -> None:
    (earned, note), _ = _notes(answer)
    assert earned == 2.0, note


@pytest.mark.parametrize(
    ("point", "answer", "verdict"),
    [
        (SAMPLES, "装瓶后一个月内送检", "credited"),
        ("酒样须在装瓶后31天内送检", "装瓶后一个月内送检", "credited"),
        (
            "Tour deposits are refunded within 30 days",
            "Deposits come back within a month.",
            "credited",
        ),
        ("酒样须在装瓶后60天内送检", "装瓶后一个月内送检", "contradicted"),
        (SAMPLES, "装瓶后两个月内送检", "contradicted"),
        (SAMPLES, "装瓶后一个月后送检", "contradicted"),
        ("样张须在印刷后90天内销毁", "印刷后3个月内销毁", "contradicted"),
    ],
)
def test_one_month_is_a_rules_30_or_31_days(point: str, answer: str, verdict: str) -> None:
    assert judge_point(point, answer).verdict == verdict


def test_one_month_for_30_days_earns_the_point_through_the_flow() -> None:
    _, (earned, note) = _notes("消费100元赠20元，试饮券不得转让。酒样装瓶后一个月内送检。")
    assert earned == 2.0, note


CHECK = "印刷前机长须向客户核对一遍纸张、颜色、尺寸和数量"
READ_BACK = (
    "Before the tour the guide must read back each guest's name, phone number, pickup point "
    "and party size"
)


@pytest.mark.parametrize(
    ("point", "answer", "lacks"),
    [
        (CHECK, "要跟客户核对订单信息", "纸张、颜色、尺寸和数量"),
        (
            "印刷厂收货时仓管员须登记一遍纸张的品牌、克重、尺寸和令数",
            "仓管员要登记纸张信息",
            "克重",
        ),
    ],
)
def test_the_act_on_the_list_in_one_word_is_part_of_the_point(
    point: str, answer: str, lacks: str
) -> None:
    judged = judge_point(point, answer)
    assert judged.verdict == "partial", judged.reason
    assert lacks in judged.lacks


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (CHECK, "订单信息要记好"),  # the list's word without the point's act
        ("印刷前机长须向客户核对订单信息", "核对信息"),  # the point names no list
        (READ_BACK, "Tell the guest the tour details."),
    ],
)
def test_a_word_for_the_list_without_its_act_or_its_list_gives_no_part(
    point: str, answer: str
) -> None:
    assert judge_point(point, answer).verdict != "partial"
