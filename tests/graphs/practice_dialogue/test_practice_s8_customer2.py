"""The session-8 fresh trainer's faults with the customer (issue 12), through the real flow
(offline engine, shipped scenarios), in wording of its own (not her scripts' lines).

Fault: she said yes, and the session ended as `goal`, before anything with its price was on
the table: an upgrade named with its view but no rate, a desk request after a question about
what she wants. Her yes waits for an offer and, where the scenario has a price, its sum.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from tests.support.practice import played


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "english-upsell",
            (
                "Good evening, Mr Harper, welcome.",
                "Shall I move you into our junior suite? It looks over the harbour view.",
                "Thank you, here are your key cards.",
            ),
        ),
        (
            "complaint-handling",
            (
                "非常抱歉让您等了这么久，您希望我们怎么处理？",
                "请您把就诊卡和手机号给我一下。",
                "好的，您稍等。",
            ),
        ),
    ],
)
async def test_no_yes_before_an_offer_with_its_price(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    values = await played(offline_context, scenario, *replies)
    assert not values.get("agreed"), values["transcript"]
    assert values.get("ended") != "goal", values["transcript"]


async def test_a_yes_once_the_price_is_said(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper, welcome. What brings you here?",
        "Congratulations! Our junior suite has a harbour view, breakfast for two and a late "
        "check-out at 2 pm.",
        "It's USD 45 extra a night for your occasion, so good value. Would you like to upgrade?",
    )
    assert values.get("agreed") or values.get("ended") == "goal", values["transcript"]


async def test_an_offer_under_her_sum_is_not_met_with_her_sum(offline_context: FlowContext) -> None:
    """Offered 40 in dollars with its currency before the figure, she does not say she would pay
    fifty, nor object to the list price as if it were still asked."""
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome! Is this trip for anything special?",
        "Happy anniversary! The junior suite has a harbour view and breakfast for two.",
        "Normally it's USD 55 more per night, but I can do USD 40 a night, USD 80 for both.",
    )
    line = values["transcript"][-1]["text"]
    assert "fifty" not in line.lower(), line


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        ("objection-handling", ("您好，我是顾问小林。", "您主要想练哪方面呢？")),
        ("objection-handling", ("年卡可以分12期免息。", "那您看今天能定下来吗？")),
        ("objection-handling", ("您如果不办，那是对自己的身材不上心。",)),
        ("complaint-handling", ("实在抱歉，让您等了这么久。", "您看行吗？")),
        (
            "broadband-retention",
            ("Hi, thanks for calling.", "Right, I'll just renew you now, fine?"),
        ),
        ("english-upsell", ("Good evening!", "What are you hoping to get out of this stay?")),
    ],
)
async def test_the_deal_and_her_wants_are_no_small_talk(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    """A question about what she wants, her decision asked for or taken for granted, her not
    buying: never brushed off as off the subject."""
    values = await played(offline_context, scenario, *replies)
    evaluation = values["turn_evaluations"][-1]
    assert not evaluation["off_topic"], evaluation
    rules = {r.when: r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour}
    line = values["transcript"][-1]["text"]
    assert not rules.get("off_topic") or rules["off_topic"] not in line, line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "您想喝点什么？我给您倒杯茶。"),
        ("objection-handling", "周末您一般去哪儿玩？"),
        ("broadband-retention", "Did you see the football last night?"),
    ],
)
async def test_small_talk_stays_small_talk(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    values = await played(offline_context, scenario, reply)
    assert values["turn_evaluations"][-1]["off_topic"], values["turn_evaluations"][-1]


@pytest.mark.parametrize(
    ("scenario", "replies", "decision_line"),
    [
        (
            "broadband-retention",
            ("Hello, thanks for holding.", "OK, I'll go ahead and sign you up again now, fine?"),
            "convinced",
        ),
        ("complaint-handling", ("真对不起，让您久等了。", "您看行吗？"), "行不行"),
    ],
)
async def test_a_decision_asked_early_gets_where_she_stands(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], decision_line: str
) -> None:
    """Asked for (or told) her yes before anything is on the table, she says she is not there
    yet, not a line that merely shares a word with the question ("Yes, that's right…")."""
    values = await played(offline_context, scenario, *replies)
    assert not values.get("agreed"), values["transcript"]
    assert decision_line in values["transcript"][-1]["text"], values["transcript"][-1]


async def test_do_you_want_it_asks_for_her_decision(offline_context: FlowContext) -> None:
    """ "Do you want it?" after the suite is offered asks for her decision, not a small service
    she says yes to ("It? Yes, please.")."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening and welcome.",
        "The junior suite comes with a harbour view and a late check-out.",
        "Well then, do you want it?",
    )
    line = values["transcript"][-1]["text"]
    assert not line.startswith("It?"), line
