"""Session 11, practice round 2 (issue 12), in wording of our own, through the real flow: owning
the fault with a word about what went wrong is no filler before small talk; a turn that closes
the business (all done, the paperwork sent) is on the subject; a friendly question about the
customer's own remark is no small talk for the report either."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import Session


async def _evaluations(context: FlowContext, scenario: str, replies: list[str]) -> list[Any]:
    session = Session(context)
    await session.start(scenario)
    evaluations = []
    for text in replies:
        values = await session.reply(text)
        evaluations.append(values["turn_evaluations"][-1])
    return evaluations


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "上周那节课临时取消怪我们，是我们排课出了差错。"),
        ("complaint-handling", "今天让您干等，责任在我们，前台登记弄错了。"),
        ("broadband-retention", "The outage last month was our fault, the engineers slipped up."),
    ],
)
async def test_owning_the_fault_is_no_filler(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    (evaluation,) = await _evaluations(offline_context, scenario, [reply])
    assert not evaluation["off_topic"], evaluation
    assert "off_topic" not in evaluation["signals"]


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("broadband-retention", "Perfect, you're all set - I'll email the paperwork over tonight."),
        ("english-upsell", "Lovely, that's all sorted, I'll send the confirmation to your inbox."),
        ("objection-handling", "好的，都办妥了，回头我把协议发到您微信上。"),
    ],
)
async def test_closing_the_business_is_on_the_subject(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    (evaluation,) = await _evaluations(offline_context, scenario, [reply])
    assert not evaluation["off_topic"], evaluation


async def test_a_friendly_question_on_her_own_remark_is_no_small_talk(
    offline_context: FlowContext,
) -> None:
    # the guest opened with "Long drive…"; the learner asks about the drive, once
    first, again = await _evaluations(
        offline_context,
        "english-upsell",
        ["Oh, where did you drive in from?", "And was the drive busy on the motorway?"],
    )
    assert not first["off_topic"], first
    assert "small talk" not in (first["hint"] or "")
    assert again["off_topic"], again  # asked again, it is small talk now
    # wandering off is still small talk
    (wander,) = await _evaluations(
        offline_context, "english-upsell", ["Did you catch the football last night?"]
    )
    assert wander["off_topic"]


@pytest.mark.parametrize(
    ("reply", "compared"),
    [
        # the rival's offer named by its price: the comparison is made
        ("Just check whether that £30 deal rises after the intro period, and any setup fee.", True),
        # our own 30-day window names no rival: nothing compared
        ("You can cancel within 30 days, and there's no setup fee with us.", False),
    ],
)
async def test_the_rival_named_by_its_price_is_compared(
    offline_context: FlowContext, reply: str, compared: bool
) -> None:
    (evaluation,) = await _evaluations(offline_context, "broadband-retention", [reply])
    assert ("compare" in {c["tag"] for c in evaluation["covered"]}) is compared, evaluation
