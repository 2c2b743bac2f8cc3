"""Her first hearing of an offer is not her yes.

Put a bare offer with its price ("Do you want the suite instead? USD 55 more per night."), a
customer asks what she gets, or says what she makes of it, before she decides: a yes in the very
turn the first offer is made runs ahead of the learner (session 16 end trainer P9, pattern 5:
"Okay, you've convinced me. Let's do it." ended the session at its goal, and the learner's
description of the suite was never heard). Once something was offered in an earlier turn, a
decision asked for (with a new offer beside it or not) may get her yes as before (her_line.py).
"""

from __future__ import annotations

from typing import Any

from graphs.scenarios import Scenario

_BEFORE_AN_OFFER = ("opening", "discovery")
"""Stages whose points offer nothing: the welcome and the questions about her."""


def offered_before(
    scenario: Scenario, covered: dict[str, list[int]], last: dict[str, Any] | None
) -> bool:
    """Something was offered (a point of a stage after discovery) before the learner's last
    turn: `covered` holds the session's points, `last` the last turn's evaluation (its
    `new_tags` are the points first made in it)."""
    new = set(last.get("new_tags", [])) if last else set()
    for stage in scenario.stages:
        if stage.id in _BEFORE_AN_OFFER:
            continue
        for index in covered.get(stage.id, []):
            if scenario.point_tag(stage.id, index) not in new:
                return True
    return False
