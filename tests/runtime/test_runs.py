"""The run manager across workers: two managers on one Redis (DB 9) share every run.

Each "worker" has its own Redis client, broker, leases, records and executor, as two processes
would; they share the checkpoint saver, as processes share a checkpoint store. The sample graphs
run for real. The same scenarios over real server processes are in tests/api/test_multiworker.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from redis.asyncio import Redis

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.errors import ThreadBusy
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.redis_connect import shared_redis
from runtime.run_request import RunRequest
from runtime.runs.manager import RunManager
from runtime.runs.records import Run
from runtime.runs.redis_broker import RedisStreamBroker
from runtime.runs.redis_locks import RedisThreadLeases
from runtime.runs.redis_records import RedisRunRecords
from runtime.stores.serde import strict_serializer
from tests.runtime.conftest import sample_registry
from tests.support.redis_scope import redis_scope, redis_url

REDIS_DB = 9
TTL_S = 1.0


@dataclass
class Worker:
    """One worker's parts."""

    manager: RunManager
    broker: RedisStreamBroker
    records: RedisRunRecords


@asynccontextmanager
async def worker(
    prefix: str, saver: BaseCheckpointSaver[str], context: FlowContext
) -> AsyncIterator[Worker]:
    client = shared_redis(redis_url(REDIS_DB))  # as the app opens it
    broker = RedisStreamBroker(client, prefix=prefix)
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=TTL_S)
    records = RedisRunRecords(client, prefix=prefix, ttl_s=TTL_S)
    executor = GraphExecutor(sample_registry(), saver, context, locks=leases)
    manager = RunManager(executor, broker, records=records, cancel_resend_s=0.5)
    await manager.open()
    try:
        yield Worker(manager, broker, records)
    finally:
        await manager.shutdown()
        await broker.aclose()
        await leases.aclose()
        await client.aclose()


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[tuple[Worker, Worker, Redis, str]]:
    """Workers A and B, the test's Redis client and key prefix."""
    empty = tmp_path / "no-content"
    empty.mkdir()
    context = FlowContext(library=ContentLibrary.load(empty))
    saver = InMemorySaver(serde=strict_serializer())
    async with (
        redis_scope(REDIS_DB) as (client, prefix),
        worker(prefix, saver, context) as a,
        worker(prefix, saver, context) as b,
    ):
        yield a, b, client, prefix


def slow(thread_id: str, delay: float, **fields: object) -> RunRequest:
    return RunRequest(graph="slow", thread_id=thread_id, input={"delay": delay}, **fields)  # type: ignore[arg-type]


async def events_until(broker: RedisStreamBroker, run_id: str, name: str) -> list[RunEvent]:
    """The run's events, read from `broker`, up to the first one called `name`."""
    seen = []
    async for item in broker.subscribe(run_id):
        if item is not None:
            seen.append(item[1])
            if item[1].event == name:
                break
    return seen


