"""The deal read back: a statement that says the agreed offer over again, with its figures,
confirms it, though it says no "to confirm" ("Perfect: the harbour-view junior suite, two nights
at USD 45 extra a night, with the wine and breakfast for two.", 「好的，120 元原路退回，再加一张
100 元抵用券，都给您办好。」).

It is the goal stage's confirming point (point_gates.RECAP_POINT) when, after her decision was
asked in an earlier turn and she said yes to it (a learner who repeats the offer to a customer
still weighing it is selling, not confirming), a statement of the turn (no question) holds a figure and the turn names
again at least two things already on the table and nothing new: a learner still selling, or
offering more, is not reading back. Read by evaluation.finish before its gates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.feedback import she_agreed
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.point_gates import RECAP_POINT, on_table
from graphs.practice_dialogue.signals import sentences
from graphs.scenarios import Scenario

READ_BACK_MIN_POINTS = 2
"""Things on the table a read-back names again, at least."""
FIGURE = re.compile(r"\d|[一二两三四五六七八九十百]+\s*(?:元|块|天|晚|个工作日)")


def read_back(
    scenario: Scenario,
    covered_before: dict[str, list[int]],
    covered: list[dict[str, Any]],
    reply: str,
    her_lines: Sequence[str],
) -> list[dict[str, Any]]:
    """The goal stage's confirming point, as a covered point, when the turn reads the deal back
    (module docstring); else nothing."""
    goal = scenario.stage(scenario.end.goal_stage)
    asked = [i for i, p in enumerate(goal.points) if p.by_asking]
    recaps = [
        i
        for i, p in enumerate(goal.points)
        if not p.by_asking
        and RECAP_POINT.search(p.text)
        and i not in covered_before.get(goal.id, [])
    ]
    done_before = covered_before.get(goal.id, [])
    if not recaps or not asked or not any(i in done_before for i in asked):
        return []
    if not she_agreed(scenario, her_lines):
        return []
    if any(c["stage"] == goal.id and c["index"] in recaps for c in covered):
        return []  # said already in its own words
    tabled = [c for c in covered if on_table(scenario, c["stage"], c["index"])]
    again = [c for c in tabled if c["index"] in covered_before.get(c["stage"], [])]
    if len(again) < READ_BACK_MIN_POINTS or len(again) < len(tabled):
        return []
    if not any(FIGURE.search(s) and question_starts(s) is None for s in sentences(reply)):
        return []
    index = recaps[0]
    return [
        {
            "stage": goal.id,
            "index": index,
            "tag": scenario.point_tag(goal.id, index),
            "text": goal.points[index].text,
        }
    ]
