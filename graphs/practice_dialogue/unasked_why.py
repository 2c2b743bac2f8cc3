"""Her decision asked but not credited, and why: so the report does not say "Not done: Ask for
the decision" of a turn that plainly asked it ("So shall I lock that in for you?") beside a
questions line that says the turn "only asked for a decision".

Two gates drop the closing's ask (point_gates.py): asked before anything within the brief was
offered (`too_soon`: what she would say yes to was a breach, or nothing), and wrung out of her
as an ultimatum (`pressed`). The evaluation records each as `{stage, index, tag, why}`; the
report's coverage (report_coverage.py) writes the reason beside the point not done, with the turn.
"""

from __future__ import annotations

from typing import Any, Literal

from graphs.exams import Language
from graphs.practice_dialogue.point_gates import decision_too_soon, pressed_decision
from graphs.scenarios import Scenario

Why = Literal["too_soon", "pressed"]

REASONS: dict[Language, dict[Why, str]] = {
    "zh": {
        "too_soon": "第{turns}轮问了，但还没有提出权限内的方案，不算",
        "pressed": "第{turns}轮是逼客户表态，不算询问",
    },
    "en": {
        "too_soon": "asked in {turns}, before anything within the brief was offered: not counted",
        "pressed": "asked in {turns} as an ultimatum: not counted",
    },
}
"""The reason beside the point not done, with its turns."""


def unasked_decision(
    scenario: Scenario,
    covered: list[dict[str, Any]],
    covered_before: dict[str, list[int]],
    reply: str,
) -> list[dict[str, Any]]:
    """The goal stage's asks heard in the turn that a decision gate drops, each with its why."""
    found = []
    for c in covered:
        if decision_too_soon(scenario, c, covered_before, covered, reply):
            found.append({**c, "why": "too_soon"})
        elif pressed_decision(scenario, c, reply):
            found.append({**c, "why": "pressed"})
    return found


def reason(language: Language, why: Why, turns: list[int]) -> str:
    """The reason, in the scenario's language, with its turns ("6、7" in 第…轮, "turn 6")."""
    listed = ("、" if language == "zh" else ", ").join(str(t) for t in turns)
    if language == "en":
        listed = f"turn {listed}" if len(turns) == 1 else f"turns {listed}"
    return REASONS[language][why].format(turns=listed)
