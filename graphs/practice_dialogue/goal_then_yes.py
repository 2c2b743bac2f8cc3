"""Her goal told, then her yes: asked for her decision in the turn that earns her goal ("So
shall I book the engineer and the 31 pound price?"), she says what she wanted and that she takes
it, not her goal alone (replies.py).
"""

from __future__ import annotations

from collections.abc import Callable

from graphs.practice_dialogue.script_lines import LineChoice, lines_for
from graphs.scenarios import PersonaLine, Scenario


def with_yes(
    scenario: Scenario,
    revealed: LineChoice,
    decision: str,
    said: list[str],
    usable: Callable[[PersonaLine], bool],
) -> LineChoice:
    """Her goal told, then her yes to the decision asked, when she has one to give."""
    yes = [
        (k, line)
        for k, line in lines_for(scenario, decision)
        if line.agrees and k not in said and usable(line)
    ]
    if not yes:
        return revealed
    key, line = yes[0]
    space = "" if scenario.language == "zh" else " "
    return LineChoice(
        text=f"{revealed.text}{space}{line.text}",
        key=key,
        answers=decision,
        reveals_goal=True,
        agrees=True,
        more_keys=(revealed.key,) if revealed.key else (),
    )
