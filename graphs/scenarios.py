"""Practice content: a scenario (persona, stages, behaviour rules, end conditions) and its rubric.

A scenario walks through the five stages in order (开场 opening → 需求挖掘 discovery → 产品介绍
presentation → 异议处理 objections → 成交 closing); each stage lists the points the learner should
cover (with the keywords that show it), the claims they must never make, and the persona's script.
The rubric's criteria name the evaluation signal they score (`measures`); weights add up to 1.

Checks that need both files (a criterion's `stage` exists in the scenario) run when the practice flow
loads the pair; everything else is checked here, with errors naming the field path.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from graphs.authored import Authored
from graphs.exams import Language

StageName = Literal["opening", "discovery", "presentation", "objections", "closing"]
"""开场 opening → 需求挖掘 discovery → 产品介绍 presentation → 异议处理 objections → 成交 closing."""
STAGE_ORDER: tuple[StageName, ...] = (
    "opening",
    "discovery",
    "presentation",
    "objections",
    "closing",
)

MOOD_MIN = -5
MOOD_MAX = 5
"""The persona's mood runs from -5 (about to walk out) to 5 (ready to buy)."""

Signal = Literal["empathy", "question", "keyword", "forbidden_claim", "pushy", "off_topic"]
"""What an evaluated learner turn can show; behaviour rules react to these."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(_Strict):
    """Who the AI plays."""

    role: str
    profile: str
    temperament: str
    hidden_goal: str
    """What the persona really wants; never said outright."""
    initial_mood: int = Field(default=-1, ge=MOOD_MIN, le=MOOD_MAX)
    """Where the mood starts: a customer with an objection or a complaint starts below zero."""


class LearnerBrief(_Strict):
    """Who the learner plays and what they must achieve."""

    role: str
    objectives: list[str] = Field(min_length=1)


class Point(_Strict):
    """Something the learner should say in a stage, and the words that show they said it."""

    text: str = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    """Any of these (fuzzy-matched) in a learner turn covers the point; empty: match `text` itself."""


class ForbiddenClaim(_Strict):
    """A claim the learner must never make, and the phrasings that give it away."""

    claim: str = Field(min_length=1)
    patterns: list[str] = Field(default_factory=list)
    """Phrases that make the claim (fuzzy-matched); the claim text itself is always checked too."""


class Stage(_Strict):
    """One stage of the conversation, with what the learner should and must not say."""

    id: StageName
    title: str
    points: list[Point] = Field(default_factory=list)
    """Things the learner should cover in this stage; a plain string is a point with no keywords."""
    keywords: list[str] = Field(default_factory=list)
    """Words that show the learner is on this stage's topic (fire the `keyword` behaviour rule)."""
    forbidden_claims: list[ForbiddenClaim] = Field(default_factory=list)
    """Claims the learner must never make (a promise the company cannot keep)."""
    persona_lines: list[str] = Field(min_length=1)
    """The persona's script for this stage, used in order by the offline engine."""
    required_coverage: float = Field(default=0.5, gt=0, le=1)
    """Share of `points` that completes the stage and moves the conversation on."""
    max_turns: int = Field(default=3, ge=1, le=20)
    """Learner turns after which the persona moves on even if the stage is not complete."""

    @field_validator("points", mode="before", json_schema_input_type=list[Point | str])
    @classmethod
    def _plain_points(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"text": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator(
        "forbidden_claims", mode="before", json_schema_input_type=list[ForbiddenClaim | str]
    )
    @classmethod
    def _plain_claims(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"claim": v} if isinstance(v, str) else v for v in value]
        return value


class BehaviourRule(_Strict):
    """How the persona reacts: when the learner's turn shows `when`, the mood moves by `mood`."""

    when: Signal
    mood: int = Field(ge=-3, le=3)
    line: str | None = None
    """An optional line the persona says when the rule fires (before its scripted line)."""


