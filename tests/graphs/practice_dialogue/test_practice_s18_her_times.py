"""Her own times against the learner's (session 17 end trainer P10).

A booking for another time than the one she said is corrected, not agreed to (「周六上午我有空」,
the learner booked 「周四晚上八点」 and she said 「好，那就这么定了」); her own wait told back is no
slot offered to her (「让您从两点一直等到快三点……好吗？」 got 「两点一？」). Own learners, through
the real flow; booking her own time keeps her yes.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.times import slots_in
from tests.support.practice import her_lines, played

GYM_TO_YES = [
    "三千九百八确实不少，您多比较是应该的。想问一下您办卡主要想练成什么样？减脂还是塑形？",
    "您一般几点有时间过来？以前办过卡吗，后来为什么没去了？",
    "加班晚、原来那家关门早，这个我明白。我们早上六点到晚上十一点都开，出了地铁走三分钟就到，"
    "下班过来完全来得及。",
    "价格我给您算一下：可以分十二期免息，每月三百三十二块左右；卡里送一次体测和两节私教体验课，"
    "出差的时候一年还能冻结六十天。",
    "隔壁确实便宜，我不说别家不好，练成什么样也要看您自己，我不敢打包票。您要是还拿不准，"
    "可以先约一次免费体测，体验完再定，您哪天方便？",
]
LINE_TO_YES = [
    "No problem, Ms Shah, I won't talk you out of anything you've decided, but could I ask"
    " what's prompted you to leave us?",
    "I'm sorry, that must be maddening when you're working. How do you use the connection in"
    " the evenings?",
    "Let me get an engineer to look at the line for free; the first slot is Thursday morning."
    " And I can do the loyalty price of GBP 31 a month for twelve months on your current plan.",
    "I can't promise a set evening speed, but if it isn't fixed you can cancel within 30 days"
    " with no fee.",
    "So, would you like me to book Thursday morning's engineer and move you to GBP 31, or still"
    " cancel?",
]


async def test_another_day_booked_is_corrected_zh(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        *GYM_TO_YES,
        "行，那我给您登记周二下午三点来做体测，到时候教练看结果给您出方案。",
        "结束",
    )
    lines = her_lines(values)
    assert "周六上午我有空" in lines[-2], lines
    assert (
        lines[-1]
        == "周二下午三点？我刚说的是周六上午有空，周二下午三点我过不来，还是约周六上午吧。"
    )


async def test_another_day_booked_is_corrected_en(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        *LINE_TO_YES,
        "Great, so that's the engineer booked for Friday afternoon and GBP 31 a month from your"
        " next bill.",
        "quit",
    )
    assert her_lines(values)[-1] == (
        "Friday afternoon? I said Thursday morning suits me. I can't do Friday afternoon,"
        " so keep it to Thursday morning, please."
    )


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "objection-handling",
            [*GYM_TO_YES, "好的，那就给您约周六上午十点的体测，教练到时候给您出方案。", "结束"],
        ),
        (
            "broadband-retention",
            [*LINE_TO_YES, "Lovely, the engineer's booked for Thursday morning at GBP 31.", "quit"],
        ),
    ],
)
async def test_her_own_time_booked_keeps_her_yes(
    offline_context: FlowContext, scenario: str, replies: list[str]
) -> None:
    last = her_lines(await played(offline_context, scenario, *replies))[-1]
    assert "I said" not in last and "我刚说的是" not in last, last


@pytest.mark.parametrize(
    "reply",
    [
        "李先生，实在抱歉，让您两点约好的号等到快三点，这是我们安排的失误。您先坐下歇歇，咱们慢慢说，行吗？",
        "真是抱歉，从两点等到三点多，换谁都会生气。您先消消气，我们一起把事情说清楚，可以吗？",
    ],
)
async def test_her_wait_told_back_is_no_slot_offered(
    offline_context: FlowContext, reply: str
) -> None:
    answer = her_lines(await played(offline_context, "complaint-handling", reply, "结束"))[1]
    assert not answer.startswith(("两点", "三点")), answer


def test_a_bare_numeral_after_the_hour_is_no_minute() -> None:
    # 「两点一直等」: 一直 is "all along", not two o'clock and one minute
    assert [s.text for s in slots_in("让您从两点一直等到快三点", "zh")] == ["两点", "三点"]
    assert [s.text for s in slots_in("周五下午四点十五分或者四点半", "zh")] == [
        "周五下午四点十五分",
        "四点半",
    ]
