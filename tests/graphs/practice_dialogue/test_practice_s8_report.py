"""What a fresh trainer found false in the practice report (session 8), one test per fault, through
the real flow (offline engine, shipped scenarios), in wording of its own.

Faults: an offer beyond what the scenario allows credited as the point it resembles (a lower
price, something free); a wrong figure labelled with the true one; a free extra labelled as the
free upgrade; passing the buck and a charge put on her card unheard; a remedy given with a wrong
time reported with no time limit given, an improvement measure said as a concrete step reported missing; a
hint for an earlier point after her yes.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.types import Command

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


def _tags(evaluation: dict[str, Any]) -> set[str]:
    return {c["tag"] for c in evaluation["covered"]}


async def _report(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    session = Session(context)
    values = await session.play(scenario, replies)
    if not values.get("report"):
        values = await session._run(Command(resume={"action": "end"}))
    report: dict[str, Any] = values["report"]
    return report


def _criterion(report: dict[str, Any], criterion_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in report["criteria"] if c["id"] == criterion_id)
    return found


@pytest.mark.parametrize(
    ("scenario", "reply", "tag"),
    [
        (
            "broadband-retention",
            "Tell you what, I'll knock the loyalty deal down to 27 a month for you.",
            "loyalty",
        ),
        ("objection-handling", "看您这么有诚意，3500给您办了，分期也行。", "flexible"),
        (
            "english-upsell",
            "For the anniversary I can let you have the suite at 35 a night.",
            "rate",
        ),
        ("complaint-handling", "再免费给您做一次全口检查，就当是我们的补偿。", "voucher"),
        ("objection-handling", "今天办的话，我额外送您五节私教课。", "matching-service"),
    ],
)
async def test_an_offer_beyond_the_limits_is_a_rule_broken_not_the_point(
    offline_context: FlowContext, scenario: str, reply: str, tag: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert tag not in _tags(evaluation), evaluation
    assert evaluation["forbidden"], evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "tag"),
    [
        (
            "broadband-retention",
            "I can put you on the loyalty rate, 31 a month for a year.",
            "loyalty",
        ),
        ("objection-handling", "分12期免息的话，每个月也就332元。", "flexible"),
        (
            "english-upsell",
            "Since it's your anniversary, I can do 45 a night instead of 55.",
            "rate",
        ),
        ("complaint-handling", "我再送您一张100元的洁牙抵用券，算是补偿。", "voucher"),
    ],
)
async def test_an_offer_within_the_limits_is_still_the_point(
    offline_context: FlowContext, scenario: str, reply: str, tag: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert tag in _tags(evaluation), evaluation
    assert not evaluation["forbidden"], evaluation


async def test_a_wrong_figure_is_quoted_as_said_and_the_true_one_as_such(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        ["Welcome, Mr Harper.", "With the suite you can keep the room, late checkout till 3 pm."],
    )
    honesty = _criterion(report, "compliance")["explanation"]
    assert "3 pm" in honesty and "right: 2 pm" in honesty, honesty
    assert "time (2 pm)" not in honesty, honesty


async def test_a_free_extra_is_not_labelled_the_free_upgrade(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(
        offline_context, "english-upsell", "And I'll give you breakfast at no charge as well."
    )
    assert evaluation["forbidden"], evaluation
    assert "The upgrade is free" not in evaluation["forbidden"], evaluation
    assert "breakfast" in evaluation["claims_said"][evaluation["forbidden"][0]], evaluation


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "这个收费不是我负责的，您问医生吧。"),
        (
            "broadband-retention",
            "Evening speeds have nothing to do with me, it's the network team.",
        ),
        ("english-upsell", "Lovely, I'll just charge it to your card then."),
    ],
)
async def test_passing_the_buck_and_an_unasked_charge_are_heard(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"], evaluation


async def test_asking_to_charge_the_card_breaks_no_rule(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(
        offline_context, "english-upsell", "Shall I charge it to your card, then?"
    )
    assert not evaluation["forbidden"], evaluation


async def test_a_concrete_measure_for_next_time_is_the_improvement(
    offline_context: FlowContext,
) -> None:
    evaluation, _ = await turn(
        offline_context, "complaint-handling", "今后凡是要加的项目，医生动手之前都先问过您。"
    )
    assert "improve" in _tags(evaluation), evaluation
