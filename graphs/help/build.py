"""The help FlowSpec; its graph (one node that answers) is the shipped definition help.yaml."""

from __future__ import annotations

from pathlib import Path

from graphs.definitions.compile import definition_builder
from graphs.definitions.loader import SHIPPED_DEFINITIONS
from graphs.flows import FlowSpec
from graphs.help.state import HelpInput

DEFINITION = SHIPPED_DEFINITIONS / "help.yaml"

build = definition_builder(DEFINITION)


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
