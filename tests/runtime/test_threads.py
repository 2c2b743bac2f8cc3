"""Thread records on every backend's store: ownership, the graph, last activity, a user's
threads newest first, and deletion with checkpoints."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig
from redis.asyncio import Redis

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest
from runtime.runs import threads as threads_module
from runtime.runs.threads import INDEXED, NAMESPACE, ThreadDirectory, ThreadNotFound
from runtime.stores.factory import open_checkpointer, open_store
from tests.runtime.conftest import Backend, sample_registry
from tests.support.redis_scope import delete_prefix, redis_url

REDIS_DB = 9
"""The listing's own Redis test (prefix `kpl-h17-…`); the `backend` fixture's Redis is DB 4/5."""


async def test_a_thread_belongs_to_its_owner_and_goes_with_its_checkpoints(
    backend: Backend, tmp_path: Path
) -> None:
    async with backend.store() as store, backend.checkpointer() as saver:
        threads = ThreadDirectory(store, saver)
        executor = GraphExecutor(
            sample_registry(), saver, FlowContext(library=ContentLibrary.load(tmp_path))
        )
        created = await threads.create("t-1", "ann")
        assert await threads.find("t-1") == created
        assert await threads.find("t-2") is None
        with pytest.raises(ThreadNotFound):
            await threads.owned("t-1", "bob")
        with pytest.raises(ThreadNotFound):
            await threads.ensure("t-1", "bob")
        assert await threads.ensure("t-1", "ann") == created

        await threads.set_graph(created, "chain")
        info = await threads.owned("t-1", "ann")
        assert (info.graph, info.created_at) == ("chain", created.created_at)
        await executor.invoke(RunRequest(graph="chain", thread_id="t-1", input={"count": 0}))
        config: RunnableConfig = {"configurable": {"thread_id": "t-1", "checkpoint_ns": ""}}
        assert await saver.aget_tuple(config) is not None

        with pytest.raises(ThreadNotFound):
            await threads.delete("t-1", "bob")
        await threads.delete("t-1", "ann")
        assert await threads.find("t-1") is None
        assert await saver.aget_tuple(config) is None


@pytest.mark.parametrize("backend", ["sqlite", "redis", "postgres"], indirect=True)
async def test_records_outlive_the_process(backend: Backend) -> None:
    async with backend.store() as store, backend.checkpointer() as saver:
        await ThreadDirectory(store, saver).create("kept", "ann")
    async with backend.store() as store, backend.checkpointer() as saver:
        found = await ThreadDirectory(store, saver).find("kept")
    assert found is not None
    assert found.owner == "ann"


async def list_newest_activity_first(threads: ThreadDirectory) -> None:
    """The listing contract, on whatever store `threads` is over."""
    base = time.time()
    ann, bob = f"ann-{uuid.uuid4().hex[:6]}", f"bob-{uuid.uuid4().hex[:6]}"  # a store shared by
    # a test module holds other tests' threads
    for thread_id in ("t-a", "t-b", "t-c", "t-d", "t-e"):
        await threads.create(thread_id, ann)
    await threads.create("t-x", bob)
    for offset, thread_id in enumerate(("t-b", "t-d", "t-a", "t-e", "t-c"), start=1):
        await threads.touch(thread_id, base + offset)
    await threads.touch("t-x", base + 10)
    await threads.touch("t-gone", base + 10)  # no record: nothing happens
    assert await threads.find("t-gone") is None

    listed = await threads.owned_by(ann)
    assert [t.thread_id for t in listed] == ["t-c", "t-e", "t-a", "t-d", "t-b"]
    assert [t.updated_at for t in listed] == [base + 5, base + 4, base + 3, base + 2, base + 1]
    assert [t.thread_id for t in await threads.owned_by(bob)] == ["t-x"]
    assert await threads.owned_by("carl-nobody") == []

    await threads.touch("t-b", base - 100)  # activity never goes back
    assert (await threads.owned("t-b", ann)).updated_at == base + 1
    b = await threads.owned("t-b", ann)
    await threads.set_graph(b, "chain")  # a run starting: activity now, the graph remembered
    info = await threads.owned("t-b", ann)
    assert (info.graph, info.created_at) == ("chain", b.created_at)
    assert [t.thread_id for t in await threads.owned_by(ann, graph="chain")] == ["t-b"]
    await threads.touch("t-b", base + 20)
    assert (await threads.owned_by(ann))[0].thread_id == "t-b"


@pytest.mark.parametrize("backend", ["memory", "sqlite", "postgres"], indirect=True)
async def test_a_users_threads_are_listed_newest_activity_first(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threads_module, "SEARCH_PAGE", 2)  # the store is read in several pages
    async with backend.store() as store, backend.checkpointer() as saver:
        await list_newest_activity_first(ThreadDirectory(store, saver))


async def test_threads_are_listed_on_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threads_module, "SEARCH_PAGE", 2)
    prefix = f"kpl-h17-{uuid.uuid4().hex[:12]}"
    try:
        async with (
            open_store(redis_url(REDIS_DB), prefix=prefix) as store,
            open_checkpointer("memory://") as saver,
        ):
            await list_newest_activity_first(ThreadDirectory(store, saver))
    finally:
        async with Redis.from_url(redis_url(REDIS_DB)) as client:
            await delete_prefix(client, prefix)


@pytest.mark.parametrize("backend", ["memory", "sqlite", "postgres"], indirect=True)
async def test_a_record_from_before_activity_was_kept_counts_its_creation(
    backend: Backend,
) -> None:
    async with backend.store() as store, backend.checkpointer() as saver:
        await store.aput(NAMESPACE, "old", {"owner": "ann", "created_at": 1.5, "graph": None})
        info = await ThreadDirectory(store, saver).owned("old", "ann")
    assert (info.created_at, info.updated_at) == (1.5, 1.5)


@pytest.mark.parametrize("backend", ["memory", "sqlite"], indirect=True)
async def test_records_from_before_the_owner_index_are_indexed_once(backend: Backend) -> None:
    owner = f"ann.{uuid.uuid4().hex[:6]}@example.com"  # periods: no namespace label may hold one
    async with backend.store() as store, backend.checkpointer() as saver:
        await store.adelete(*INDEXED)  # a store from before the index
        await store.aput(NAMESPACE, "old", {"owner": owner, "created_at": 1.5, "graph": "chat"})
        threads = ThreadDirectory(store, saver)
        await threads.create("new", owner)
        assert [t.thread_id for t in await threads.owned_by(owner)] == ["new"]

        assert await threads.index_owners() >= 1
        listed = await threads.owned_by(owner)
        assert [(t.thread_id, t.updated_at) for t in listed][1:] == [("old", 1.5)]
        assert [t.thread_id for t in await threads.owned_by(owner, graph="chat")] == ["old"]
        assert await threads.index_owners() == 0  # once per store

        await threads.delete("old", owner)
        assert [t.thread_id for t in await threads.owned_by(owner)] == ["new"]
