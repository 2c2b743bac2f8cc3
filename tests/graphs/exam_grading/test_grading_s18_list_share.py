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
