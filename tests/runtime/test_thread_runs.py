"""A thread's runs (`RunRecords.of_thread`, memory and Redis DB 9) and a run's end recorded as
its thread's last activity (`RunManager(activity=...)`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore
from redis.asyncio import Redis

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest
from runtime.runs.broker import InMemoryBroker
from runtime.runs.manager import RunManager
from runtime.runs.records import InMemoryRunRecords, Run, RunRecords
from runtime.runs.redis_records import RedisRunRecords
from runtime.runs.threads import ThreadDirectory
from runtime.stores.serde import strict_serializer
from tests.runtime.conftest import sample_registry
from tests.support.redis_scope import delete_prefix, redis_url, until

REDIS_DB = 9


@pytest.fixture(params=["memory", "redis"])
async def records(request: pytest.FixtureRequest) -> AsyncIterator[RunRecords]:
    if request.param == "memory":
        yield InMemoryRunRecords(retention_s=0.3)
        return
    prefix = f"kpl-h17-{uuid.uuid4().hex[:12]}"
    async with Redis.from_url(redis_url(REDIS_DB), decode_responses=True) as client:
        try:
            yield RedisRunRecords(client, prefix=prefix, ttl_s=1.0, retention_s=0.3)
        finally:
            await delete_prefix(client, prefix)


def new_run(run_id: str, thread_id: str, created_at: float) -> Run:
    return Run(
        run_id=run_id, thread_id=thread_id, graph="slow", owner="alice", created_at=created_at
    )


async def test_a_threads_runs_are_listed_newest_first(records: RunRecords) -> None:
    runs = [new_run(f"r{i}", "t", 1_000.0 + i) for i in range(3)]
    for run in runs:
        await records.claim(run, exclusive=False)
    await records.claim(new_run("other", "u", 1_000.5), exclusive=False)
    assert [r.run_id for r in await records.of_thread("t")] == ["r2", "r1", "r0"]
    assert [r.run_id for r in await records.of_thread("u")] == ["other"]
    assert await records.of_thread("nobody") == []

    runs[1].set_status("success")
    await records.update(runs[1])
    listed = {r.run_id: r.status for r in await records.of_thread("t")}
    assert listed == {"r2": "pending", "r1": "success", "r0": "pending"}

    await records.drop(runs[2], "r1")  # refused at admission: never listed
    assert [r.run_id for r in await records.of_thread("t")] == ["r1", "r0"]


async def test_an_ended_run_is_listed_for_the_retention_only() -> None:
    prefix = f"kpl-h17-{uuid.uuid4().hex[:12]}"
    async with Redis.from_url(redis_url(REDIS_DB), decode_responses=True) as client:
        try:
            records = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, retention_s=0.2)
            run = new_run("r1", "t", 1_000.0)
            await records.claim(run, exclusive=False)
            run.set_status("success")
            await records.update(run)
            assert [r.run_id for r in await records.of_thread("t")] == ["r1"]

            async def forgotten() -> bool:
                return await records.of_thread("t") == []

            await until(forgotten)
        finally:
            await delete_prefix(client, prefix)


async def test_the_end_of_a_run_is_its_threads_last_activity(tmp_path: Path) -> None:
    saver = InMemorySaver(serde=strict_serializer())
    executor = GraphExecutor(
        sample_registry(), saver, FlowContext(library=ContentLibrary.load(tmp_path))
    )
    threads = ThreadDirectory(InMemoryStore(), saver)
    manager = RunManager(executor, InMemoryBroker(), activity=threads)
    created = await threads.create("t", "alice", graph="slow")
    run = await manager.start(
        RunRequest(graph="slow", thread_id="t", input={"delay": 0.2}), owner="alice"
    )
    ended = await manager.wait(run.run_id)
    assert ended.status == "success"
    info = await threads.owned("t", "alice")
    assert info.updated_at == ended.updated_at > created.updated_at
    assert [r.run_id for r in await manager.of_thread("t")] == [run.run_id]
    await manager.shutdown()
