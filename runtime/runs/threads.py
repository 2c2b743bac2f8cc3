"""Threads and who owns them, kept in LangGraph's store beside the checkpoints.

A thread belongs to the user who created it. Asking for another user's thread is answered exactly
as for a thread that does not exist, so ids cannot be probed.

A record holds the owner, the graph the thread last ran, when it was created and its last
activity (`updated_at`: a run started or ended on it). Both times are Unix seconds here; the API
writes them as ISO 8601 at its edge. The record is a plain store item, so listing a user's threads
(`ThreadDirectory.owned_by`) works on every store: memory, SQLite, Redis and Postgres.

Each record is kept twice, in one batch: by thread id (`NAMESPACE`: find, ownership) and under its
owner (`owner_namespace`: the listing). A listing reads only its caller's namespace; searching the
one namespace of every thread with an owner filter read every user's records on the Redis store
and LangGraph's in-memory store (they filter after reading), at each page. Records written before
the owner index existed are indexed once (`index_owners`, when the services open).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.store.base import BaseStore, GetOp, PutOp

from runtime.errors import KplError

NAMESPACE = ("kpl", "threads")
"""Every thread's record, by thread id."""
OWNER_INDEX = ("kpl", "threads-by-owner")
"""Under it, one namespace per owner holding a copy of each of their records (`owner_namespace`)."""
INDEXED = (("kpl", "meta"), "threads-by-owner")
"""The item saying that every record older than the owner index has been indexed."""
SEARCH_PAGE = 500
"""Records asked of the store at a time while listing a user's threads."""


def owner_namespace(owner: str) -> tuple[str, ...]:
    """The namespace of the owner's copies: a digest of the name, since a namespace label may
    not hold a period (an e-mail address as a JWT `sub`) and the name has no place in keys."""
    return (*OWNER_INDEX, hashlib.sha256(owner.encode()).hexdigest()[:32])


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
    updated_at: float = 0.0
    """The thread's last activity: its creation, or a run starting or ending on it."""

    def public(self) -> dict[str, Any]:
        """The record as the API shows it."""
        return {
            "thread_id": self.thread_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "graph": self.graph,
        }

    def value(self) -> dict[str, Any]:
        """The record as the store keeps it."""
        return {
            "owner": self.owner,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "graph": self.graph,
        }


def _info(thread_id: str, value: dict[str, Any]) -> ThreadInfo:
    created_at = float(value["created_at"])
    return ThreadInfo(
        thread_id=thread_id,
        owner=value["owner"],
        created_at=created_at,
        graph=value.get("graph"),
        # records written before activity was kept: their creation is their last known activity
        updated_at=float(value.get("updated_at") or created_at),
    )


def newest_first(info: ThreadInfo) -> tuple[float, str]:
    """The listing's order, descending: last activity, then the id (a total order, so a cursor
    names one place in it)."""
    return (info.updated_at, info.thread_id)


class ThreadDirectory:
    """Creates, finds, lists and deletes threads, checking ownership; keeps their last activity."""

    def __init__(self, store: BaseStore, checkpointer: BaseCheckpointSaver[str]) -> None:
        self.store = store
        self.checkpointer = checkpointer

    async def create(self, thread_id: str, owner: str, *, graph: str | None = None) -> ThreadInfo:
        """Record a new thread for `owner` (and the graph it runs, when known)."""
        now = time.time()
        info = ThreadInfo(
            thread_id=thread_id, owner=owner, created_at=now, updated_at=now, graph=graph
        )
        await self._put(info)
        return info

    async def find(self, thread_id: str) -> ThreadInfo | None:
        """The thread's record, whoever owns it."""
        item = await self.store.aget(NAMESPACE, thread_id)
        return None if item is None else _info(thread_id, item.value)

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
        """Remember the graph a run just started on the thread runs; that run is activity too."""
        await self._write(info, graph=graph, at=time.time())

    async def touch(self, thread_id: str, at: float | None = None) -> None:
        """Record activity on the thread (a run ended on it) at `at` (now by default).

        A thread without a record (deleted meanwhile, or a run of the CLI's own) is left alone.
        """
        info = await self.find(thread_id)
        if info is not None:
            await self._write(info, graph=info.graph, at=time.time() if at is None else at)

    async def _write(self, info: ThreadInfo, *, graph: str | None, at: float) -> None:
        latest = max(info.updated_at, at)  # activity never goes back
        if (graph, latest) != (info.graph, info.updated_at):
            await self._put(
                ThreadInfo(
                    thread_id=info.thread_id,
                    owner=info.owner,
                    created_at=info.created_at,
                    graph=graph,
                    updated_at=latest,
                )
            )

    async def _put(self, info: ThreadInfo) -> None:
        """Write the record and its owner's copy in one batch (one round trip on Redis)."""
        value = info.value()
        await self.store.abatch(
            [
                PutOp(NAMESPACE, info.thread_id, value),
                PutOp(owner_namespace(info.owner), info.thread_id, value),
            ]
        )

    async def owned_by(self, owner: str, *, graph: str | None = None) -> list[ThreadInfo]:
        """The owner's threads (only those running `graph`, if given), newest activity first.

        Only the owner's namespace is read; the store filters by graph (and by owner, which a
        digest shared by two names would need). The order is ours, since `BaseStore.asearch`
        promises none: every backend sorts differently. A user's threads are read in pages of
        `SEARCH_PAGE`; a record seen twice (it moved while paging) counts once.
        """
        wanted: dict[str, Any] = {"owner": owner}
        if graph is not None:
            wanted["graph"] = graph
        found: dict[str, ThreadInfo] = {}
        offset = 0
        while True:
            page = await self.store.asearch(
                owner_namespace(owner), filter=wanted, limit=SEARCH_PAGE, offset=offset
            )
            for item in page:
                found[item.key] = _info(item.key, item.value)
            if len(page) < SEARCH_PAGE:
                break
            offset += SEARCH_PAGE
        return sorted(found.values(), key=newest_first, reverse=True)

    async def delete(self, thread_id: str, owner: str) -> None:
        """Delete the owner's thread and all its checkpoints."""
        await self.owned(thread_id, owner)
        await self.checkpointer.adelete_thread(thread_id)
        await self.store.abatch(
            [
                PutOp(owner_namespace(owner), thread_id, None),
                PutOp(NAMESPACE, thread_id, None),
            ]
        )

    async def index_owners(self) -> int:
        """Copy every record that has no owner's copy yet into its owner's namespace, once per
        store (then `INDEXED` is written); returns how many were copied.

        For records written before the owner index: without their copy they would not be listed.
        A record that has its copy is left alone, since a worker already serving may have written
        a newer one than the record read here.
        """
        if await self.store.aget(*INDEXED) is not None:
            return 0
        copied = 0
        offset = 0
        while True:
            page = await self.store.asearch(NAMESPACE, limit=SEARCH_PAGE, offset=offset)
            records = [_info(item.key, item.value) for item in page]
            copies = await self.store.abatch(
                [GetOp(owner_namespace(info.owner), info.thread_id) for info in records]
            )
            missing = [info for info, copy in zip(records, copies, strict=True) if copy is None]
            if missing:
                await self.store.abatch(
                    [
                        PutOp(owner_namespace(info.owner), info.thread_id, info.value())
                        for info in missing
                    ]
                )
            copied += len(missing)
            if len(page) < SEARCH_PAGE:
                break
            offset += SEARCH_PAGE
        await self.store.aput(*INDEXED, {"at": time.time(), "copied": copied})
        return copied
