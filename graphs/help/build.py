"""The help FlowSpec; its graph (one node that answers) is the shipped definition help.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langgraph.graph import StateGraph

from graphs.definitions.compile import build_graph
from graphs.definitions.loader import SHIPPED_DEFINITIONS, load_definition_file
from graphs.flows import FlowSpec
from graphs.help.state import HelpInput

DEFINITION = SHIPPED_DEFINITIONS / "help.yaml"


def build() -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled graph, compiled from the definition."""
    return build_graph(load_definition_file(DEFINITION))


FLOW = FlowSpec(
    name="help",
    description="Explain what the system can do and list the courses and practice scenarios",
    build=build,
    input_model=HelpInput,
    content_kinds=("course", "scenario"),
    source_dir=Path(__file__).parent,
    output_keys=("answer",),
    definition=DEFINITION,
)
