"""A valid definition as LangGraph's `StateGraph` (uncompiled; the runtime compiles it).

The state schema is a TypedDict built from `state:`; each node is its type's `make(params)`, added
with the type's task schema (fan-out targets) and retry policy; `edges` are plain edges,
`conditional_edges` one routing function per source that tries the branches in order (a fan-out
branch sends one task per item, and is skipped when there is none), and `route` nodes go on by
`Command(goto=...)`. The definition was checked by the loader, so nothing here reports issues.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from langgraph.graph import END as LANGGRAPH_END
from langgraph.graph import START, StateGraph
from langgraph.types import Send
from pydantic import BaseModel, ConfigDict, Field, create_model

from graphs.context import FlowContext
from graphs.definitions.control_nodes import BUILDING
from graphs.definitions.expressions import parse_expression
from graphs.definitions.loader import GraphDefinitionFile, load_definition_file
from graphs.definitions.models import END, ConditionalEdge, NodeParams
from graphs.definitions.node_types import FAN_OUTS, NODE_TYPES, GraphResolver, NodeBuild
from graphs.definitions.state import PYTHON_TYPES, state_schema


def _target(name: str) -> str:
    return LANGGRAPH_END if name == END else name


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


def builtin_resolver(name: str) -> StateGraph[Any, Any, Any, Any]:
    """Resolve a `subgraph` name among the built-in flows (the registry passes its own resolver)."""
    from graphs.flows import builtin_flows  # the flows build from definitions: import late

    for flow in builtin_flows():
        if flow.name == name:
            return flow.build()
    raise KeyError(f"no built-in flow named {name!r}")


def _router(edge: ConditionalEdge, params: NodeParams) -> Callable[[dict[str, Any]], Any]:
    """The routing function of one conditional edge."""
    branches = [
        (
            parse_expression(b.when) if b.when is not None else None,
            FAN_OUTS[b.fan_out] if b.fan_out is not None else None,
            b.target,
        )
        for b in edge.branches
    ]
    own_params = params.model_dump(mode="json")
    default = _target(edge.default) if edge.default is not None else LANGGRAPH_END

    def route(state: dict[str, Any]) -> list[Send] | str:
        scope = {**state, "params": own_params}
        for condition, fan_out, target in branches:
            if condition is not None and not condition.evaluate(scope):
                continue
            if fan_out is None:
                return _target(target)
            tasks = fan_out.tasks(state)
            if tasks:
                return [Send(target, task) for task in tasks]
        return default

    route.__name__ = f"after_{edge.source}"
    return route


def build_graph(
    definition: GraphDefinitionFile, *, resolve_graph: GraphResolver | None = None
) -> StateGraph[Any, Any, Any, Any]:
    """The uncompiled graph of a valid definition; `resolve_graph` builds `subgraph` targets."""
    model = definition.model
    schema = state_schema(f"{_camel(model.id)}State", model.state)
    graph: StateGraph[Any, Any, Any, Any] = StateGraph(schema, context_schema=FlowContext)
    params: dict[str, NodeParams] = {}
    token = BUILDING.set((*BUILDING.get(), model.id))
    try:
        for name, spec in model.nodes.items():
            node_type = NODE_TYPES[spec.type]
            params[name] = node_type.params.model_validate(spec.params)
            build = NodeBuild(
                name=name,
                params=params[name],
                definition=model,
                resolve_graph=resolve_graph or builtin_resolver,
            )
            # Explicit, so LangGraph does not read a schema off the Python function's annotation.
            options: dict[str, Any] = {"input_schema": node_type.task or schema}
            if node_type.retry is not None:
                options["retry_policy"] = node_type.retry
            if node_type.routes:
                options["destinations"] = tuple(
                    dict.fromkeys(_target(t) for _, t in params[name].targets())
                )
            graph.add_node(name, node_type.make(build), **options)
    finally:
        BUILDING.reset(token)
    graph.add_edge(START, model.entry)
    for edge in model.edges:
        graph.add_edge(edge.source, _target(edge.target))
    for conditional in model.conditional_edges:
        targets = [b.target for b in conditional.branches]
        targets.append(conditional.default or END)
        graph.add_conditional_edges(
            conditional.source,
            _router(conditional, params[conditional.source]),
            list(dict.fromkeys(_target(t) for t in targets)),
        )
    return graph


def definition_builder(path: Path) -> Callable[[], StateGraph[Any, Any, Any, Any]]:
    """A flow's `build`: the uncompiled graph of the definition file at `path`, read anew each call
    (the registry calls it once per version)."""

    def build() -> StateGraph[Any, Any, Any, Any]:
        return build_graph(load_definition_file(path))

    return build


def input_model(definition: GraphDefinitionFile) -> type[BaseModel] | None:
    """A pydantic model of the fields a run's input may set (`input: true`); None if there are none."""
    model = definition.model
    fields: dict[str, Any] = {
        key: (
            Any if spec.type == "any" else PYTHON_TYPES[spec.type] | None,
            Field(default=None, description=spec.description or None),
        )
        for key, spec in model.state.items()
        if spec.input
    }
    if not fields:
        return None
    created: type[BaseModel] = create_model(
        f"{_camel(model.id)}Input", __config__=ConfigDict(extra="forbid"), **fields
    )
    return created
