"""One authored file checked on its own: which graph it defines (read even when the rest is
broken), its problems against a library and a registry, and its graph compiled once to prove it
compiles. `LiveContent` (runtime/content/live.py) checks every file of its folder with these,
and a text not saved yet (`LiveContent.check`) with `check_definition`.
"""

from __future__ import annotations

import re
from pathlib import Path

from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.loader import GraphDefinitionFile, validate_text
from graphs.library import ContentLibrary
from runtime.registry import GraphRegistry, RegisteredGraph

TOP_LEVEL_ID = re.compile(r"""^id:[ \t]*["']?([A-Za-z0-9_.-]+)["']?[ \t]*(?:#.*)?$""", re.MULTILINE)
"""`id: name` at the start of a line: read without parsing, so a file broken elsewhere still says
which graph it defines."""


def check_definition(
    text: str,
    *,
    file: str,
    registry: GraphRegistry,
    library: ContentLibrary,
    path: Path | None = None,
) -> tuple[GraphDefinitionFile | None, list[DefinitionIssue]]:
    """Every problem of an authored file's text, compiling a graph definition too; the
    definition when it is a valid graph."""
    result = validate_text(
        text, file=file, library=library, known_graphs=registry.names(), path=path
    )
    issues = list(result.issues)
    if result.definition is None or issues:
        return None, issues
    _, problem = compiled_graph(result.definition, file, registry, library)
    return (None, [problem]) if problem is not None else (result.definition, [])


def compiled_graph(
    definition: GraphDefinitionFile, file: str, registry: GraphRegistry, library: ContentLibrary
) -> tuple[RegisteredGraph | None, DefinitionIssue | None]:
    """The registered form of a valid definition, compiled once to prove it compiles."""
    graph = registry.from_definition(definition, library)
    try:
        graph.build().compile()
    except Exception as exc:  # the validation boundary: any failure is the file's problem
        return None, DefinitionIssue(
            file=file,
            line=1,
            column=1,
            path="(graph)",
            message=f"the definition validates but does not compile: {exc}; check the node "
            "types' parameters and the edges",
        )
    return graph, None


def peek_id(text: str) -> str | None:
    """The top-level `id` of a definition text, even when the rest of it is broken."""
    found = TOP_LEVEL_ID.search(text)
    return found.group(1) if found else None
