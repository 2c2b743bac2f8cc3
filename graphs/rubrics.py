"""Practice content: a rubric, how a practice session is scored.

Its criteria name the evaluation signal they score (`measures`, read by
graphs/practice_dialogue/report.py); their weights add up to 1. A criterion's `stage` names a
stage of the scenario (graphs/scenarios.py), checked when the practice flow loads the pair.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graphs.authored import Authored
from graphs.scenarios import StageName


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
