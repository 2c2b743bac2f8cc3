"""Her answer to a fact of her visit told to her ("Here is your key, room 412.", "Checkout is at
11.", "The lift is just round the corner.", 「这是您的收费单」) when the turn asks her nothing and
answers nothing of hers: she takes note of it ("Right, thanks.") rather than answer a question
nobody put (the session-19 trainer's "Here is your key" -> "We're just here for a quiet weekend,
really.") or say a line of hers again.

An answer to a question is an untagged statement of a stage whose points are all made by asking
(discovery: "We're just here for a quiet weekend, really."); a line of hers again is one she has
said (its key in `lines_said`) or her opening remark. Any other line (her question, a reaction)
still stands. Only a customer at ease takes note so: one who came with a grievance (her initial
mood below 0) presses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.matter_moves import DIRECTIONS
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.visit_facts import tells_visit_fact
from graphs.scenarios import Scenario

NOTED: dict[str, str] = {"zh": "嗯，知道了。", "en": "Right, thanks."}
"""Her note of a fact told: short, in the scenario's language."""


def answers_asking(scenario: Scenario, key: str | None) -> bool:
    """The line (`stage:index`) is an untagged statement of a stage whose points are all made
    by asking: an answer to a question, said only to one."""
    stage_id, _, index = (key or "").partition(":")
    stage = next((s for s in scenario.stages if s.id == stage_id), None)
    if stage is None or not index.isdigit() or int(index) >= len(stage.persona_lines):
        return False
    line = stage.persona_lines[int(index)]
    return (
        bool(stage.points)
        and all(p.by_asking for p in stage.points)
        and not line.answers
        and not line.text.rstrip().endswith(("?", "？"))
    )


def tells_her(reply: str, scenario: Scenario) -> bool:
    """The turn tells her a fact of her visit or the way to a thing of it."""
    language = scenario.language
    if any(tells_visit_fact(s, language) for s in sentences(reply)):
        return True
    return DIRECTIONS[language].search(reply.lower()) is not None  # matter_moves.py


def noted_fact(
    scenario: Scenario,
    choice: LineChoice,
    said: Sequence[str],
    evaluation: dict[str, Any] | None,
    reply: str,
) -> LineChoice:
    """`choice`, or her note of the fact the turn told (module docstring)."""
    if evaluation is None or choice.answers or choice.corrects or choice.agrees:
        return choice
    if scenario.persona.initial_mood < 0:
        # come with a grievance, she presses it ("I just want this sorted, honestly." to "Your
        # contract ended in March."): her script's line is her answer in kind
        return choice
    if evaluation.get("questions") or evaluation.get("off_topic"):
        return choice
    if evaluation.get("forbidden") or evaluation.get("pushy"):
        return choice
    again = choice.key in said or (choice.key is None and choice.text == scenario.opening_line)
    if not (again or answers_asking(scenario, choice.key)) or not tells_her(reply, scenario):
        return choice
    return LineChoice(text=NOTED[scenario.language])
