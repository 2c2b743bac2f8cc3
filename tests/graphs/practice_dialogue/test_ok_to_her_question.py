"""A bare "ok" to her question brushes her off (issue 12, session 15): the report counts it against
tone. Through the real flow, in learner lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import her_lines, played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_ok_to_her_question_is_curt(offline_context: FlowContext) -> None:
    """Asked for her decision she answers with a question of her own; "right." to it brushes her
    off: the report counts it against tone, not "Honest and calm throughout"."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Can I have the account holder's name?",
        "Why are you leaving us?",
        "We can get someone out to look at the line.",
        "I can do 36 for the 500 plan.",
        "Do you want to stay with us then?",
        "right.",
        "quit",
    )
    assert her_lines(values)[-2].rstrip().endswith("?"), her_lines(values)[-2]
    compliance = _criterion(values, "compliance")
    assert compliance["score"] < 100 and "turn 6" in compliance["explanation"], compliance
