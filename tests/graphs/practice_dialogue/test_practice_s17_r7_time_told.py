"""A refund's time said with the refund done is a time limit told (session 17 end trainer P10,
pattern 1: ch-average 「一到三天到账」 was reported 没有给出时限).

Own learner, through the real flow; a bare duration that promises nothing stays none.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.time_limits import time_limits
from tests.support.practice import played


async def test_a_range_of_days_with_the_money_back_is_a_time_limit(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "真是对不起，抛光的一百二我给您退掉，大概一到三天能到您卡上。",
        "结束",
    )
    solution = next(c for c in values["report"]["criteria"] if c["name"] == "解决方案")
    assert "没有给出时限" not in solution["explanation"], solution
    assert "免除未告知的抛光费并说明退款时限" in solution["explanation"], solution


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("退款两天左右就能退回来。", ["两天"]),
        ("大概一到三天能到您卡上", ["一到三天"]),
        ("我在这儿等了一个小时。", []),
        ("年卡用满12个月。", []),
    ],
)
def test_the_time_the_thing_takes(text: str, limits: list[str]) -> None:
    assert time_limits(text, "zh") == limits
