"""Her price doubt left open is no yes (issue 12, upsell-average: after "Fifty-five a night on top
is a bit more than I planned to spend." a bare "Do you want it?" got "Okay, you've convinced
me."): nothing convinced her.

Her last line balks at a price (it speaks of money and asks nothing: 「还是三千九百八，一下子拿出来我
还是觉得多。」) and the learner's turn only asks for her decision: every point it made is of the goal
stage, and it says nothing of price or value. She says no yes to it; her other answers stand. A
turn that answers the doubt (what she gets for it, a lower rate, a split of the sum) beside the
question may still win her.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.price_raised import speaks_of_price
from graphs.scenarios import Scenario

DEAR: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"贵|觉得多|有点多|太多|负担|预算|超出"),
    "en": re.compile(
        r"\bmore than (?:i|we)\b|\btoo much\b|\bexpensive\b|\bpricey\b|\bafford\b|\bbudget\b"
        r"|\ba lot\b|\bsteep\b",
        re.IGNORECASE,
    ),
}
"""Words of a price found too high (not a sum merely named: "Thirty-one is nearer")."""


def balks_at_price(scenario: Scenario, line: str | None) -> bool:
    """Whether her line finds a price too high and asks nothing: a doubt, not a question."""
    if not line or line.rstrip().endswith(("?", "？")):
        return False
    return speaks_of_price(scenario, line) and bool(DEAR[scenario.language].search(line))


def doubt_left_open(
    scenario: Scenario, previous: str | None, evaluation: dict[str, Any] | None, reply: str
) -> bool:
    """Whether the learner's turn (`reply`, its `evaluation`) asks for her decision with her price
    doubt (her `previous` line) unanswered."""
    if evaluation is None or not balks_at_price(scenario, previous):
        return False
    goal = scenario.end.goal_stage
    if any(c["stage"] != goal for c in evaluation.get("covered", [])):
        return False  # a point of value, of the price or of a lower rate answers her
    return not speaks_of_price(scenario, reply)
