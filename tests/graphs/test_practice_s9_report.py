"""Session 9, report faults (issue 12), in wording of our own, through the real graph on the
shipped scenarios (offline engine) and the evaluator it uses (`OfflineEvaluator`).

- An acknowledgement of the price concern made while the session is still in discovery (the
  learner skipped a question she had already answered) counts once a price has come up; before
  any price, "I hear you" acknowledges something else. A price set beside an everyday spend is a
  value framing.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.graphs.test_practice_dialogue import Session


def _evaluate(
    scenario_id: str, stage: str, reply: str, before: dict[str, list[int]] | None = None
) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, before or {}, turn=3
    )


def _tags(evaluation: dict[str, Any]) -> set[str]:
    return {c["tag"] for c in evaluation["covered"]}


async def _report(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    session = Session(context)
    values = await session.play(scenario, [*replies, "quit"])
    report: dict[str, Any] = values["report"]
    return report


async def test_the_price_concern_met_before_the_stage_is_reached_is_credited(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Good evening Mr Harper, welcome! Your booking for two nights is confirmed.",
            "We have a harbour-view junior suite free tonight, perfect for a celebration, with "
            "sparkling wine, late check-out until 2 pm and breakfast for two. It is USD 55 extra "
            "a night.",
            "I get it, that is extra money. Spread over the evening it costs less than a taxi "
            "across town.",
            "Would you like to upgrade?",
        ],
    )
    objections = next(c for c in report["criteria"] if c["id"] == "objections")
    assert objections["score"] >= 60 and 3 in objections["turns"]
    advice = " ".join(i["advice"] for i in report["improvements"])
    assert "Acknowledge the price concern" not in advice
    assert "Put the price in terms of value" not in advice


@pytest.mark.parametrize(
    ("reply", "credited"),
    [
        (
            "I hear you, it's a fair bit more. For the price of a couple of coffees a day you "
            "wake up to the harbour.",
            {"concern", "value"},
        ),
        ("Fair enough, it adds up. It comes to less than a meal out.", {"concern", "value"}),
    ],
)
def test_after_the_price_was_named_warm_words_and_an_everyday_spend_are_heard(
    reply: str, credited: set[str]
) -> None:
    # the price was stated (presentation point 2) and the session is still in discovery
    evaluation = _evaluate("english-upsell", "discovery", reply, {"presentation": [2]})
    assert credited <= _tags(evaluation)


def test_before_any_price_i_hear_you_acknowledges_something_else() -> None:
    evaluation = _evaluate(
        "english-upsell", "opening", "I hear you, long trip. Welcome, Mr Harper!"
    )
    assert "concern" not in _tags(evaluation)


def test_a_price_in_her_opening_line_is_a_price_come_up() -> None:
    # 王女士 opens with 太贵了: an acknowledgement in the first turn is of that
    evaluation = _evaluate("objection-handling", "opening", "您好，我是顾问小周。您说的我完全理解。")
    assert "price-concern" in _tags(evaluation)


def test_less_than_a_mile_is_no_value_framing() -> None:
    evaluation = _evaluate(
        "english-upsell", "objections", "The suite is less than a mile from the old town."
    )
    assert "value" not in _tags(evaluation)
