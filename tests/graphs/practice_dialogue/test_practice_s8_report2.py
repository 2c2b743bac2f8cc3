"""Session 8, second pass on the practice report: what landing the first pass's patch broke or left
out, through the real evaluator (`OfflineEvaluator`) and flow, in wording of its own.

- A free word that ends its clause ("..., no charge") gives what the sentence named before it: a
  thing the scenario lets the learner give free (its free points' keywords too) is that point, not
  an offer beyond her limits; a thing it does not is still one.
- A false figure voids only its own clause and those on the same fact: the remedy said beside it is
  credited, the wrong time is its own rule break.
- Passing the buck onto the doctor gets the customer's answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn

BEYOND = "An offer beyond what you may offer"


def _evaluate(scenario_id: str, stage: str, reply: str) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, turn=3
    )


@pytest.mark.parametrize(
    ("reply", "point"),
    [
        (
            "We'll get someone out to test your line on Thursday morning, free of charge.",
            "engineer",
        ),
        ("Sign up today and you can still cancel within 30 days at no cost.", "no-fee"),
    ],
)
def test_a_trailing_free_word_gives_the_allowed_thing_named_before_it(
    reply: str, point: str
) -> None:
    evaluation = _evaluate("broadband-retention", "presentation", reply)
    assert point in {p["tag"] for p in evaluation["covered"]}
    assert evaluation["forbidden"] == []


def test_a_free_thing_the_scenario_does_not_allow_is_beyond_the_offer() -> None:
    evaluation = _evaluate(
        "broadband-retention", "presentation", "On top of that I'll add a free mesh router for you."
    )
    assert evaluation["forbidden"] == [BEYOND]


def test_a_false_time_voids_its_clause_not_the_remedy_beside_it() -> None:
    evaluation = _evaluate(
        "complaint-handling", "presentation", "那120元我们退给您，不过要等半个月左右才能到账。"
    )
    assert "refund" in {p["tag"] for p in evaluation["covered"]}
    assert [c[:8] for c in evaluation["forbidden"]] == ["谎报退款到账时间"]


def test_a_false_term_voids_the_clauses_on_the_same_fact() -> None:
    evaluation = _evaluate(
        "objection-handling", "presentation", "卡随时都能冻结，一年冻结一百天都可以。"
    )
    assert evaluation["forbidden"]
    assert "freeze" not in {p["tag"] for p in evaluation["covered"]}


async def test_passing_the_buck_to_the_doctor_gets_her_answer(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "complaint-handling", "抛光是医生做的，您问医生去吧。"
    )
    assert evaluation["forbidden"] == ["推卸责任给医生或其他患者"]
    # her answer fits blame on the doctor and on the patient before her alike
    claim = next(
        c
        for stage in ContentLibrary.load().get(Scenario, "complaint-handling").stages
        for c in stage.forbidden_claims
        if c.claim == "推卸责任给医生或其他患者"
    )
    assert claim.line and line.endswith(claim.line)
