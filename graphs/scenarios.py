"""Practice content: a scenario (persona, stages, behaviour rules, end conditions) and its rubric."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graphs.authored import Authored
from graphs.exams import Language

StageName = Literal["opening", "discovery", "presentation", "objections", "closing"]
"""开场 opening → 需求挖掘 discovery → 产品介绍 presentation → 异议处理 objections → 成交 closing."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(_Strict):
    """Who the AI plays."""

    role: str
    profile: str
    temperament: str
    hidden_goal: str
    """What the persona really wants; never said outright."""


class LearnerBrief(_Strict):
    """Who the learner plays and what they must achieve."""

    role: str
    objectives: list[str] = Field(min_length=1)


class Stage(_Strict):
    """One stage of the conversation, with what the learner should and must not say."""

    id: StageName
    title: str
    points: list[str] = Field(default_factory=list)
    """Things the learner should cover in this stage."""
    keywords: list[str] = Field(default_factory=list)
    """Words that show a point was covered."""
    forbidden_claims: list[str] = Field(default_factory=list)
    """Claims the learner must never make (a promise the company cannot keep)."""
    persona_lines: list[str] = Field(min_length=1)
    """The persona's script for this stage, used in order by the offline engine."""


class BehaviourRule(_Strict):
    """How the persona reacts: when the learner's turn shows `when`, the mood moves by `mood`."""

    when: Literal["empathy", "question", "keyword", "forbidden_claim", "pushy", "off_topic"]
    mood: int = Field(ge=-3, le=3)
    line: str | None = None
    """An optional line the persona says when the rule fires."""


class EndConditions(_Strict):
    """When the session ends."""

    max_turns: int = Field(default=12, ge=1, le=100)
    goal_stage: StageName = "closing"
    """Reaching and covering this stage ends the session as a success."""
    quit_words: list[str] = Field(default_factory=lambda: ["结束", "退出", "quit", "exit", "end"])


class Scenario(Authored):
    """A practice scenario written by a content author."""

    kind: Literal["scenario"] = "scenario"
    title: str
    language: Language
    aliases: list[str] = Field(default_factory=list)
    background: str
    persona: Persona
    learner: LearnerBrief
    opening_line: str
    stages: list[Stage] = Field(min_length=1)
    behaviour: list[BehaviourRule] = Field(default_factory=list)
    end: EndConditions = Field(default_factory=EndConditions)
    rubric: str
    """Id of the rubric file that scores this scenario."""

    @model_validator(mode="after")
    def _unique_stages(self) -> Scenario:
        seen = [s.id for s in self.stages]
        if len(seen) != len(set(seen)):
            raise ValueError(f"stages: each stage id may appear once, got {seen}")
        return self


class Level(_Strict):
    """A described level of a criterion."""

    score: int = Field(ge=0, le=100)
    description: str


class Criterion(_Strict):
    """One rubric criterion: what it measures, its weight, its levels."""

    id: str
    name: str
    weight: float = Field(gt=0)
    measures: Literal["stage_coverage", "empathy", "questions", "compliance", "closing"]
    """Which evaluation signal scores this criterion."""
    stage: StageName | None = None
    """For `stage_coverage`: the stage whose points count."""
    levels: list[Level] = Field(min_length=2)


class Rubric(Authored):
    """How a practice session is scored."""

    kind: Literal["rubric"] = "rubric"
    title: str
    criteria: list[Criterion] = Field(min_length=1)
    pass_mark: int = Field(default=60, ge=0, le=100)

    @model_validator(mode="after")
    def _weights_sum_to_one(self) -> Rubric:
        total = sum(c.weight for c in self.criteria)
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"criteria weights must add up to 1.0, got {total:g}")
        return self
