"""Run records: the `RunRecords` contract for both backends, and Redis's dead workers (DB 8)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from runtime.runs.records import InMemoryRunRecords, Run, RunRecords
from runtime.runs.redis_records import RedisRunRecords
from tests.support.redis_scope import redis_scope, redis_url

REDIS_DB = 8


@pytest.fixture(params=["memory", "redis"])
async def records(request: pytest.FixtureRequest) -> AsyncIterator[RunRecords]:
    if request.param == "memory":
        yield InMemoryRunRecords()
        return
    async with redis_scope(REDIS_DB) as (client, prefix):
        yield RedisRunRecords(client, prefix=prefix, ttl_s=1.0)


def new_run(run_id: str, thread_id: str = "t", **fields: object) -> Run:
    return Run(run_id=run_id, thread_id=thread_id, graph="slow", owner="alice", **fields)  # type: ignore[arg-type]


async def test_a_claimed_run_is_read_back_whole(records: RunRecords) -> None:
    run = new_run("r1", worker=records.worker_id)
    assert await records.claim(run, exclusive=True) == (None, None)
    run.set_status("interrupted")
    run.interrupt = {"kind": "learner_reply", "prompt": "您好"}
    assert await records.update(run)
    found = await records.get("r1")
    assert found is not None
    assert found.public() == run.public()
    assert found.interrupt == run.interrupt
    assert found.worker == records.worker_id
    latest = await records.latest("t")
    assert latest is not None and latest.run_id == "r1"
    assert await records.get("nobody") is None
    assert await records.latest("no-thread") is None


async def test_an_exclusive_claim_is_refused_while_the_thread_runs(records: RunRecords) -> None:
    first = new_run("r1")
    await records.claim(first, exclusive=True)
    busy, _ = await records.claim(new_run("r2"), exclusive=True)
    assert busy is not None and busy.run_id == "r1"
    first.set_status("running")
    await records.update(first)
    busy, _ = await records.claim(new_run("r3"), exclusive=True)
    assert busy is not None and busy.run_id == "r1"
    assert await records.get("r3") is None  # a refused claim records nothing
    queued, previous = await records.claim(new_run("r4"), exclusive=False)
    assert (queued, previous) == (None, "r1")  # enqueue and interrupt do not ask
    first.set_status("success")
    await records.update(first)
    latest = await records.latest("t")
    assert latest is not None and latest.run_id == "r4"


async def test_a_thread_whose_run_ended_takes_a_new_one(records: RunRecords) -> None:
    first = new_run("r1")
    await records.claim(first, exclusive=True)
    first.set_status("error")
    first.error = {"code": "internal", "message": "坏了", "retriable": False}
    await records.update(first)
    assert await records.claim(new_run("r2"), exclusive=True) == (None, "r1")


async def test_dropping_a_refused_run_restores_the_threads_newest(records: RunRecords) -> None:
    first = new_run("r1", status="success")
    await records.claim(first, exclusive=True)
    refused = new_run("r2")
    _, previous = await records.claim(refused, exclusive=True)
    await records.drop(refused, previous)
    assert await records.get("r2") is None
    latest = await records.latest("t")
    assert latest is not None and latest.run_id == "r1"
    lone = new_run("r3", thread_id="t2")
    _, previous = await records.claim(lone, exclusive=True)
    await records.drop(lone, previous)
    assert await records.latest("t2") is None


async def test_a_cancel_request_reaches_the_attached_worker(records: RunRecords) -> None:
    heard: asyncio.Queue[str] = asyncio.Queue()

    async def no_loss(runs: list[Run]) -> None:
        raise AssertionError(f"no worker died: {runs}")

    async with records.attach(on_cancel=heard.put_nowait, on_lost=no_loss):
        await records.request_cancel("r1")
        assert await heard.get() == "r1"


async def test_a_cancel_request_reaches_every_other_worker(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    other = Redis.from_url(redis_url(REDIS_DB), decode_responses=True)
    mine = RedisRunRecords(client, prefix=prefix, ttl_s=1.0)
    theirs = RedisRunRecords(other, prefix=prefix, ttl_s=1.0)
    heard: asyncio.Queue[str] = asyncio.Queue()

    async def no_loss(runs: list[Run]) -> None:
        raise AssertionError(f"no worker died: {runs}")

    try:
        async with theirs.attach(on_cancel=heard.put_nowait, on_lost=no_loss):
            await mine.request_cancel("r9")
            assert await heard.get() == "r9"
    finally:
        await other.aclose()


async def test_an_ended_record_is_never_written_again(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    records = RedisRunRecords(client, prefix=prefix)
    run = new_run("r1", status="running")
    await records.claim(run, exclusive=True)
    run.set_status("cancelled")
    assert await records.update(run)
    run.set_status("running")  # a late write from a worker that missed the end
    assert not await records.update(run)
    found = await records.get("r1")
    assert found is not None and found.status == "cancelled"


async def test_the_runs_of_a_dead_worker_end_as_worker_lost(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    dead = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, worker="dead-worker")
    alive = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, worker="live-worker")
    survivor = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, worker="survivor")
    for records in (dead, alive, survivor):
        await records.keep_alive()
    running = new_run("r1", status="running", worker="dead-worker")
    finished = new_run("r2", thread_id="t2", status="running", worker="dead-worker")
    elsewhere = new_run("r3", thread_id="t3", status="running", worker="live-worker")
    await dead.claim(running, exclusive=True)
    await dead.claim(finished, exclusive=True)
    await alive.claim(elsewhere, exclusive=True)
    finished.set_status("success")
    await dead.update(finished)
    await client.delete(f"{prefix}:worker:dead-worker")  # its liveness key expired

    lost = await survivor.reap()
    assert [run.run_id for run in lost] == ["r1"]
    assert lost[0].status == "error"
    assert lost[0].error is not None and lost[0].error["code"] == "worker_lost"
    assert await survivor.reap() == []  # ended once, by one worker
    assert not await dead.update(running)  # the dead worker's late writes are refused
    unaffected = await survivor.get("r3")
    assert unaffected is not None and unaffected.status == "running"
    done = await survivor.get("r2")
    assert done is not None and done.status == "success"
    assert await client.smembers(f"{prefix}:workers") == {"live-worker", "survivor"}


async def test_a_worker_that_leaves_is_reaped_without_losing_ended_runs(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    leaving = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, worker="leaving")
    survivor = RedisRunRecords(client, prefix=prefix, ttl_s=1.0, worker="survivor")

    async def nothing(runs: list[Run]) -> None:
        pass

    async with leaving.attach(on_cancel=lambda run_id: None, on_lost=nothing):
        run = new_run("r1", worker="leaving")
        await leaving.claim(run, exclusive=True)
        run.set_status("success")
        await leaving.update(run)
        assert await client.exists(f"{prefix}:worker:leaving")
    assert not await client.exists(f"{prefix}:worker:leaving")
    assert await survivor.reap() == []
    assert await client.smembers(f"{prefix}:workers") == set()


async def test_every_record_write_may_be_retried(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    records = RedisRunRecords(client, prefix=prefix, worker="w")
    run = new_run("r1", worker="w")
    assert await records.claim(run, exclusive=True) == (None, None)
    busy, _ = await records.claim(run, exclusive=True)  # the same claim again: still ours
    assert busy is None
    run.set_status("success")
    assert await records.update(run)
    assert await records.update(run)  # the same end again: accepted, not "ended elsewhere"

    dead = RedisRunRecords(client, prefix=prefix, worker="dead")
    await dead.keep_alive()
    lost = new_run("r2", thread_id="t2", status="running", worker="dead")
    await dead.claim(lost, exclusive=True)
    await client.delete(f"{prefix}:worker:dead")
    keys = [
        f"{prefix}:workers",
        f"{prefix}:worker:dead:runs",
        f"{prefix}:worker:dead",
        f"{prefix}:worker:dead:reaped",
    ]
    args: list[str | int] = ["dead", prefix, "{}", "0", 60_000]
    assert await records._reap(keys=keys, args=[*args, "reaper"]) == ["r2"]
    assert await records._reap(keys=keys, args=[*args, "reaper"]) == ["r2"]  # retried: same
    assert await records._reap(keys=keys, args=[*args, "another"]) == []  # others: nothing