class EndConditions(_Strict):
    """When the session ends."""

    max_turns: int = Field(default=12, ge=1, le=100)
    goal_stage: StageName = "closing"
    """Reaching and covering this stage ends the session as a success."""
    goal_mood: int = Field(default=0, ge=MOOD_MIN, le=MOOD_MAX)
    """The persona agrees only in this mood or better: covering the points is not enough."""
    quit_words: list[str] = Field(
        default_factory=lambda: ["结束", "退出", "不练了", "quit", "exit", "end", "stop"]
    )


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

    @field_validator("stages")
    @classmethod
    def _stages_in_order(cls, stages: list[Stage]) -> list[Stage]:
        ids = [s.id for s in stages]
        if len(ids) != len(set(ids)):
            raise ValueError(f"each stage id may appear once, got {ids}: remove the repeated stage")
        if ids != sorted(ids, key=STAGE_ORDER.index):
            raise ValueError(
                f"stages must follow the order {list(STAGE_ORDER)}, got {ids}: reorder them"
            )
        return stages

    @field_validator("end")
    @classmethod
    def _goal_is_a_stage(cls, end: EndConditions, info: ValidationInfo) -> EndConditions:
        stages = info.data.get("stages")
        if stages is not None and end.goal_stage not in [s.id for s in stages]:
            raise ValueError(
                f"goal_stage {end.goal_stage!r} is not one of this scenario's stages "
                f"{[s.id for s in stages]}; add the stage or change goal_stage"
            )
        return end

    def stage(self, stage_id: str) -> Stage:
        """The stage with that id (the flow only asks for ids it took from this scenario)."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def stage_index(self, stage_id: str) -> int:
        """The position of a stage in this scenario."""
        ids: list[str] = [s.id for s in self.stages]
        return ids.index(stage_id)


class Level(_Strict):
    """A described level of a criterion."""

    score: int = Field(ge=0, le=100)
    description: str


Measure = Literal["stage_coverage", "empathy", "questions", "compliance", "closing"]
"""The evaluation signal a criterion scores; see graphs/practice_dialogue/report.py."""


class Criterion(_Strict):
    """One rubric criterion: what it measures, its weight, its levels."""

    id: str
    name: str
    weight: float = Field(gt=0, le=1)
    measures: Measure
    """Which evaluation signal scores this criterion."""
    stage: StageName | None = None
    """For `stage_coverage`: the stage whose points count (none: every stage)."""
    levels: list[Level] = Field(min_length=2)

    @field_validator("levels")
    @classmethod
    def _levels_distinct(cls, levels: list[Level]) -> list[Level]:
        scores = [level.score for level in levels]
        if len(scores) != len(set(scores)):
            raise ValueError(f"each level needs its own score, got {scores}: make them differ")
        return sorted(levels, key=lambda level: level.score)

    @model_validator(mode="after")
    def _stage_only_for_coverage(self) -> Criterion:
        if self.stage is not None and self.measures != "stage_coverage":
            raise ValueError(
                f"stage is only used with measures: stage_coverage, not {self.measures}: "
                "remove the stage or measure stage_coverage"
            )
        return self


class Rubric(Authored):
    """How a practice session is scored."""

    kind: Literal["rubric"] = "rubric"
    title: str
    criteria: list[Criterion] = Field(min_length=1)
    pass_mark: int = Field(default=60, ge=0, le=100)

    @field_validator("criteria")
    @classmethod
    def _weights_sum_to_one(cls, criteria: list[Criterion]) -> list[Criterion]:
        total = sum(c.weight for c in criteria)
        if abs(total - 1.0) > 1e-6:
            weights = ", ".join(f"{c.id}={c.weight:g}" for c in criteria)
            raise ValueError(
                f"weights must add up to 1.0, got {total:g} ({weights}): change the weights "
                "so that they add up to 1.0"
            )
        ids = [c.id for c in criteria]
        if len(ids) != len(set(ids)):
            raise ValueError(
                f"each criterion id may appear once, got {ids}: rename the repeated one"
            )
        return criteria
