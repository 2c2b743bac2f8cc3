"""A registered graph's shape for people: nodes, edges, mermaid text and input schema."""

from __future__ import annotations

from typing import Any

from runtime.executor import GraphExecutor


def graph_summary(executor: GraphExecutor) -> list[dict[str, Any]]:
    """Every registered graph: name, version, description, source."""
    return [
        {"name": g.name, "version": g.version, "description": g.description, "source": g.source}
        for g in executor.registry
    ]


def graph_shape(executor: GraphExecutor, name: str) -> dict[str, Any]:
    """One graph's nodes, edges, mermaid text and input schema."""
    registered = executor.registry.get(name)
    drawable = executor.compiled(name).get_graph()
    return {
        "name": registered.name,
        "version": registered.version,
        "description": registered.description,
        "source": registered.source,
        "input_schema": (
            registered.input_model.model_json_schema() if registered.input_model else None
        ),
        "nodes": [node_id for node_id in drawable.nodes if not node_id.startswith("__")],
        "edges": [
            {"source": e.source, "target": e.target, "conditional": e.conditional}
            for e in drawable.edges
        ],
        "mermaid": drawable.draw_mermaid(),
    }
