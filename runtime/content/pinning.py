"""Which version of a definition-backed graph a thread runs: the one it started on.

Every checkpoint of a run records the digest of the definition text it started with
(`definition_digest` in the checkpoint metadata, written by the executor). A run that resumes an
interrupt, or continues a thread from its last checkpoint, must run that same text even after the
author saved a new one: the pending node, the state keys and the edges it expects are that
version's. The registry keeps displaced versions while the process lives; after a restart, or in
another worker, the text comes back from the definition archive and is validated and compiled
again (with the current code and content: code cannot be archived).

A fresh `input` on a thread starts the graph from its entry, so it runs the current version; the
state keys the older version wrote stay in the thread, as for any new input on a used thread.
A pinned version's `subgraph` nodes build the current version of the graph they name (a
subgraph call is a step of its own, not a paused thread).
"""

from __future__ import annotations

import structlog
from langgraph.checkpoint.base import CheckpointTuple

from graphs.definitions.loader import validate_text
from graphs.library import ContentLibrary
from runtime.content.archive import DefinitionArchive
from runtime.errors import PinnedVersionUnavailable
from runtime.registry import GraphRegistry, RegisteredGraph

log = structlog.get_logger(__name__)


async def pinned_version(
    graph: RegisteredGraph,
    checkpoint: CheckpointTuple,
    registry: GraphRegistry,
    archive: DefinitionArchive | None,
    library: ContentLibrary,
) -> RegisteredGraph:
    """The version of `graph` the thread at `checkpoint` runs on.

    A graph written in Python, a thread last run on another graph, or one already on the current
    definition runs `graph` as it is.
    """
    digest = checkpoint.metadata.get("definition_digest")
    if (
        not isinstance(digest, str)
        or checkpoint.metadata.get("graph") != graph.name
        or digest == graph.definition_digest
    ):
        return graph
    kept = registry.version(graph.name, digest)
    if kept is not None:
        return kept
    restored = await restore_version(graph.name, digest, registry, archive, library)
    registry.keep(restored)
    return restored


async def restore_version(
    name: str,
    digest: str,
    registry: GraphRegistry,
    archive: DefinitionArchive | None,
    library: ContentLibrary,
) -> RegisteredGraph:
    """Rebuild the version of `name` with that definition digest from the archive."""
    archived = await archive.get(name, digest) if archive is not None else None
    if archived is None:
        raise PinnedVersionUnavailable(
            f"this thread paused in version {digest} of graph {name!r}, which is neither loaded "
            "nor in the definition archive; restore that definition file, or start the graph "
            "again on a new thread"
        )
    result = validate_text(
        archived.text,
        file=f"{archived.file or name} (archived version {digest})",
        library=library,
        known_graphs=registry.names(),
    )
    if result.definition is None:
        problems = "; ".join(
            f"{i.file}:{i.line}:{i.column}: {i.path}: {i.message}" for i in result.issues
        )
        raise PinnedVersionUnavailable(
            f"this thread paused in version {digest} of graph {name!r}, which no longer loads "
            f"with the current code and content ({problems}); start the graph again on a new "
            "thread, or restore what that version needs"
        )
    log.info("restored a pinned definition version", graph=name, digest=digest)
    return registry.from_definition(result.definition, library)
