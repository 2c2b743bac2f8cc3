"""The exam_grading graph: check_input -> grade_objective -> judge_answer (fan-out) -> write_report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.graph import END, START, StateGraph

from graphs.context import FlowContext
from graphs.exam_grading import nodes
from graphs.exam_grading.state import GradingInput, GradingState, JudgeTask
from graphs.flows import FlowSpec


def build() -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled grading graph."""
    graph = StateGraph(GradingState, context_schema=FlowContext)
    graph.add_node("check_input", nodes.check_input)
    graph.add_node("grade_objective", nodes.grade_objective)
    graph.add_node("judge_answer", nodes.judge_answer, input_schema=JudgeTask)
    graph.add_node("write_report", nodes.write_report)
    graph.add_edge(START, "check_input")
    graph.add_edge("check_input", "grade_objective")
    graph.add_conditional_edges(
        "grade_objective", nodes.fan_out_judging, ["judge_answer", "write_report"]
    )
    graph.add_edge("judge_answer", "write_report")
    graph.add_edge("write_report", END)
    return graph


FLOW = FlowSpec(
    name="exam_grading",
    description=(
        "Grade a learner's answers to an exam: choices and true/false by key (multiple choice: any "
        "wrong option 0, a correct subset half), fill-ins and short answers by a judge; report the "
        "score, what to review and which questions to retest."
    ),
    build=build,
    input_model=GradingInput,
    content_kinds=(),
    source_dir=Path(__file__).parent,
    output_keys=("report",),
)
