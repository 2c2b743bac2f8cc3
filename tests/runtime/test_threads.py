"""Thread records on every backend's store: ownership, the graph, and deletion with checkpoints."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.executor import GraphExecutor, RunRequest
from runtime.runs.threads import ThreadDirectory, ThreadNotFound
from tests.runtime.conftest import Backend, sample_registry


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
        config = {"configurable": {"thread_id": "t-1", "checkpoint_ns": ""}}
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
