"""A request for her particulars (name, ID, card, phone number) is procedure, not a question
about her needs: a bare "Surname?" and a polite "Could I see your passport and a card?" both earn
no question score, so the two are counted alike (particulars.py). A question that also asks
about her still counts. Through the real evaluator and the real flow's report."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _questions(name: str, reply: str) -> int:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stages[1]
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 2)
    return int(evaluation["questions"])


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("english-upsell", "Surname?"),
        ("english-upsell", "Welcome. Could I see your passport and a card, please?"),
        ("broadband-retention", "Could I take your postcode and date of birth?"),
        ("objection-handling", "您贵姓？"),
        ("complaint-handling", "麻烦把您的手机号和身份证给我一下？"),
    ],
)
def test_a_request_for_particulars_is_no_question(name: str, reply: str) -> None:
    assert _questions(name, reply) == 0


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("english-upsell", "What name is the booking under, and what brings you here?"),
        ("broadband-retention", "When does the connection slow down?"),
        ("objection-handling", "您平时一般几点下班？"),
    ],
)
def test_a_question_about_her_still_counts(name: str, reply: str) -> None:
    assert _questions(name, reply) >= 1


async def test_the_report_gives_no_question_score_for_particulars(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Surname?",
        "Room 208, second floor.",
        "Could I see a card for the deposit, please?",
        "结束",
    )
    asking = [c for c in values["report"]["criteria"] if c["measures"] == "questions"]
    assert asking and asking[0]["score"] == 0
