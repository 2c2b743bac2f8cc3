"""Session 18 (held-out teacher T10, fault 4): some of the things a point lists are part of it.

「告诉客人Wi-Fi密码和早餐时间」 for a rule listing four things to tell got 0: 时间, a word of every
item but one, counted each item given, so none was left out and the point stayed missing. And
"Tell them the Wi-Fi password and breakfast hours" got the whole point in English. A word two
items share tells neither; a point whose list is half given or less earns part of it either way.
Own courses: a coworking space and a car wash. Papers go through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.grading import graded_short_answer

COWORK = "办理入会时须告知会员：门禁密码、打印额度、会议室预约时间、前台服务时间"
COWORK_STEM = "新会员入会时前台要告知什么？"
CAR_WASH = (
    "Before a wash, tell the driver the wash time, the price, the waiting area and the exit route"
)
CAR_WASH_STEM = "What must staff tell a driver before a wash?"


async def test_two_of_four_chinese_items_are_part_of_the_point(
    offline_context: FlowContext,
) -> None:
    score, note = await graded_short_answer(
        COWORK_STEM,
        [COWORK],
        "要告诉会员门禁密码和打印额度。",
        offline_context,
        title="cowork",
        language="zh",
    )
    assert score == 1, note
    assert "(1) 部分答到（缺少：会议室预约时间、前台服务时间）" in note, note


async def test_two_of_four_english_items_are_part_of_the_point(
    offline_context: FlowContext,
) -> None:
    score, note = await graded_short_answer(
        CAR_WASH_STEM,
        [CAR_WASH],
        "Tell the driver the wash time and the price.",
        offline_context,
        title="car wash",
        language="en",
    )
    assert score == 1, note
    assert "(1) partial (missing: the waiting area, the exit route)" in note, note


@pytest.mark.parametrize(
    ("stem", "point", "answer", "language"),
    [
        (COWORK_STEM, COWORK, "告诉会员门禁密码、打印额度、会议室预约时间和前台服务时间。", "zh"),
        (
            CAR_WASH_STEM,
            CAR_WASH,
            "Tell the driver the wash time, the price, the waiting area and the exit route.",
            "en",
        ),
    ],
)
async def test_every_item_given_is_the_whole_point(
    stem: str, point: str, answer: str, language: str, offline_context: FlowContext
) -> None:
    score, note = await graded_short_answer(
        stem,
        [point],
        answer,
        offline_context,
        title="all",
        language=language,  # type: ignore[arg-type]
    )
    assert score == 2, note


async def test_a_word_every_item_shares_gives_none(offline_context: FlowContext) -> None:
    score, note = await graded_short_answer(
        COWORK_STEM, [COWORK], "要告诉会员时间。", offline_context, title="cowork", language="zh"
    )
    assert score == 0, note


BIKE_PICKUP = "取车时须告知车主：维修项目、更换零件、保修期限、下次保养时间"


async def test_items_said_in_part_are_given(offline_context: FlowContext) -> None:
    # counter-case: 保修多久 gives 保修期限 and 换了哪些零件 gives 更换零件 (a pair of their characters)
    score, note = await graded_short_answer(
        "取车时店员要向车主说明哪些事项？",
        [BIKE_PICKUP],
        "①维修了哪些项目；②换了哪些零件；③保修多久；④下次什么时候来保养。",
        offline_context,
        title="bike",
        language="zh",
    )
    assert score == 2, note


async def test_a_three_word_english_item_is_an_item(offline_context: FlowContext) -> None:
    score, note = await graded_short_answer(
        "What must staff tell a customer when they drop off a duvet?",
        [
            "At drop-off, tell the customer the collection date, the price, the care label check and "
            "the stain policy"
        ],
        "Tell them the collection date and the price.",
        offline_context,
        title="duvet",
        language="en",
    )
    assert score == 1, note
