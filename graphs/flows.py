"""The contract between a flow folder and the runtime, and the list of built-in flows.

Each flow's `build.py` exports `FLOW = FlowSpec(...)`. A built-in flow's graph is an authored
definition (graphs/content/graphs/<name>.yaml, see graphs/definitions) over node types its
`node_types.py` registers. The runtime's registry versions a flow by its source files, its definition
and the content kinds it reads, compiles `FLOW.build()` once per version, and runs it with a
`FlowContext` as LangGraph's run context.

State rule: graph state holds plain JSON data only (dict, list, str, int, float, bool, None), never
pydantic objects, so checkpoints load under strict deserialization and survive a code change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.graph import StateGraph
from pydantic import BaseModel

BUILTIN_FLOW_MODULES = (
    "graphs.exam_generation.build",
    "graphs.exam_grading.build",
    "graphs.practice_dialogue.build",
    "graphs.help.build",
)
"""The one list of built-in flows (as module names: a flow's build imports the definitions engine,
which imports this module). Everything else derives from it: `BUILTIN_FLOW_NAMES`, the registry
(`builtin_flows`), the router's known graphs, the CLI's choices, the definitions' checks."""
BUILTIN_FLOW_NAMES: tuple[str, ...] = tuple(m.split(".")[1] for m in BUILTIN_FLOW_MODULES)
"""The built-in flows' names (a flow's folder is its name)."""


@dataclass(frozen=True, kw_only=True)
class FlowSpec:
    """A flow the runtime can register: how to build it and what it reads."""

    name: str
    description: str
    build: Callable[[], StateGraph[Any, Any, Any, Any]]
    """Returns the uncompiled graph; called once per version."""
    input_model: type[BaseModel] | None = None
    """Validates a run's input; its JSON Schema is the flow's `input_schema`."""
    content_kinds: tuple[str, ...] = ()
    """Authored content kinds the flow reads; their digest is part of the flow's version."""
    source_dir: Path | None = None
    """The flow's folder; its `.py` files are part of the flow's version."""
    output_keys: tuple[str, ...] = ()
    """State keys a finished run reports as its output (`completed.output`); empty: all of them."""
    summarised_keys: tuple[str, ...] = ()
    """State keys too large or too internal to send whole in events (an analysis of the
    material): a `node_output` shows their shape (counts), the checkpoint keeps them whole."""
    definition: Path | None = None
    """The authored graph definition `build` compiles (graphs/content/graphs/<name>.yaml); its
    text is part of the flow's version."""


def builtin_flows() -> list[FlowSpec]:
    """The flows shipped with the project, in display order."""
    flows = []
    for module_name in BUILTIN_FLOW_MODULES:
        module = importlib.import_module(module_name)
        flows.append(module.FLOW)
    return flows
