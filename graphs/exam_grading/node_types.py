"""The exam_grading nodes as node types a definition names, and the `judge_tasks` fan-out (one
judging branch per answered fill-in or short answer)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from graphs.definitions.node_types import FanOut, NodeType, fixed
from graphs.exam_grading import nodes
from graphs.exam_grading.state import GradingState, JudgeTask


def judge_tasks(state: Mapping[str, Any]) -> list[Any]:
    """One task per answered question that needs a judge."""
    return list(nodes.judging_tasks(cast(GradingState, state)))


NODE_TYPES = (
    NodeType(
        name="check_input",
        description="Validate the exam and normalise every answer.",
        make=fixed(nodes.check_input),
        reads=("exam", "answers"),
        writes=("responses", "results", "report"),
    ),
    NodeType(
        name="grade_objective",
        description="Grade choices and true/false by key, and every unanswered question.",
        make=fixed(nodes.grade_objective),
        reads=("exam", "responses"),
        writes=("results",),
    ),
    NodeType(
        name="judge_answer",
        description="Judge one fill-in or short answer (model, else the offline judge).",
        make=fixed(nodes.judge_answer),
        writes=("results",),
        task=JudgeTask,
    ),
    NodeType(
        name="write_grading_report",
        description="Totals, knowledge points to review and questions to retest.",
        make=fixed(nodes.write_report),
        reads=("exam", "results"),
        writes=("report",),
    ),
)

FAN_OUTS = (
    FanOut(
        name="judge_tasks",
        description="One judge_answer task per answered fill-in or short answer.",
        tasks=judge_tasks,
        reads=("exam", "responses"),
        task=JudgeTask,
    ),
)
