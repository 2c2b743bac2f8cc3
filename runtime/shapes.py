"""A registered graph's shape for people: nodes, edges, mermaid text and input schema."""

from __future__ import annotations

from typing import Any

from runtime.executor import GraphExecutor
from runtime.registry import RegisteredGraph

LABEL_DIGEST_CHARS = 6


def version_label(graph: RegisteredGraph) -> str:
    """The one version people see for a graph (the playground, `kpl graphs list`, `kpl
    definitions list`): its definition's declared `version` and the digest of the definition
    text that runs (`v1 · 571e22`), or, for a graph written in Python, the digest of its source
    (`python · ae9035`). `version` (the registry's, which also covers the flow's code and content)
    stays in the JSON for machines: caches and pinned threads key on it."""
    if graph.definition is not None:
        return definition_label(graph.definition.version, graph.definition.digest)
    return f"python · {graph.version[:LABEL_DIGEST_CHARS]}"


def definition_label(declared: str | None, digest: str) -> str:
    """A definition's label: `v<declared> · <digest's first characters>` (see `version_label`;
    the playground's definitions.js writes the same)."""
    return f"v{declared or '?'} · {digest[:LABEL_DIGEST_CHARS]}"


def graph_summary(executor: GraphExecutor) -> list[dict[str, Any]]:
    """Every registered graph: name, version, its label for people, description, source."""
    return [
        {
            "name": g.name,
            "version": g.version,
            "label": version_label(g),
            "description": g.description,
            "source": g.source,
        }
        for g in executor.registry
    ]


def graph_shape(executor: GraphExecutor, name: str) -> dict[str, Any]:
    """One graph's nodes, edges, mermaid text and input schema."""
    registered = executor.registry.get(name)
    drawable = executor.compiled(name).get_graph()
    return {
        "name": registered.name,
        "version": registered.version,
        "label": version_label(registered),
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
