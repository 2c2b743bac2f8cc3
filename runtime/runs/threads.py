"""Threads and who owns them, kept in LangGraph's store beside the checkpoints.

A thread belongs to the user who created it. Asking for another user's thread is answered exactly
as for a thread that does not exist, so ids cannot be probed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.store.base import BaseStore

from runtime.errors import KplError

NAMESPACE = ("kpl", "threads")


class ThreadNotFound(KplError):
    """No thread with that id belongs to the caller."""

    code = "not_found"


@dataclass(frozen=True, kw_only=True)
class ThreadInfo:
    """A thread's record."""

    thread_id: str
    owner: str
    created_at: float
    graph: str | None = None
    """The graph the thread last ran."""

    def public(self) -> dict[str, Any]:
        """The record as the API shows it."""
        return {"thread_id": self.thread_id, "created_at": self.created_at, "graph": self.graph}


class ThreadDirectory:
    """Creates, finds and deletes threads, checking ownership."""

    def __init__(self, store: BaseStore, checkpointer: BaseCheckpointSaver[str]) -> None:
        self.store = store
        self.checkpointer = checkpointer

    async def create(self, thread_id: str, owner: str, *, graph: str | None = None) -> ThreadInfo:
        """Record a new thread for `owner` (and the graph it runs, when known)."""
        info = ThreadInfo(thread_id=thread_id, owner=owner, created_at=time.time(), graph=graph)
        await self.store.aput(
            NAMESPACE, thread_id, {"owner": owner, "created_at": info.created_at, "graph": graph}
        )
        return info

    async def find(self, thread_id: str) -> ThreadInfo | None:
        """The thread's record, whoever owns it."""
        item = await self.store.aget(NAMESPACE, thread_id)
        if item is None:
            return None
        return ThreadInfo(
            thread_id=thread_id,
            owner=item.value["owner"],
            created_at=item.value["created_at"],
            graph=item.value.get("graph"),
        )

    async def owned(self, thread_id: str, owner: str) -> ThreadInfo:
        """The thread's record if `owner` owns it; `ThreadNotFound` otherwise."""
        info = await self.find(thread_id)
        if info is None or info.owner != owner:
            raise ThreadNotFound(f"no thread {thread_id}")
        return info

    async def ensure(self, thread_id: str, owner: str) -> ThreadInfo:
        """The owner's thread, created if it does not exist yet."""
        info = await self.find(thread_id)
        if info is None:
            return await self.create(thread_id, owner)
        if info.owner != owner:
            raise ThreadNotFound(f"no thread {thread_id}")
        return info

    async def set_graph(self, info: ThreadInfo, graph: str) -> None:
        """Remember the graph the thread runs."""
        if info.graph != graph:
            await self.store.aput(
                NAMESPACE,
                info.thread_id,
                {"owner": info.owner, "created_at": info.created_at, "graph": graph},
            )

    async def delete(self, thread_id: str, owner: str) -> None:
        """Delete the owner's thread and all its checkpoints."""
        await self.owned(thread_id, owner)
        await self.checkpointer.adelete_thread(thread_id)
        await self.store.adelete(NAMESPACE, thread_id)
