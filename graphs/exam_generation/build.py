"""The exam_generation graph and its FlowSpec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.graph import END, START, StateGraph

from graphs.context import FlowContext
from graphs.exam_generation.nodes import (
    after_validation,
    assemble_exam,
    dispatch_generation,
    extract_knowledge_points,
    generate_questions,
    plan_slots,
    prepare_material,
    validate_questions,
)
from graphs.exam_generation.retry import GENERATION_RETRY
from graphs.exam_generation.state import (
    ExamGenerationInput,
    ExamGenerationState,
    GenerationTask,
)
from graphs.flows import FlowSpec


def build() -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled graph (see nodes.py for the order and the rules)."""
    graph = StateGraph(ExamGenerationState, context_schema=FlowContext)
    graph.add_node("prepare_material", prepare_material)
    graph.add_node("extract_knowledge_points", extract_knowledge_points)
    graph.add_node("plan_slots", plan_slots)
    # Branches receive a GenerationTask through Send, not the graph state.
    graph.add_node(
        "generate_questions",
        generate_questions,
        input_schema=GenerationTask,
        retry_policy=GENERATION_RETRY,
    )
    graph.add_node("validate_questions", validate_questions)
    graph.add_node("assemble_exam", assemble_exam)
    graph.add_edge(START, "prepare_material")
    graph.add_edge("prepare_material", "extract_knowledge_points")
    graph.add_edge("extract_knowledge_points", "plan_slots")
    graph.add_conditional_edges("plan_slots", dispatch_generation, ["generate_questions"])
    graph.add_edge("generate_questions", "validate_questions")
    graph.add_conditional_edges(
        "validate_questions", after_validation, ["generate_questions", "assemble_exam"]
    )
    graph.add_edge("assemble_exam", END)
    return graph


FLOW = FlowSpec(
    name="exam_generation",
    description="Generate a validated exam (单选/多选/判断/填空/简答) from course material and a blueprint",
    build=build,
    input_model=ExamGenerationInput,
    content_kinds=("course", "blueprint"),
    source_dir=Path(__file__).parent,
    output_keys=("exam",),
)
