"""Held-out learner turns with the points a trainer credits (practice_points_cases.yaml), each run
through the evaluator the practice graph uses (`OfflineEvaluator`, nodes.py) with the scenario
loaded from the shipped content.

Batch 1 was written before the evaluator's point hearing was changed (point_hearing.py), batch 2
after it, each committed before its first run.

A case agrees with the trainer when every point of its `credit` is heard and none of its `not`.
Cases the evaluator still gets wrong carry `known_gap` (why) and are expected to fail, strictly:
a gap that closes shows up as an unexpected pass.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario

CASES_FILE = Path(__file__).with_name("practice_points_cases.yaml")


def _cases() -> list[Any]:
    cases = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]
    params = []
    for number, case in enumerate(cases, 1):
        marks = []
        if gap := case.get("known_gap"):
            marks.append(pytest.mark.xfail(reason=gap, strict=True))
        batch = case.get("batch", 1)
        ident = f"b{batch}-{number}-{case['scenario']}"
        params.append(pytest.param(case, id=ident, marks=marks))
    return params


@cache
def _scenario(scenario_id: str) -> Scenario:
    """A shipped scenario, loaded once for all the cases (a library load reads every file)."""
    return ContentLibrary.load().get(Scenario, scenario_id)


def heard_points(case: dict[str, Any]) -> set[str]:
    """The tags of the points the evaluator credits for the case's turn."""
    scenario = _scenario(case["scenario"])
    tags = scenario.point_tags()
    before: dict[str, list[int]] = {}
    for tag in case.get("before", []):
        stage_id, index = tags[tag]
        before.setdefault(stage_id, []).append(index)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(case["stage"]), case["reply"], before, turn=3
    )
    return {point["tag"] for point in evaluation["covered"]}


def test_the_cases_name_real_points() -> None:
    for param in _cases():
        case = param.values[0]
        scenario = _scenario(case["scenario"])
        named = {*case.get("credit", []), *case.get("not", []), *case.get("before", [])}
        assert named <= set(scenario.point_tags()), case
        assert case.get("credit") or case.get("not"), case


@pytest.mark.parametrize("case", _cases())
def test_a_trainer_would_credit_the_same_points(case: dict[str, Any]) -> None:
    heard = heard_points(case)
    missed = set(case.get("credit", [])) - heard
    over = set(case.get("not", [])) & heard
    assert not missed and not over, f"missed {sorted(missed)}, over-credited {sorted(over)}"
