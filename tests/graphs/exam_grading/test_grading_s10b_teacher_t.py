"""Grading (session 10, teacher T's faults), each on a new example of another trade: a hotel pool
and front desk (Chinese), a tyre shop (English), a key-cutting counter (Chinese fill-ins).

1. A bound said with a double negation reads the right way: 不得低于 / 不低于 / no less than are "at
   least", "45 minutes at most" / "max" are "at most", and a span before an event (入住48小时以前,
   "48 hours before") is a lead time, "at least".
2. Everyday wording and numerals meet the point's terms (家里 = 家中, 带进 = 带入, 吃东西 = 进食;
   十五天 = 15天 as figures; 过了十五天不再办理).
3. A discount (折) is a figure: 打九折 for 八五折 is wrong, 85折 and 八五折 are right.
4. Fill-ins accept natural variants (把钥匙弄丢了, 丢钥匙 for 遗失钥匙; 网络预约 for 线上预约), never
   the antonym (线下预约) or another act (找到钥匙).
5. A count's measure word is no unit: "6" for 6件 is right; "2" for 2小时 still lacks its unit.
"""

from __future__ import annotations

import pytest

from graphs.exam_grading.discounts import discounts
from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.matching import match_blank
from graphs.exams import Language, Question
from graphs.text.bounds import bound_of
from tests.support.grading import judged


def _short(stem: str, points: list[str]) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=["；".join(points)],
        scoring_points=points,
        score=6,
        source_quote=points[0],
    )


def _bounds(text: str) -> list[tuple[str | None, bool]]:
    language: Language = "en" if text.isascii() else "zh"
    return [(f.bound, f.negated) for f in figures_of(text, language)]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("泳池水温不得低于26℃", "lower"),
        ("泳池水温不能低于26度", "lower"),
        ("水温不低于26℃", "lower"),
        ("水温低于26℃", "upper"),
        ("Tyre pressure must not be less than 2 bar", "lower"),
        ("A wheel may stay on the jack for 30 minutes at most", "upper"),
        ("Jack time max 30 mins", "upper"),
        ("Balance the wheel in maximum 20 minutes", "upper"),
        ("Let the sealant cure for minimum 24 hours", "lower"),
        ("入住48小时以前取消预订", "lower"),
        ("Book the alignment 48 hours before the visit", "lower"),
    ],
)
def test_a_bound_reads_the_right_way_round(text: str, bound: str) -> None:
    assert _bounds(text) == [(bound, False)], text


def test_a_time_of_day_before_stays_a_deadline() -> None:
    text = "须在下午4点前交回钥匙"
    start = text.index("4")
    assert bound_of(text, start, start + 2, span=False) == "upper"
    assert _bounds(text) == [("upper", False)]


POOL = _short(
    "泳池管理有哪些规定？", ["泳池水温不得低于26℃，每天早上8点前测一次", "救生员不得离开瞭望台"]
)


@pytest.mark.parametrize(
    "answer",
    [
        "泳池水温不低于26度，每天早上8点前测一次。救生员不能离开瞭望台。",
        "泳池水温至少26℃，每天8点前测一次。救生员不能离开瞭望台。",
    ],
)
def test_at_least_said_either_way_is_the_rule(answer: str) -> None:
    judgement, note = judged(POOL, answer)
    assert judgement.ratio == 1, judgement.reason
    assert "要点为26℃" not in note


def test_the_opposite_bound_is_not_credited() -> None:
    judgement, _ = judged(POOL, "泳池水温要低于26℃，每天早上8点前测一次。救生员不能离开瞭望台。")
    assert judgement.ratio < 1 and "where it says 26 °C" in judgement.reason


TYRES = _short(
    "What are the rules on the jack and the nuts?",
    [
        "A wheel must not stay on the jack for more than 30 minutes",
        "The technician must torque the nuts twice",
    ],
)


def test_no_more_than_is_at_most_and_at_least_is_its_opposite() -> None:
    right, _ = judged(
        TYRES,
        "Wheels stay on the jack no more than 30 minutes; the technician torques the nuts twice.",
    )
    assert right.ratio == 1, right.reason
    wrong, _ = judged(
        TYRES,
        "A wheel must stay on the jack for at least 30 minutes. The technician torques the nuts twice.",
    )
    assert wrong.ratio == 0.5
    assert "gives at least 30 minutes where the point says at most 30 minutes" in wrong.reason


def test_a_lead_time_before_the_event_is_at_least() -> None:
    question = _short(
        "取消预订有哪些规定？",
        ["入住前超过48小时取消预订，不收取任何费用", "入住前48小时内取消，收取首晚房费的50%"],
    )
    judgement, _ = judged(
        question, "入住48小时以前取消预订，不收取费用；48小时以内取消要收首晚房费的50%。"
    )
    assert judgement.ratio == 1, judgement.reason


def test_everyday_words_state_the_rule() -> None:
    question = _short(
        "泳池区有哪些规定？",
        ["客人不得把宠物带入泳池区，也不得在泳池区内进食", "救生员每2小时换班一次"],
    )
    judgement, _ = judged(
        question, "客人不能把宠物带进泳池区，在泳池区里也不能吃东西；救生员两个小时换一次班。"
    )
    assert judgement.ratio == 1, judgement.reason


MEMBERS = _short(
    "会员卡有哪些规定？",
    ["会员消费享受八五折优惠", "会员卡挂失后15天内可以补办，超过期限不再受理"],
)


@pytest.mark.parametrize(
    ("answer", "ratio"),
    [
        ("会员打85折；会员卡挂失后十五天内可以补办，超过期限不再办理。", 1),
        ("会员打八五折；挂失以后十五天内能补办，过了十五天不再办理。", 1),
        ("会员打九折；挂失以后十五天内能补办，过了十五天不再办理。", 0.5),
    ],
)
def test_a_discount_is_a_figure(answer: str, ratio: float) -> None:
    judgement, _ = judged(MEMBERS, answer)
    assert judgement.ratio == ratio, judgement.reason


def test_discounts_are_read_as_the_share_paid() -> None:
    assert [q.value for q, _, _ in discounts("打九折，会员八五折，节日8.5折")] == [90, 85, 85]
    assert discounts("折叠椅不打折") == []
    assert [f.describe() for f in figures_of("会员打85折", "zh")] == ["8.5折"]  # not also 85


@pytest.mark.parametrize(
    ("given", "key", "credit"),
    [
        ("把钥匙弄丢了", "遗失钥匙", 1),
        ("丢钥匙", "遗失钥匙", 1),
        ("找到钥匙", "遗失钥匙", 0),
        ("网络预约", "线上预约", 1),
        ("线下预约", "线上预约", 0),
        ("6", "6件", 1),
        ("3", "3人", 1),
        ("2", "2小时", 0.5),
        ("6箱", "6件", 0),
    ],
)
def test_fill_in_variants(given: str, key: str, credit: float) -> None:
    assert match_blank(given, key).credit == credit
