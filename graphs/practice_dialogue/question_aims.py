"""What a learner's questions aim at, for the questions criterion (report.py).

The criterion is about asking the customer: her needs, her situation, what holds her back. The
points made by asking are what the learner must find out (`asking_tags`: her needs and her
decision; `needs_tags`: those before the goal stage, her goal or her reason). A turn whose every
question only asks her to say yes ("Do you want it?", "Shall I put you in it?", 您看可以吗？: a
proposal, question_forms.PROPOSAL, or her decision in short, the decision-ask cue family) asks
nothing of her: it is the closing's move and is scored there. A question of hers in the proposal's form
("Would you like a quiet room or one with a view?") is still a question about her needs when the
evaluator heard it so (a needs tag asked).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.cue_families import FAMILIES
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.question_forms import ABOUT_THE_TALK, PROPOSAL
from graphs.practice_dialogue.signals import sentences
from graphs.scenarios import Scenario

DECISION_ASK = next(f for f in FAMILIES if f.name == "decision-ask")


def asking_tags(scenario: Scenario) -> set[str]:
    """Tags of the points made by asking: what the learner must find out (her needs, her
    decision)."""
    return {
        scenario.point_tag(stage.id, index)
        for stage in scenario.stages
        for index, point in enumerate(stage.points)
        if point.by_asking
    }


def needs_tags(scenario: Scenario) -> set[str]:
    """Tags of the points made by asking before the goal stage: what the learner must find out
    (her goal, her reason), not her decision."""
    goal = scenario.stage_index(scenario.end.goal_stage)
    return {
        tag
        for tag in asking_tags(scenario)
        if scenario.stage_index(_stage_of(scenario, tag)) < goal
    }


def _stage_of(scenario: Scenario, tag: str) -> str:
    stage_id, _ = scenario.point_tags()[tag]
    return stage_id


def _asks_for_yes(question: str, language: Language) -> bool:
    if ABOUT_THE_TALK[language].search(question):
        return False  # "Have you got a minute?" asks for her time
    return bool(
        PROPOSAL[language].search(question) or DECISION_ASK.heard[language].search(question)
    )


def asks_only_for_yes(line: str, language: Language) -> bool:
    """Every question of the line asks her for a yes (and it has one)."""
    questions = [
        s for s in sentences(line) if s.endswith(("?", "？")) or question_starts(s) is not None
    ]
    return bool(questions) and all(_asks_for_yes(q, language) for q in questions)


def yes_only_turns(
    evaluations: Sequence[Mapping[str, Any]],
    lines: Mapping[int, str],
    needs: set[str],
    language: Language,
) -> list[int]:
    """The turns with questions that only asked for her yes and asked none of her needs."""
    return [
        e["turn"]
        for e in evaluations
        if e["questions"]
        and not set(e.get("asked", [])) & needs
        and asks_only_for_yes(lines.get(e["turn"], ""), language)
    ]
