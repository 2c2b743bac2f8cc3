"""How the conversation moves after a learner turn: the persona's mood, then the stage.

Mood: every behaviour rule whose signal the turn showed moves the mood by its `mood`; the result is
clamped to -5..5. The rule with the strongest effect that has a line (a negative one on a tie) gives
the persona's reaction for its next line. A customer who starts below zero (a complaint, an
objection) rises no higher than neutral until a turn has shown empathy (nodes.update_mood): points
and questions alone do not win her over.

Stage: a stage is complete when the share of its points covered reaches its `required_coverage`
(points count whenever they are made, so a later stage may be complete before the conversation
gets there: it then lasts one turn, in which the customer still raises its concern). A complete
stage moves on to the next; so does one the learner has spent `max_turns` in (the customer will not
wait forever), though it stays incomplete for the report. When the goal stage is
complete and the mood is at least `goal_mood`, the session does not close on the learner's
question: nodes.advance marks it `agreed`, the customer answers the decision, the learner has one
more turn to wrap up, and then it ends with `goal`. A line of hers that `agrees` marks it `agreed`
too, in whatever stage; a wrap-up that asks her something gets her answer first, and a learner who
stops (a quit word, the end button) after her yes ends it with `goal`. It ends with `max_turns` at the turn limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphs.practice_dialogue.state import EndReason
from graphs.scenarios import MOOD_MAX, MOOD_MIN, Scenario, Stage


def react(scenario: Scenario, mood: int, signals: list[str]) -> tuple[int, str | None]:
    """The new mood and the persona's reaction line (or None)."""
    fired = [rule for rule in scenario.behaviour if rule.when in signals]
    new_mood = max(MOOD_MIN, min(MOOD_MAX, mood + sum(rule.mood for rule in fired)))
    with_lines = [rule for rule in fired if rule.line]
    if not with_lines:
        return new_mood, None
    strongest = max(with_lines, key=lambda rule: (abs(rule.mood), -rule.mood))
    return new_mood, strongest.line


def stage_complete(stage: Stage, covered: dict[str, list[int]]) -> bool:
    """True when enough of the stage's points are covered (a stage with no points: always)."""
    if not stage.points:
        return True
    return len(set(covered.get(stage.id, []))) / len(stage.points) >= stage.required_coverage


@dataclass(frozen=True, kw_only=True)
class Move:
    """Where the conversation goes after a turn."""

    stage: str
    stage_turns: int
    ended: EndReason | None


def next_move(
    scenario: Scenario, state: dict[str, Any], covered: dict[str, list[int]], mood: int
) -> Move:
    """The stage for the next turn, or the reason the session ends."""
    stage = scenario.stage(state["stage"])
    stage_turns = state.get("stage_turns", 0) + 1
    complete = stage_complete(stage, covered)
    if stage.id == scenario.end.goal_stage and complete and mood >= scenario.end.goal_mood:
        return Move(stage=stage.id, stage_turns=stage_turns, ended="goal")
    if state["turn"] >= scenario.end.max_turns:
        return Move(stage=stage.id, stage_turns=stage_turns, ended="max_turns")
    index = scenario.stage_index(stage.id)
    last = index == len(scenario.stages) - 1
    if not last and (complete or stage_turns >= stage.max_turns):
        return Move(stage=scenario.stages[index + 1].id, stage_turns=0, ended=None)
    return Move(stage=stage.id, stage_turns=stage_turns, ended=None)