async def test_a_run_on_one_worker_is_seen_joined_and_cancelled_from_another(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, _, _ = cluster
    run = await a.manager.start(slow("t", 60), owner="alice")
    await events_until(b.broker, run.run_id, "started")
    seen = await b.manager.get(run.run_id)
    assert (seen.status, seen.owner, seen.task) == ("running", "alice", None)
    active = await b.manager.active("t")
    assert active is not None and active.run_id == run.run_id

    joined = asyncio.create_task(events_until(b.broker, run.run_id, "completed"))
    stopped = await b.manager.cancel(run.run_id, wait=True)
    assert stopped.status == "cancelled"
    ending = (await joined)[-1]
    assert ending.data["status"] == "cancelled"
    assert (await a.manager.get(run.run_id)).status == "cancelled"
    assert await b.manager.active("t") is None


async def test_two_starts_on_one_thread_at_once_give_one_run_and_one_thread_busy(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, _, _ = cluster
    for attempt in range(5):
        thread_id = f"t{attempt}"
        results = await asyncio.gather(
            a.manager.start(slow(thread_id, 60), owner="alice"),
            b.manager.start(slow(thread_id, 60), owner="alice"),
            return_exceptions=True,
        )
        runs = [r for r in results if isinstance(r, Run)]
        refusals = [r for r in results if isinstance(r, ThreadBusy)]
        assert len(runs) == 1 and len(refusals) == 1, results
        assert runs[0].run_id in refusals[0].message
        await a.manager.cancel(runs[0].run_id, wait=True)


async def test_interrupt_cancels_the_run_on_the_other_worker(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, _, _ = cluster
    first = await a.manager.start(slow("t", 60), owner="alice")
    await events_until(b.broker, first.run_id, "started")
    second = await b.manager.start(slow("t", 0.01), owner="alice", strategy="interrupt")
    assert (await b.manager.get(first.run_id)).status == "cancelled"
    assert (await b.manager.wait(second.run_id)).status == "success"


async def test_an_enqueued_run_waits_for_the_run_on_the_other_worker(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, _, _ = cluster
    first = await a.manager.start(slow("t", 0.5), owner="alice")
    await events_until(b.broker, first.run_id, "started")
    second = await b.manager.start(slow("t", 0.01), owner="alice", strategy="enqueue")
    assert (await b.manager.wait(second.run_id)).status == "success"
    assert (await b.manager.get(first.run_id)).status == "success"
    saver = a.manager.executor.checkpointer
    config = {"configurable": {"thread_id": "t"}}
    writers = [c.metadata.get("run_id") async for c in saver.alist(config)][::-1]  # type: ignore[arg-type]
    first_writes = writers.index(second.run_id)
    assert set(writers[:first_writes]) == {first.run_id}  # the runs never interleaved
    assert set(writers[first_writes:]) == {second.run_id}


async def test_a_run_that_loses_its_lease_stops_with_an_error(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, client, prefix = cluster
    run = await a.manager.start(slow("t", 60), owner="alice")
    await events_until(b.broker, run.run_id, "started")
    ending = asyncio.create_task(events_until(b.broker, run.run_id, "error"))
    await client.delete(f"{prefix}:lease:t")  # taken away: the run must not go on unprotected
    ended = await b.manager.wait(run.run_id)
    assert ended.status == "error"
    assert ended.error is not None and ended.error["code"] == "unavailable"
    assert "lease" in (await ending)[-1].data["message"]


async def test_the_run_of_a_dead_worker_is_ended_by_a_live_one(
    cluster: tuple[Worker, Worker, Redis, str],
) -> None:
    a, b, client, prefix = cluster
    ghost = RedisRunRecords(client, prefix=prefix, ttl_s=TTL_S, worker="ghost")
    await ghost.keep_alive()
    run = Run(run_id="r-ghost", thread_id="t", graph="slow", owner="alice", worker="ghost")
    await ghost.claim(run, exclusive=True)
    run.set_status("running")
    await ghost.update(run)
    await a.broker.open(run.run_id)
    await a.broker.publish(run.run_id, RunEvent("started", {"run_id": run.run_id}))
    with pytest.raises(ThreadBusy):
        await a.manager.start(slow("t", 0.01), owner="alice")

    await client.delete(f"{prefix}:worker:ghost")  # the worker died: its key expired
    ended = await b.manager.wait(run.run_id)  # the stream closes when a live worker ends it
    assert ended.status == "error"
    assert ended.error is not None and ended.error["code"] == "worker_lost"
    events = [item[1] async for item in a.broker.subscribe(run.run_id) if item]
    assert [e.event for e in events] == ["started", "error"]
    assert events[-1].data["code"] == "worker_lost"
    after = await a.manager.start(slow("t", 0.01), owner="alice")  # the thread goes on
    assert (await a.manager.wait(after.run_id)).status == "success"
