"""The graph registry: every runnable flow by name, with a version that changes when it does.

Built-in flows come from `graphs.flows.builtin_flows()`; their version hashes their source files and
the authored content they read. Developers add their own graphs by import path, as `langgraph.json`
does: `KPL_GRAPHS="name=package.module:attr"`, where `attr` is an uncompiled `StateGraph` or a
function returning one; their version hashes the module's source file.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from langgraph.graph import StateGraph
from pydantic import BaseModel

from graphs.flows import FlowSpec
from graphs.library import ContentLibrary
from runtime.errors import ConfigError, GraphNotFound

GraphSource = Literal["builtin", "import"]


@dataclass(frozen=True, kw_only=True)
class RegisteredGraph:
    """A graph the executor can compile and run."""

    name: str
    version: str
    description: str
    source: GraphSource
    build: Callable[[], StateGraph[Any, Any, Any, Any]]
    input_model: type[BaseModel] | None = None
    output_keys: tuple[str, ...] = ()
    """State keys a finished run reports as its output; empty means every key."""
    uses_flow_context: bool = True
    """Built-in flows run with a `FlowContext`; developers' graphs get none."""
    import_path: str | None = None


def _digest(parts: Iterable[bytes]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(hashlib.sha256(part).digest())
    return sha.hexdigest()[:12]


def flow_version(spec: FlowSpec, library: ContentLibrary) -> str:
    """A short hash of the flow's `.py` files and the content kinds it reads."""
    files = sorted(spec.source_dir.rglob("*.py")) if spec.source_dir else []
    return _digest([*(f.read_bytes() for f in files), library.digest(spec.content_kinds).encode()])


def load_import_path(name: str, target: str) -> RegisteredGraph:
    """Import `package.module:attr` and register the `StateGraph` it names."""
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigError(
            f"KPL_GRAPHS {name}={target}: cannot import {module_name!r}: {exc}"
        ) from exc
    try:
        value = getattr(module, attr)
    except AttributeError:
        raise ConfigError(
            f"KPL_GRAPHS {name}={target}: {module_name} has no attribute {attr!r}"
        ) from None

    def build() -> StateGraph[Any, Any, Any, Any]:
        graph = value() if callable(value) and not isinstance(value, StateGraph) else value
        if not isinstance(graph, StateGraph):
            raise ConfigError(
                f"KPL_GRAPHS {name}={target}: expected an uncompiled StateGraph (or a function "
                f"returning one), got {type(graph).__name__}; pass the builder, not `.compile()`"
            )
        return graph

    build()  # fail at registration, not at the first run
    source_file = inspect.getsourcefile(module)
    source = Path(source_file).read_bytes() if source_file else target.encode()
    doc = inspect.getdoc(value) if callable(value) and not isinstance(value, StateGraph) else None
    return RegisteredGraph(
        name=name,
        version=_digest([source, target.encode()]),
        description=(doc or inspect.getdoc(module) or f"{target}").splitlines()[0],
        source="import",
        build=build,
        uses_flow_context=False,
        import_path=target,
    )


class GraphRegistry:
    """Flows by name. `replace` swaps one atomically; the executor notices the new version."""

    def __init__(self) -> None:
        self._graphs: dict[str, RegisteredGraph] = {}

    @classmethod
    def with_flows(
        cls, flows: Iterable[FlowSpec], library: ContentLibrary, imports: Mapping[str, str] = {}
    ) -> GraphRegistry:
        """A registry holding the given flows and the developers' import-path graphs."""
        registry = cls()
        for spec in flows:
            registry.add(
                RegisteredGraph(
                    name=spec.name,
                    version=flow_version(spec, library),
                    description=spec.description,
                    source="builtin",
                    build=spec.build,
                    input_model=spec.input_model,
                    output_keys=spec.output_keys,
                )
            )
        for name, target in imports.items():
            registry.add(load_import_path(name, target))
        return registry

    def add(self, graph: RegisteredGraph) -> None:
        """Register a graph under a new name."""
        if graph.name in self._graphs:
            raise ConfigError(f"graph {graph.name!r} is registered twice; pick another name")
        self._graphs[graph.name] = graph

    def replace(self, graph: RegisteredGraph) -> None:
        """Swap in a new version of a graph (or add it)."""
        self._graphs[graph.name] = graph

    def get(self, name: str) -> RegisteredGraph:
        """The graph registered under `name`."""
        try:
            return self._graphs[name]
        except KeyError:
            known = ", ".join(sorted(self._graphs)) or "none"
            raise GraphNotFound(f"no graph named {name!r}; known graphs: {known}") from None

    def names(self) -> list[str]:
        """Registered names, in registration order."""
        return list(self._graphs)

    def __iter__(self) -> Any:
        return iter(self._graphs.values())
