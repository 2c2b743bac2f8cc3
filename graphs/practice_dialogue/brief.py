"""The learner's brief: what they must know before the customer's first line.

It holds the scenario's background, the learner's role and objectives and what they may offer,
never the customer's hidden goal or profile. The flow sends it as the `brief` event of the first
run (../shared/PROTOCOL.md); `kpl practice` prints it as its banner and the playground shows it.
"""

from __future__ import annotations

from typing import Any

from graphs.scenarios import Scenario


def scenario_brief(scenario: Scenario) -> dict[str, Any]:
    """The brief's fields as the `brief` event carries them (besides `run_id`)."""
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "background": scenario.background,
        "role": scenario.learner.role,
        "objectives": list(scenario.learner.objectives),
        "may_offer": list(scenario.learner.may_offer),
    }
