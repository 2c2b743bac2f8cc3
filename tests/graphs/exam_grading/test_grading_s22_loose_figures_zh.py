"""Chinese short-answer points a learner states in everyday words and loose figures (session 22
teacher T15: '不准抽烟…罚两百元' got 未答到 for 「宿舍内严禁吸烟，违者罚款200元」; '充一千送两百' was
told it lacked 1000元; '每人50、每间200' lacked 50元、200元; '不能自己拿竿' lacked 不得单独持竿)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

HALL_STEM = "关于租赁大厅内，课程材料有哪些规定？请写出全部两条（写明金额）。"
SMOKING = "租赁大厅内严禁吸烟，违者罚款300元"
BINDINGS = "在租赁大厅内私自调整固定器的，立即收回雪具，已付租金不予退还"
HALL = Question(
    number=1,
    type="short_answer",
    stem=HALL_STEM,
    answer=[f"{SMOKING}；{BINDINGS}。"],
    scoring_points=[SMOKING, BINDINGS],
    point_scores=[2.5, 2.5],
    score=5.0,
)
BINDINGS_SAID = "在大厅里自己调固定器的马上收回雪具，租金不退。"

PRICES_STEM = "课程材料“租赁价格”部分有哪些规定？请写出全部四条（写明金额和身高）。"
RENT = "单板每天租金150元，双板每天租金120元"
DEPOSIT = "押金：雪板每副80元，头盔每顶30元，归还检查无损坏后原路退还"
CHILDREN = "身高1.4米以下儿童在家长陪同下免费，但不得单独持杖"
TOP_UP = "季卡充值满3000元赠送500元，赠送金额不能提现"
PRICES = Question(
    number=2,
    type="short_answer",
    stem=PRICES_STEM,
    answer=[f"{RENT}；{DEPOSIT}；{CHILDREN}；{TOP_UP}。"],
    scoring_points=[RENT, DEPOSIT, CHILDREN, TOP_UP],
    point_scores=[2.0, 1.0, 1.0, 1.0],
    score=5.0,
)
RENT_SAID = "单板一天150元，双板一天120元。"
DEPOSIT_SAID = "押金雪板每副80、头盔每顶30，还回来查过没损坏就原路退回。"
CHILDREN_SAID = "1.4米以下的小孩有家长陪着免费，但不能自己拿杖。"
TOP_UP_SAID = "季卡充三千送五百，送的钱不能提现。"


def _notes(question: Question, answer: str) -> list[tuple[float, str]]:
    judged = judge_short_answer(question, answer)
    return [
        (note.marks[0] if note.marks else -1.0, describe_notes([note], "zh"))
        for note in judged.notes
    ]


@pytest.mark.parametrize(
    "said", ["租赁大厅里不准抽烟，抽了罚三百元；", "租赁大厅里不许抽烟，违者罚款300元；"]
)
def test_smoking_in_everyday_words_is_the_ban(said: str) -> None:
    marks, note = _notes(HALL, said + BINDINGS_SAID)[0]
    assert marks == 2.5, note


@pytest.mark.parametrize(
    "said",
    [
        "租赁大厅里可以抽烟，罚三百元；",
        "租赁大厅里不准喝酒，喝了罚三百元；",
        "租赁大厅里不准抽烟，抽了罚五百元；",
    ],
)
def test_smoking_look_alikes_stay_short(said: str) -> None:
    marks, note = _notes(HALL, said + BINDINGS_SAID)[0]
    assert marks < 2.5, note


@pytest.mark.parametrize(
    ("said", "point"),
    [(TOP_UP_SAID, 3), ("季卡充三千赠五百元，送的钱不能提现。", 3), (DEPOSIT_SAID, 1)],
)
def test_sums_said_without_yuan_are_the_points(said: str, point: int) -> None:
    answer = RENT_SAID + said + (DEPOSIT_SAID if point == 3 else TOP_UP_SAID)
    marks, note = _notes(PRICES, answer)[point]
    assert marks == 1.0, note


@pytest.mark.parametrize(
    ("said", "point"),
    [
        ("季卡充三千送四百，送的钱不能提现。", 3),
        ("季卡充三千送五百积分，送的钱不能提现。", 3),
        ("押金雪板每副80、头盔每顶40，还回来查过没损坏就原路退回。", 1),
        ("押金雪板每副80、头盔每顶30分钟，还回来查过没损坏就原路退回。", 1),
    ],
)
def test_other_sums_and_other_units_stay_short(said: str, point: int) -> None:
    answer = RENT_SAID + said + (DEPOSIT_SAID if point == 3 else TOP_UP_SAID)
    marks, note = _notes(PRICES, answer)[point]
    assert marks < 1.0, note


@pytest.mark.parametrize(
    ("said", "full"),
    [
        (CHILDREN_SAID, True),
        ("1.4米以下的小孩有家长陪着免费，可以自己拿杖。", False),
        ("1.4米以下的小孩有家长陪着免费，但不能自己拿板。", False),
        ("1.4米以下的小孩有家长陪着免费。", False),
    ],
)
def test_holding_alone_said_with_an_everyday_verb(said: str, full: bool) -> None:
    answer = RENT_SAID + DEPOSIT_SAID + said + TOP_UP_SAID
    marks, note = _notes(PRICES, answer)[2]
    assert (marks == 1.0) is full, note


STICK = "儿童练习区须由教练陪同，儿童不得单独持棍"


@pytest.mark.parametrize(
    ("said", "full"),
    [
        ("儿童练习区要有教练陪着，小孩不能自己拿棍。", True),
        ("儿童练习区要有教练陪着，小孩可以自己拿棍。", False),
        ("儿童练习区要有教练陪着，小孩不能自己下坡。", False),
    ],
)
def test_an_act_jieba_splits_is_found_said_otherwise(said: str, full: bool) -> None:
    question = Question(
        number=3,
        type="short_answer",
        stem="儿童练习区有哪些规定？",
        answer=[STICK + "。"],
        scoring_points=[STICK],
        point_scores=[2.0],
        score=2.0,
    )
    marks, note = _notes(question, said)[0]
    assert (marks == 2.0) is full, note
