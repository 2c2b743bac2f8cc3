"""A visit booked at another time than the one she gave confirms no wish of hers (session 17
held-out trainer P10, fault 4: she said 「周六上午我有空」, the learner booked 周四晚上八点, the report
said 做到：确认客户的意愿).

Own learner through the real flow (booked 周二晚上七点; booked at her time, the credit stays), and
the rule in English on its own.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.other_slot import booked_other_slot
from graphs.scenarios import Scenario
from tests.support.practice import criterion, played

LEAD = [
    "理解，三千九百八不是小数目，多看看没错。冒昧问下，您这次想练出什么效果？减脂还是塑形？",
    "那您一般几点下班、什么时候有空？以前有没有办过卡，后来为什么没坚持？",
    "明白，经常加班，以前那家关门早。我们营业到晚上十一点，地铁站出来走三分钟就到。",
    "年卡能分十二期免息，每月三百三十二，折下来一天十块出头；还含一次体测、两节私教体验课，"
    "一年能冻结六十天。",
    "我不保证您几个月瘦多少，您要是还想考虑，可以先约一次免费体测再决定，您看这周哪天方便？",
]
CONFIRM = "确认客户的意愿"


@pytest.mark.parametrize(("booked", "credited"), [("周二晚上七点", False), ("周六上午十点", True)])
async def test_her_yes_confirms_only_her_time(
    offline_context: FlowContext, booked: str, credited: bool
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        *LEAD,
        f"好的，那就给您约{booked}的体测，前台到时候等您。",
        "结束",
    )
    closing = criterion(values, "促成")["explanation"]
    assert "客户同意了" in closing, closing
    done = closing.split("没做到")[0]
    assert (CONFIRM in done) is credited, closing


@pytest.mark.parametrize(
    ("booked", "other"),
    [
        ("Lovely, I'll book the engineer for Thursday evening then.", True),
        ("Lovely, I'll book the engineer for Saturday morning then.", False),
        ("We're open until eight in the evening.", False),
    ],
)
def test_a_booking_over_her_time_in_english(booked: str, other: bool) -> None:
    scenario = ContentLibrary.load().get(Scenario, "broadband-retention")
    hers = ["Hello?", "Saturday morning suits me, I'm at home then."]
    assert booked_other_slot(scenario, {2: booked}, hers) is other
