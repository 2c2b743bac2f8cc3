"""State and input of the practice_dialogue flow (plain JSON only: it is checkpointed per turn)."""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field

EndReason = Literal["goal", "quit", "max_turns"]
"""Why a session ended: goal stage covered, the learner quit, or the turn limit."""


class PracticeInput(BaseModel):
    """What starts a practice session."""

    model_config = ConfigDict(extra="forbid")

    scenario: str = Field(description="id of the practice scenario, e.g. objection-handling")
    coaching: bool | None = Field(
        default=None, description="give a hint after each turn; default: the server's setting"
    )


class PracticeState(TypedDict, total=False):
    """One practice session."""

    scenario: str  # scenario id (input)
    coaching: bool | None  # hints after each turn (input; resolved at load)
    rubric: str  # rubric id, from the scenario
    stage: str  # current stage id
    stage_turns: int  # learner turns spent in the current stage
    lines_said: list[str]  # scripted persona lines said so far, as stage:index
    deflections: int  # questions the persona has deflected so far
    goal_revealed: bool  # the persona has let its hidden goal show
    turn: int  # number of the current turn (persona line + learner reply), from 1
    mood: int  # persona mood, -5..5
    reaction: str | None  # what the persona says first next turn (a behaviour rule's line)
    transcript: list[dict[str, Any]]  # {role: persona|learner, text, turn, stage, answers?}
    # the role-play as chat messages ({type: ai|human, content, id, name}; messages.py), each
    # node's new ones appended
    messages: Annotated[list[dict[str, Any]], operator.add]
    turn_evaluations: list[dict[str, Any]]  # one per evaluated learner turn (see evaluation.py)
    covered: dict[str, list[int]]  # stage id -> indexes of its points covered so far
    agreed: bool  # the goal was reached: she answers, the learner wraps up, then it ends
    ended: EndReason | None  # set when the session is over
    report: dict[str, Any]  # the final report (see report.py)
