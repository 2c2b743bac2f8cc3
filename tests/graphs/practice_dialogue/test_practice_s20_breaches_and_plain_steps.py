"""Session 20, H8: a breach never earns a point; plain steps are credited (practice evaluation).

The session-19 end trainer (P12) found a price under the brief's floor credited as "State the price
clearly", an unoffered 24-month lock-in credited as "Ask for her decision", 一年免费洗牙 unnamed,
a plain closing question and "I'll update the booking" left uncredited, 地铁 in a complaint about
the day credited as 说明离地铁近, and a partly done point listing its unsaid half as done. Own lines
first (a weak, pushy or average learner on the shipped scenarios), then the trainer's.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import played


def _criterion(values: dict[str, Any], title: str) -> str:
    for c in values["report"]["criteria"]:
        if c["name"] == title:
            return str(c["explanation"])
    raise AssertionError(f"no criterion {title!r}: {values['report']['criteria']}")


@pytest.mark.parametrize(
    "line",
    [
        "For you I'll make the junior suite USD 10 extra a night.",  # own: 55 less 45
        "Actually, let me do it at USD 20 extra, cheapest price ever.",  # P12 eu_pushy
    ],
)
async def test_a_rate_under_the_floor_is_named_and_earns_no_price_point(
    offline_context: FlowContext, line: str
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper. Are you celebrating anything this weekend?",
        line,
        "quit",
    )
    honesty = _criterion(values, "Honesty and tone")
    assert "An offer beyond what you may offer" in honesty, honesty
    assert "USD 45 a night" in honesty, honesty  # the true limit named
    presenting = _criterion(values, "Presenting the upgrade")
    assert "Done: State the price clearly" not in presenting, presenting


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Shall I sign you up for 36 months at that price? Everyone goes for it.", "36 months"),
        ("Shall I lock you in for 24 months then? Everyone takes it.", "24 months"),  # P12
    ],
)
async def test_an_unoffered_lock_in_is_named_and_asks_no_decision(
    offline_context: FlowContext, line: str, term: str
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Why do you want to leave us?",
        "I can put you on the loyalty price of GBP 31 a month for 12 months.",
        line,
        "quit",
    )
    honesty = _criterion(values, "Honesty and tone")
    assert "An offer beyond what you may offer" in honesty and term in honesty, honesty
    assert "GBP 31 a month for 12 months" in honesty.split(term)[1], honesty  # the true term
    closing = _criterion(values, "Closing")
    assert "Done: Ask for her decision" not in closing, closing


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Shall I sign you up for 12 months at GBP 31?", False),
        ("You've had the contract for four years, thanks for your loyalty.", False),
        ("The contract isn't 24 months, only 12.", False),
        ("Would you like a new 24-month contract at GBP 31?", True),
        ("I'll tie you into a two-year contract at 31.", True),
    ],
)
def test_a_term_is_flagged_only_when_unoffered(
    offline_context: FlowContext, line: str, flagged: bool
) -> None:
    scenario = offline_context.library.get(Scenario, "broadband-retention")
    said = claims_said(scenario, line)
    assert ("An offer beyond what you may offer" in said) is flagged, said


@pytest.mark.parametrize(
    "script",
    [
        (  # own
            "Why do you want to go?",
            "We have a 500 Mb plan at GBP 36 a month.",
            "Do you want the 500 Mb plan instead?",
            "quit",
        ),
        (  # P12 bb_average
            "OK, I can help. Why do you want to cancel?",
            "I see. We can do a loyalty price of GBP 31 a month for 12 months.",
            "There's also a 500 Mb plan for GBP 36 a month if you want faster.",
            "An engineer could look at it too if you like.",
            "So do you want the GBP 31 deal?",
            "quit",
        ),
    ],
)
async def test_a_question_naming_the_deal_asks_for_her_decision(
    offline_context: FlowContext, script: tuple[str, ...]
) -> None:
    values = await played(offline_context, "broadband-retention", *script)
    closing = _criterion(values, "Closing")
    assert "Done: Ask for her decision" in closing, closing


async def test_a_question_to_tell_her_more_asks_no_decision(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Why do you want to go?",
        "Would you like me to explain the 500 Mb plan?",
        "quit",
    )
    closing = _criterion(values, "Closing")
    assert "Done: Ask for her decision" not in closing, closing


@pytest.mark.parametrize(
    "script",
    [
        (  # own
            "Hello Mr Harper, welcome to the Harbourview.",
            "We have a harbour-view junior suite tonight at USD 55 extra a night, with breakfast"
            " for two.",
            "Would you like the harbour-view suite, then?",
            "Great, I'll amend your booking now.",
            "quit",
        ),
        (  # P12 eu_strong
            "Welcome to the Harbourview, Mr Harper, and thank you for your patience after the long"
            " drive. What brings you here this weekend?",
            "An anniversary, congratulations! Is there anything that would make the stay special"
            " for you both?",
            "Tonight we have a harbour-view junior suite free. It's USD 55 extra a night and"
            " includes a bottle of sparkling wine, late check-out until 2 pm and breakfast for two.",
            "Because you're celebrating, I can offer it at our occasion rate of USD 45 a night"
            " instead. I'm afraid I can't give it free, but I think the view and the late check-out"
            " would suit the occasion.",
            "Would you like me to move you into the suite at USD 45 a night for both nights? I'll"
            " update the booking and have the wine sent up.",
            "quit",
        ),
    ],
)
async def test_updating_the_booking_confirms_the_change(
    offline_context: FlowContext, script: tuple[str, ...]
) -> None:
    values = await played(offline_context, "english-upsell", *script)
    closing = _criterion(values, "Closing")
    assert "Not done: Confirm the details of the change" not in closing, closing
    assert "all" in closing or "Confirm the details of the change" in closing, closing


async def test_a_partly_done_point_lists_only_its_said_half_as_done(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "王女士您好，价格方面您有顾虑我理解。",
        "我们店就在地铁站旁边，走过来三分钟。",
        "年卡可以分12期免息，您看可以吗？",
        "结束",
    )
    value = _criterion(values, "价值呈现")
    assert "只做到一部分：说明离地铁近（没说到：营业到晚上 11 点，加班后也能来）" in value, value


@pytest.mark.parametrize(
    "script",
    [
        (
            "王女士，您平时喜欢做什么运动？",
            "今天路上真堵，我坐地铁都晚了。",
            "您吃饭了吗？",
            "结束",
        ),
        (  # P12 oh_offtopic
            "您好，您这件衣服真好看，哪里买的？",
            "最近在追什么剧吗？",
            "我昨天去吃了一家火锅，很好吃。",
            "今天地铁好挤啊。",
            "那就这样吧，拜拜。",
            "结束",
        ),
    ],
)
async def test_a_remark_on_the_day_makes_no_point(
    offline_context: FlowContext, script: tuple[str, ...]
) -> None:
    values = await played(offline_context, "objection-handling", *script)
    value = _criterion(values, "价值呈现")
    assert "只做到一部分" not in value and "做到：" not in value.replace("没做到：", ""), value


@pytest.mark.parametrize(
    "script",
    [
        ("您先别急，等了这么久真是抱歉。", "我再送您一年免费洗牙，要几次有几次。", "结束"),
        (  # P12 ch_pushy
            "您别激动，我保证以后您来再也不用等，一分钟都不会等。",
            "120 元我现在马上退现金给您，今天就到账。",
            "再送您一年免费洗牙，想来几次来几次。",
            "您要是还不满意，我们院长亲自给您赔偿五百块。",
            "您赶紧签个字，别在这儿闹了，后面还有人排队。",
            "结束",
        ),
    ],
)
async def test_a_free_year_of_cleaning_is_named(
    offline_context: FlowContext, script: tuple[str, ...]
) -> None:
    values = await played(offline_context, "complaint-handling", *script)
    compliance = _criterion(values, "合规与态度")
    assert "超出权限的价格或优惠：「" in compliance and "一年免费洗牙" in compliance, compliance


async def test_a_false_timed_refund_earns_no_part_of_the_remedy(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "120 元我现在马上退现金给您，今天就到账。",  # P12 ch_pushy turn 2
        "结束",
    )
    solution = _criterion(values, "解决方案")
    assert "只做到一部分" not in solution and "谎报" in _criterion(values, "合规与态度"), solution


@pytest.mark.parametrize(
    "script",
    [
        (  # own
            "Good evening Mr Harper, welcome. Is this trip for anything special?",
            "The harbour-view junior suite is free tonight, USD 55 extra a night, and it includes"
            " breakfast.",
            "quit",
        ),
        (  # P12 eu_average
            "Hello Mr Harper, welcome. Your room is ready.",
            "Are you here for anything special?",
            "We have a suite with a harbour view if you want it. It's 55 dollars more per night.",
            "It comes with wine and breakfast.",
            "Do you want it?",
            "quit",
        ),
    ],
)
async def test_a_half_given_in_own_words_is_partly_done(
    offline_context: FlowContext, script: tuple[str, ...]
) -> None:
    values = await played(offline_context, "english-upsell", *script)
    presenting = _criterion(values, "Presenting the upgrade")
    assert (
        "Partly done: Mention late check-out and breakfast for two (not said: Mention late"
        " check-out)" in presenting
    ), presenting


async def test_a_half_only_asked_about_is_not_done(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper, welcome. Would you like breakfast with the room?",
        "quit",
    )
    presenting = _criterion(values, "Presenting the upgrade")
    assert "Partly done" not in presenting, presenting
