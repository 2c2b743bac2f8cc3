"""The practice_dialogue graph.

load_scenario -> persona_turn -> ask_learner (interrupt) --quit--> write_report
                      ^               |
                      |         evaluate_turn -> update_mood -> advance --end--> write_report
                      +-------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.graph import END, START, StateGraph

from graphs.context import FlowContext
from graphs.flows import FlowSpec
from graphs.practice_dialogue import nodes
from graphs.practice_dialogue.state import PracticeInput, PracticeState


def build() -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled practice graph."""
    graph = StateGraph(PracticeState, context_schema=FlowContext)
    graph.add_node("load_scenario", nodes.load_scenario)
    graph.add_node("persona_turn", nodes.persona_turn)
    graph.add_node("ask_learner", nodes.ask_learner)
    graph.add_node("evaluate_turn", nodes.evaluate_turn)
    graph.add_node("update_mood", nodes.update_mood)
    graph.add_node("advance", nodes.advance)
    graph.add_node("write_report", nodes.write_report)
    graph.add_edge(START, "load_scenario")
    graph.add_edge("load_scenario", "persona_turn")
    graph.add_edge("persona_turn", "ask_learner")
    graph.add_conditional_edges("ask_learner", nodes.after_reply, ["evaluate_turn", "write_report"])
    graph.add_edge("evaluate_turn", "update_mood")
    graph.add_edge("update_mood", "advance")
    graph.add_conditional_edges("advance", nodes.after_advance, ["persona_turn", "write_report"])
    graph.add_edge("write_report", END)
    return graph


FLOW = FlowSpec(
    name="practice_dialogue",
    description=(
        "Role-play practice: the AI plays a customer from a scenario, each learner turn is "
        "evaluated (coverage, forbidden claims, empathy, questions), the customer's mood follows, "
        "and the session ends in a rubric-scored report."
    ),
    build=build,
    input_model=PracticeInput,
    content_kinds=("scenario", "rubric"),
    source_dir=Path(__file__).parent,
    output_keys=(
        "scenario",
        "stage",
        "turn",
        "mood",
        "transcript",
        "turn_evaluations",
        "ended",
        "report",
    ),
)
