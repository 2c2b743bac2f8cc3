"""The graph registry: every runnable flow by name, with a version that changes when it does.

Built-in flows come from `graphs.flows.builtin_flows()`; their version hashes their source files and
the authored content they read. Developers add their own graphs by import path, as `langgraph.json`
does: `KPL_GRAPHS="name=package.module:attr"`, where `attr` is an uncompiled `StateGraph` or a
function returning one; their version hashes the module's source file. Authored graph definitions
(`kind: graph` YAML, graphs/definitions/) register with source `definition`; a built-in flow whose
definition an author edits becomes one too, keeping the flow's input model and output keys.

A name has one current version, which new runs use, and may keep older definition-backed
versions, by definition digest, for threads that paused in them (`version`). `swap` installs new
current versions all at once; the versions it displaces are kept.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from langgraph.graph import StateGraph
from pydantic import BaseModel

from graphs.definitions.compile import build_graph, input_model
from graphs.definitions.loader import GraphDefinitionFile
from graphs.flows import FlowSpec
from graphs.library import KINDS as CONTENT_KINDS
from graphs.library import ContentLibrary
from runtime.errors import ConfigError, GraphNotFound

GraphSource = Literal["builtin", "import", "definition"]


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
    summarised_keys: tuple[str, ...] = ()
    """State keys events show summarised (graphs/flows.py `FlowSpec.summarised_keys`)."""
    uses_flow_context: bool = True
    """Built-in flows run with a `FlowContext`; developers' graphs get none."""
    import_path: str | None = None
    definition: GraphDefinitionFile | None = None
    """The authored definition it is compiled from; its digest pins paused threads to it."""

    @property
    def definition_digest(self) -> str | None:
        """The digest of the definition text, or None for a graph written in Python."""
        return self.definition.digest if self.definition is not None else None


def _digest(parts: Iterable[bytes]) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(hashlib.sha256(part).digest())
    return sha.hexdigest()[:12]


def flow_version(spec: FlowSpec, library: ContentLibrary) -> str:
    """A short hash of the flow's `.py` files, its definition and the content kinds it reads."""
    files = sorted(spec.source_dir.rglob("*.py")) if spec.source_dir else []
    if spec.definition is not None:
        files.append(spec.definition)
    return _digest([*(f.read_bytes() for f in files), library.digest(spec.content_kinds).encode()])


def builtin_graph(spec: FlowSpec, library: ContentLibrary) -> RegisteredGraph:
    """A built-in flow written in Python, versioned by its files and the content it reads."""
    return RegisteredGraph(
        name=spec.name,
        version=flow_version(spec, library),
        description=spec.description,
        source="builtin",
        build=spec.build,
        input_model=spec.input_model,
        output_keys=spec.output_keys,
        summarised_keys=spec.summarised_keys,
    )


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
    """Flows by name: the current version of each, and older versions paused threads still use.

    `swap` installs new current versions in one assignment, so a reader sees all of a reload or
    none of it; a displaced definition-backed version stays available through `version`.
    """

    def __init__(self) -> None:
        self._graphs: dict[str, RegisteredGraph] = {}
        self._kept: dict[tuple[str, str], RegisteredGraph] = {}
        """(name, definition digest) → a version that is no longer current."""
        self.flows: dict[str, FlowSpec] = {}
        """The built-in flows by name: a definition with a flow's name takes its input model."""

    @classmethod
    def with_flows(
        cls, flows: Iterable[FlowSpec], library: ContentLibrary, imports: Mapping[str, str] = {}
    ) -> GraphRegistry:
        """A registry holding the given flows and the developers' import-path graphs."""
        registry = cls()
        for spec in flows:
            registry.flows[spec.name] = spec
            registry.add(builtin_graph(spec, library))
        for name, target in imports.items():
            registry.add(load_import_path(name, target))
        return registry

    def from_definition(
        self, definition: GraphDefinitionFile, library: ContentLibrary
    ) -> RegisteredGraph:
        """A graph compiled from an authored definition (not registered: see `swap`).

        A definition named like a built-in flow takes that flow's input model and output keys;
        another takes its own (`input: true` state fields, `output`). `subgraph` nodes build the
        current version of the graph they name.
        """
        flow = self.flows.get(definition.id)
        base = flow_version(flow, library) if flow else library.digest(CONTENT_KINDS)
        description = definition.model.description or (
            flow.description if flow else f"authored graph {definition.id}"
        )

        def resolve(name: str) -> StateGraph[Any, Any, Any, Any]:
            return self.get(name).build()

        return RegisteredGraph(
            name=definition.id,
            version=_digest([definition.text.encode(), base.encode()]),
            description=description.strip().splitlines()[0] if description.strip() else "",
            source="definition",
            build=lambda: build_graph(definition, resolve_graph=resolve),
            input_model=flow.input_model if flow else input_model(definition),
            output_keys=flow.output_keys if flow else tuple(definition.model.output),
            summarised_keys=flow.summarised_keys if flow else (),
            definition=definition,
        )

    def add(self, graph: RegisteredGraph) -> None:
        """Register a graph under a new name."""
        if graph.name in self._graphs:
            raise ConfigError(f"graph {graph.name!r} is registered twice; pick another name")
        self._graphs[graph.name] = graph

    def replace(self, graph: RegisteredGraph) -> None:
        """Swap in a new version of a graph (or add it)."""
        self.swap([graph])

    def swap(self, graphs: Iterable[RegisteredGraph], *, remove: Iterable[str] = ()) -> None:
        """Make `graphs` current and drop the names in `remove`, all in one assignment.

        Definition-backed versions they displace are kept for threads paused in them.
        """
        current = dict(self._graphs)
        for name in remove:
            displaced = current.pop(name, None)
            if displaced is not None:
                self.keep(displaced)
        for graph in graphs:
            displaced = current.get(graph.name)
            if displaced is not None and displaced.definition_digest != graph.definition_digest:
                self.keep(displaced)
            current[graph.name] = graph
        self._graphs = current

    def keep(self, graph: RegisteredGraph) -> None:
        """Hold a definition-backed version that is not current, for threads that use it."""
        if graph.definition_digest is not None:
            self._kept[(graph.name, graph.definition_digest)] = graph

    def get(self, name: str) -> RegisteredGraph:
        """The current version of the graph registered under `name`."""
        try:
            return self._graphs[name]
        except KeyError:
            known = ", ".join(sorted(self._graphs)) or "none"
            raise GraphNotFound(f"no graph named {name!r}; known graphs: {known}") from None

    def version(self, name: str, digest: str) -> RegisteredGraph | None:
        """The version of `name` compiled from the definition with `digest`, current or kept."""
        current = self._graphs.get(name)
        if current is not None and current.definition_digest == digest:
            return current
        return self._kept.get((name, digest))

    def names(self) -> list[str]:
        """Registered names, in registration order."""
        return list(self._graphs)

    def __iter__(self) -> Iterator[RegisteredGraph]:
        return iter(list(self._graphs.values()))
