"""Every graph definition text a run has started on, kept by digest so paused threads can go on.

A run records the digest of the definition it started with in its checkpoints' metadata
(`definition_digest`). When the author has changed the file since, a resumed thread must run the
old text; after a restart the process no longer holds it, so the executor archives each
definition before its first run and rebuilds a pinned version from here.

The archive lives in LangGraph's `BaseStore` at the checkpoint URL (namespace
`("kpl", "definitions", <graph id>)`, key = digest), so it survives restarts and every worker
sharing the checkpoints shares it too.

Retention: every archived version is kept. A version is the YAML text of one file (a few KB), one
per saved edit that ran at least once, and any checkpoint may name it for as long as the thread
lives; keeping them all is cheaper and safer than proving no thread needs one any more. An operator
who wants to trim them can delete keys under that namespace with the store's own API.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from langgraph.store.base import BaseStore

from graphs.definitions.loader import GraphDefinitionFile

NAMESPACE = ("kpl", "definitions")


@dataclass(frozen=True, kw_only=True)
class ArchivedDefinition:
    """One definition text as a run started on it."""

    graph: str
    digest: str
    text: str
    version: str
    """The author's own version string from the file."""
    file: str | None
    archived_at: float


class DefinitionArchive:
    """Definition texts by graph id and digest, in a LangGraph store."""

    def __init__(self, store: BaseStore) -> None:
        self.store = store
        self._saved: set[tuple[str, str]] = set()
        """(graph, digest) this process has archived already: one store write per version."""

    async def remember(self, definition: GraphDefinitionFile) -> None:
        """Archive the definition unless it already is; called before a run starts on it."""
        key = (definition.id, definition.digest)
        if key in self._saved:
            return
        namespace = (*NAMESPACE, definition.id)
        if await self.store.aget(namespace, definition.digest) is None:
            await self.store.aput(
                namespace,
                definition.digest,
                {
                    "text": definition.text,
                    "version": definition.version,
                    "file": str(definition.path) if definition.path else None,
                    "archived_at": time.time(),
                },
                index=False,
            )
        self._saved.add(key)

    async def get(self, graph: str, digest: str) -> ArchivedDefinition | None:
        """The archived text of `graph` with that digest, or None if it was never archived."""
        item = await self.store.aget((*NAMESPACE, graph), digest)
        if item is None:
            return None
        value = item.value
        return ArchivedDefinition(
            graph=graph,
            digest=digest,
            text=str(value["text"]),
            version=str(value.get("version", "")),
            file=value.get("file"),
            archived_at=float(value.get("archived_at", 0.0)),
        )
