"""State of the exam_generation graph, and the input model the runtime validates a run against."""

from __future__ import annotations

import operator
from typing import Annotated, Any, NotRequired, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from graphs.exams import BlueprintDifficulty, Language


class ExamGenerationInput(BaseModel):
    """What a run of exam_generation accepts (flat count names are the router's parameters)."""

    model_config = ConfigDict(extra="forbid")

    material: str | None = Field(default=None, description="course material (text or markdown)")
    course: str | None = Field(default=None, description="id of a course in the content library")
    blueprint: dict[str, Any] | None = Field(default=None, description="Blueprint fields")
    blueprint_id: str | None = Field(default=None, description="id of a blueprint file")
    single_choice: int | None = Field(default=None, ge=0, le=100)
    multiple_choice: int | None = Field(default=None, ge=0, le=100)
    true_false: int | None = Field(default=None, ge=0, le=100)
    fill_blank: int | None = Field(default=None, ge=0, le=100)
    short_answer: int | None = Field(default=None, ge=0, le=100)
    difficulty: BlueprintDifficulty | None = None
    knowledge_points: list[str] | None = None
    language: Language | None = None


def merge_notes(left: dict[str, str], right: dict[str, str]) -> dict[str, str]:
    """Reducer: why a writer left a slot unfilled, latest reason per slot wins."""
    return {**left, **right}


class ExamGenerationState(TypedDict):
    """Graph state: the input fields, then what the nodes derive. Plain JSON only."""

    # input (see ExamGenerationInput)
    material: NotRequired[str | None]
    course: NotRequired[str | None]
    blueprint: NotRequired[dict[str, Any] | None]
    blueprint_id: NotRequired[str | None]
    single_choice: NotRequired[int | None]
    multiple_choice: NotRequired[int | None]
    true_false: NotRequired[int | None]
    fill_blank: NotRequired[int | None]
    short_answer: NotRequired[int | None]
    difficulty: NotRequired[str | None]
    knowledge_points: NotRequired[list[str] | None]
    language: NotRequired[str | None]
    # derived
    text: NotRequired[str]  # the material the exam is generated from
    spec: NotRequired[dict[str, Any]]  # the resolved Blueprint, model_dump(mode="json")
    exam_language: NotRequired[str]  # language of the questions' wording
    title_hint: NotRequired[str | None]  # the course title, for the exam's title
    analysis: NotRequired[dict[str, Any]]  # graphs.text.Document.to_json()
    points: NotRequired[
        list[dict[str, Any]]
    ]  # knowledge points: {"name", "sentences", "chosen_by"}
    point_problems: NotRequired[list[str]]  # requested knowledge points the material lacks
    slots: NotRequired[
        list[dict[str, Any]]
    ]  # every planned slot: id, type, difficulty, knowledge_point
    pending: NotRequired[list[str]]  # ids of slots still without an accepted question
    plan: NotRequired[int]  # counts the exams planned on this thread; tags this run's candidates
    round: NotRequired[int]  # generation round, 0 first, at most 2 more
    candidates: Annotated[
        list[dict[str, Any]], operator.add
    ]  # {"plan", "round", "slot", "question"}
    unfilled: Annotated[
        dict[str, str], merge_notes
    ]  # "<plan>:<slot id>" -> why the writer left it empty
    accepted: NotRequired[list[dict[str, Any]]]  # {"slot", "question"} that passed validation
    rejections: NotRequired[dict[str, list[str]]]  # slot id -> validation problems seen
    exam: NotRequired[dict[str, Any]]  # the result: Exam.model_dump(mode="json")


class GenerationTask(TypedDict):
    """What one parallel generation branch receives through `Send`: one type's slots."""

    question_type: str  # the type this branch writes
    slots: list[dict[str, Any]]  # the slots to fill
    plan: int  # which exam plan of the thread
    round: int  # which generation round
    text: str  # the material
    points: list[dict[str, Any]]  # knowledge points
    exam_language: str  # wording language
    avoid: list[str]  # stems and quotes already used, to steer away from duplicates
    share: list[int]  # [this branch, branches]: which share of the facts to try first
    branches: list[list[Any]]  # [type, pending slots] of every branch: who drafts which facts
    claims: list[list[str]]  # [type, point] of every pending multi-fact slot
    rejected: list[str]  # this plan's rejected questions (signatures): never written again
    keys: list[str]  # "point|key" of accepted choice and fill-in items: not asked again there
