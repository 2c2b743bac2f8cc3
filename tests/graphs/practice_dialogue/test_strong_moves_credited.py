"""A strong learner's good moves are credited in their own words, not only in the rubric's: a
question about when or where the trouble happens asks how she uses the line; a no-cost way out
in her hands (leave free within the first month) reassures her; a question about what would make
the stay special asks her preferences; a price put with what it includes frames its value; the
honest reason for a wait (the patient before overran) explains it; 「您今天办吗？」 after the
offer asks her decision. Through the real evaluator, and one session through the real flow."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _tags(name: str, stage_id: str, reply: str, covered: dict[str, list[int]]) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage(stage_id)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, covered, 5)
    return [c["tag"] for c in evaluation["covered"]]


OFFERED = {"opening": [0, 1], "discovery": [0, 1], "presentation": [0, 1]}


@pytest.mark.parametrize(
    ("name", "stage", "reply", "tag"),
    [
        (
            "broadband-retention",
            "discovery",
            "That's frustrating. Is it slow at a certain time of day, or only in some rooms?",
            "usage",
        ),
        (
            "broadband-retention",
            "discovery",
            "When does it drop out, and are you on Wi-Fi or plugged in with a cable?",
            "usage",
        ),
        (
            "broadband-retention",
            "objections",
            "If the evenings haven't improved, you're free to leave in the first month "
            "without paying anything.",
            "reassure",
        ),
        (
            "broadband-retention",
            "objections",
            "If the line is still poor, you can cancel with no fee inside the first 30 days.",
            "reassure",
        ),
        (
            "broadband-retention",
            "presentation",
            "If the line is still poor, you can cancel with no fee inside the first 30 days.",
            "no-fee",
        ),
        (
            "english-upsell",
            "discovery",
            "How lovely. What would make the night memorable for the two of you?",
            "preferences",
        ),
        (
            "english-upsell",
            "objections",
            "For that 45 you get breakfast for both of you and a late check-out included.",
            "value",
        ),
        (
            "complaint-handling",
            "presentation",
            "让您久等是因为上一位患者的治疗比预计的复杂，医生没能按时结束。",
            "reason",
        ),
        ("objection-handling", "closing", "体测和分期都说清楚了，您今天办吗？", "confirm"),
        ("objection-handling", "closing", "那您今天定下来吗？", "confirm"),
    ],
)
def test_a_good_move_in_own_words_is_credited(name: str, stage: str, reply: str, tag: str) -> None:
    assert tag in _tags(name, stage, reply, OFFERED)


@pytest.mark.parametrize(
    ("name", "stage", "reply", "tag"),
    [
        (
            "broadband-retention",
            "presentation",
            "The engineer visit is free of charge.",
            "reassure",
        ),
        ("complaint-handling", "presentation", "排队是正常的，大家都在等。", "reason"),
        ("english-upsell", "discovery", "Can I have your ID and card, please?", "preferences"),
    ],
)
def test_no_credit_without_the_move(name: str, stage: str, reply: str, tag: str) -> None:
    assert tag not in _tags(name, stage, reply, {})


async def test_the_report_credits_the_reassurance_and_the_usage_question(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, thanks for calling. I'm happy to help. What's made you want to leave?",
        "I'm sorry. Is it slow at a certain time of day, or only in some rooms?",
        "I can send an engineer on Thursday morning to test your line.",
        "I can offer the loyalty price of 31 pounds a month on the same plan.",
        "I can't promise the speed, but if it hasn't improved you're free to leave "
        "in the first month without paying anything.",
        "结束",
    )
    report = values["report"]
    text = str(report)
    assert "Not done: Ask how she uses the connection" not in text
    assert "Reassure with what is in her control" in text
    assert "Not done: Acknowledge the doubt about price or reliability; Reassure" not in text
    assert "; Reassure with what is in her control" not in text.split("Not done:")[-1]


@pytest.mark.parametrize(
    ("reply", "wrong"),
    [
        ("Breakfast for two and a late check-out all come in the 45.", False),
        ("Late check-out runs until 5 for you.", True),
        ("Your late checkout is until 17:00.", True),
    ],
)
def test_a_price_beside_the_check_out_is_no_wrong_hour(reply: str, wrong: bool) -> None:
    """A bare number no clock shows (45) is not an hour of a term told by a clock (2 pm)."""
    scenario = ContentLibrary.load().get(Scenario, "english-upsell")
    stage = scenario.stage("objections")
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 5)
    assert bool(evaluation["forbidden"]) is wrong


@pytest.mark.parametrize(
    ("name", "stage", "reply"),
    [
        ("broadband-retention", "discovery", "Everybody's connection is slow after dinner."),
        ("broadband-retention", "discovery", "It's only peak hours, all the networks slow down."),
        ("complaint-handling", "presentation", "您别急，排队本来就是正常的。"),
    ],
)
def test_a_dismissive_explanation_is_making_light(name: str, stage: str, reply: str) -> None:
    """Her problem put down to everyone or the hour is no honest reason: it makes light of it."""
    scenario = ContentLibrary.load().get(Scenario, name)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, 2
    )
    assert evaluation["forbidden"], evaluation
