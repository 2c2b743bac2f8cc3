"""The registry of node types and fan-outs: Python code a definition names, never embeds.

A `NodeType` is what a node's `type:` names: its params model, the state fields it reads and writes
(for the load-time checks), and `make`, which turns a node's params into the callable LangGraph runs.
A `FanOut` is what a branch's `fan_out:` names: it turns the state into tasks, and the branch's target
runs once per task, in parallel (`Send`).

The generic types (`llm_prompt`, `interrupt`, `route`, `subgraph`) and the built-in flows' nodes
(each flow's `node_types.py`) are registered the first time the registry is read; code of your own is
added with `register_node_type` / `register_fan_out` before definitions that use it are loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from langgraph.types import RetryPolicy

from graphs.definitions.models import GraphDefinition, NodeParams, NoParams

if TYPE_CHECKING:
    from langgraph.graph import StateGraph

BUILTIN_MODULES = (
    "graphs.definitions.llm_prompt",
    "graphs.definitions.control_nodes",
    "graphs.exam_generation.node_types",
    "graphs.exam_grading.node_types",
    "graphs.practice_dialogue.node_types",
    "graphs.help.node_types",
)
"""Modules whose `NODE_TYPES` and `FAN_OUTS` tuples are registered on first use."""

GraphResolver = Callable[[str], "StateGraph[Any, Any, Any, Any]"]
"""Builds another graph (a definition or a flow) by name, for `subgraph` nodes."""


@dataclass(frozen=True, kw_only=True)
class NodeBuild:
    """What `NodeType.make` gets: the node's name and checked params, and its graph."""

    name: str
    params: NodeParams
    definition: GraphDefinition
    resolve_graph: GraphResolver | None = None


@dataclass(frozen=True, kw_only=True)
class NodeType:
    """A kind of node a definition can use."""

    name: str
    description: str
    make: Callable[[NodeBuild], Callable[..., Any]]
    """Returns the node's callable (LangGraph passes `state` and, if asked for, `runtime`)."""
    params: type[NodeParams] = NoParams
    reads: tuple[str, ...] = ()
    """State fields the node needs some node (or the run's input) to have written."""
    writes: tuple[str, ...] = ()
    """State fields the node writes (besides those its params name)."""
    task: type | None = None
    """A TypedDict: the node runs on a task a fan-out sends, not on the graph state."""
    retry: RetryPolicy | None = None
    """LangGraph's retry policy for the node (model-calling nodes: transient errors only)."""
    routes: bool = False
    """The node chooses the next node itself (its params' `targets`), as a `route` does."""


T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class FanOut:
    """Turns the state into tasks; a branch runs its target once per task."""

    name: str
    description: str
    tasks: Callable[[Mapping[str, Any]], list[Any]]
    reads: tuple[str, ...] = ()
    """State fields the tasks are made from."""
    task: type
    """The TypedDict of one task; the target node's type must take the same."""


def fixed(function: Callable[..., Any]) -> Callable[[NodeBuild], Callable[..., Any]]:
    """`make` for a node type without params: always the same Python function."""

    def make(build: NodeBuild) -> Callable[..., Any]:
        return function

    return make


class _Registry(Mapping[str, T], Generic[T]):
    """Name → entry, with the built-in modules registered on first read."""

    def __init__(self, attribute: str) -> None:
        self._attribute = attribute
        self._entries: dict[str, T] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for module_name in BUILTIN_MODULES:
            module = importlib.import_module(module_name)
            for entry in getattr(module, self._attribute, ()):
                self._entries.setdefault(entry.name, entry)

    def add(self, entry: T, *, replace: bool = False) -> None:
        self._load()
        name = str(getattr(entry, "name"))  # noqa: B009 - T is NodeType or FanOut
        if name in self._entries and not replace:
            raise ValueError(
                f"{self._attribute[:-1].lower().replace('_', ' ')} {name!r} is already registered; "
                "pick another name or pass replace=True"
            )
        self._entries[name] = entry

    def __getitem__(self, name: str) -> T:
        self._load()
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        self._load()
        return iter(sorted(self._entries))

    def __len__(self) -> int:
        self._load()
        return len(self._entries)


NODE_TYPES: _Registry[NodeType] = _Registry("NODE_TYPES")
"""Every node type by name."""
FAN_OUTS: _Registry[FanOut] = _Registry("FAN_OUTS")
"""Every fan-out by name."""


def register_node_type(node_type: NodeType, *, replace: bool = False) -> None:
    """Make `node_type` available to definitions under its name."""
    NODE_TYPES.add(node_type, replace=replace)


def register_fan_out(fan_out: FanOut, *, replace: bool = False) -> None:
    """Make `fan_out` available to definitions' branches under its name."""
    FAN_OUTS.add(fan_out, replace=replace)
