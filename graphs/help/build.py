"""The help graph and its FlowSpec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.graph import END, START, StateGraph

from graphs.context import FlowContext
from graphs.flows import FlowSpec
from graphs.help.nodes import answer
from graphs.help.state import HelpInput, HelpState


def build() -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled graph: one node that answers."""
    graph = StateGraph(HelpState, context_schema=FlowContext)
    graph.add_node("answer", answer)
    graph.add_edge(START, "answer")
    graph.add_edge("answer", END)
    return graph


FLOW = FlowSpec(
    name="help",
    description="Explain what the system can do and list the courses and practice scenarios",
    build=build,
    input_model=HelpInput,
    content_kinds=("course", "scenario"),
    source_dir=Path(__file__).parent,
    output_keys=("answer",),
)
