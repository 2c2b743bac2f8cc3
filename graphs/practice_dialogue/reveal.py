"""The persona's reveal rule: whether the learner has earned her hidden goal (the scenario's
`persona.reveal`: a least mood, points made, empathy or a question shown), as of the last turn.
A turn that pressured, lied or wandered off earns nothing, whatever came before."""

from __future__ import annotations

from typing import Any

from graphs.scenarios import Scenario


def goal_earned(
    scenario: Scenario,
    mood: int,
    covered: dict[str, list[int]],
    evaluations: list[dict[str, Any]],
) -> bool:
    """Whether the learner has met the scenario's reveal rule, as of their last turn."""
    if not evaluations:
        return False
    last = evaluations[-1]
    if last.get("pushy") or last.get("forbidden") or last.get("off_topic"):
        return False
    rule = scenario.persona.reveal
    if mood < rule.min_mood:
        return False
    tags = scenario.point_tags()
    for tag in rule.after_points:
        stage_id, index = tags[tag]
        if index not in covered.get(stage_id, []):
            return False
    shown = {
        "empathy": any(e.get("empathy") for e in evaluations),
        "question": any(e.get("questions") for e in evaluations),
    }
    return all(shown[need] for need in rule.needs)
