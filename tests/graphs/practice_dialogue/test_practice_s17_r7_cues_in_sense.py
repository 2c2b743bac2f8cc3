"""A cue word counts only in its sense (session 17 end trainer P10, pattern 1).

Own learners, through the real flow: a day or a visit said in small talk (「我每次放假都去河边钓
一整天」) splits no price, so the report does not credit 把价格拆分到每天或每次 and the customer does
not answer with a price per day; a day said beside the price's figure, or the price just discussed
spread with a word of spreading, still splits it.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

SPLIT = "把价格拆分到每天或每次"


def _criterion(values: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["name"] == name)


async def test_a_day_said_in_small_talk_splits_no_price(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您平时喜欢钓鱼吗？我每次放假都去河边钓一整天。",
        "结束",
    )
    price = _criterion(values, "价格异议处理")["explanation"]
    assert f"做到：{SPLIT}" not in price, price
    answer = her_lines(values)[1]
    assert not any(w in answer for w in ("一天", "每天", "十来块", "算倒也")), answer


@pytest.mark.parametrize(
    "reply",
    [
        "年卡三千九百八，算下来每天也就十块出头。",
        "这个价格平摊到每天，其实也就一杯奶茶钱。",
    ],
)
async def test_the_price_spread_over_a_day_still_splits_it(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(offline_context, "objection-handling", reply, "结束")
    price = _criterion(values, "价格异议处理")["explanation"]
    assert f"做到：{SPLIT}" in price, price
