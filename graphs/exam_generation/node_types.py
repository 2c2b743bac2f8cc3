"""The exam_generation nodes as node types a definition names, with the state fields each reads
and writes, and the `question_tasks` fan-out (one generation branch per question type)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from pydantic import Field

from graphs.definitions.models import NodeParams
from graphs.definitions.node_types import FanOut, NodeType, fixed
from graphs.exam_generation import nodes
from graphs.exam_generation.generation_tasks import generation_tasks
from graphs.exam_generation.state import ExamGenerationInput, ExamGenerationState, GenerationTask
from graphs.model_errors import MODEL_RETRY

INPUT_FIELDS = tuple(ExamGenerationInput.model_fields)


class ValidateQuestionsParams(NodeParams):
    """Params of `validate_questions`."""

    max_rounds: int = Field(default=nodes.MAX_REGENERATIONS, ge=0, le=5)
    """How many more times slots whose questions failed validation are written again; the edge
    leaving the node reads it as `params.max_rounds`."""


def question_tasks(state: Mapping[str, Any]) -> list[Any]:
    """One task per question type with pending slots."""
    return list(generation_tasks(cast(ExamGenerationState, state)))


NODE_TYPES = (
    NodeType(
        name="prepare_material",
        description="Resolve the blueprint and the material (asks for it if none was given).",
        make=fixed(nodes.prepare_material),
        reads=INPUT_FIELDS,
        writes=(*INPUT_FIELDS, "text", "spec", "exam_language", "title_hint"),
    ),
    NodeType(
        name="extract_knowledge_points",
        description="Analyse the material and choose or match the knowledge points.",
        make=fixed(nodes.extract_knowledge_points),
        reads=("text", "spec"),
        writes=("analysis", "points", "point_problems"),
    ),
    NodeType(
        name="plan_slots",
        description="One slot per question asked for: type x difficulty x knowledge point.",
        make=fixed(nodes.plan_slots),
        reads=("spec", "points"),
        writes=("plan", "slots", "pending", "round", "accepted", "rejections"),
    ),
    NodeType(
        name="generate_questions",
        description="Write one question type's slots (model, else the offline engine).",
        make=fixed(nodes.generate_questions),
        writes=("candidates", "unfilled"),
        task=GenerationTask,
        retry=MODEL_RETRY,
    ),
    NodeType(
        name="validate_questions",
        description="Check this round's questions; keep what passes, mark the rest pending.",
        make=fixed(nodes.validate_questions),
        params=ValidateQuestionsParams,
        reads=("slots", "plan", "candidates", "text", "pending"),
        writes=("accepted", "pending", "rejections", "round"),
    ),
    NodeType(
        name="assemble_exam",
        description="Number, score and key the accepted questions; report the shortfall.",
        make=fixed(nodes.assemble_exam),
        reads=("spec", "plan", "slots", "accepted", "exam_language", "text"),
        writes=("exam",),
    ),
)

FAN_OUTS = (
    FanOut(
        name="question_tasks",
        description="One generate_questions task per question type with pending slots.",
        tasks=question_tasks,
        reads=("pending", "slots", "plan", "text", "points", "exam_language"),
        task=GenerationTask,
    ),
)
