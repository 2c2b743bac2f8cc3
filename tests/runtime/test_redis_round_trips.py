"""What a run costs Redis coordination in round trips, counted on the client's connections (a
pipeline is one write), never timed. Real Redis, DB 11, prefixes `kpl-r6:...`.

bench/redis_round_trips.py prints the same counts, by command, for `kpl serve` over HTTP.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.connection import Connection
from redis.exceptions import ResponseError

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.redis_connect import redis_options
from runtime.redis_pipelining import SharedPipeline
from runtime.run_request import RunRequest
from runtime.runs.manager import RunManager
from runtime.runs.records import Run
from runtime.runs.redis_broker import READ, RedisStreamBroker
from runtime.runs.redis_locks import RedisThreadLeases
from runtime.runs.redis_records import RedisRunRecords
from runtime.stores.serde import strict_serializer
from tests.runtime.conftest import sample_registry
from tests.support.redis_scope import delete_prefix, redis_url

REDIS_DB = 11


@dataclass
class Writes:
    """What a client wrote to its Redis connections: one entry a write (a pipeline is one)."""

    sent: list[bytes] = field(default_factory=list)

    def count(self) -> int:
        """Writes, less a new connection's handshake (HELLO, CLIENT SETINFO, SELECT, PING)."""
        return sum(not _handshake(write) for write in self.sent)

    def containing(self, part: bytes) -> int:
        return sum(part in write for write in self.sent)

    def forget(self) -> None:
        self.sent.clear()


def _handshake(write: bytes) -> bool:
    name = write.split(b"\r\n")[2].upper()
    return name in {b"HELLO", b"CLIENT", b"SELECT", b"PING"}


def counted_client() -> tuple[Redis, Writes]:
    """A client configured as the workers' (`redis_options`) that records its writes."""
    writes = Writes()

    class Counted(Connection):
        async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
            raw = command if isinstance(command, bytes | str) else b"".join(command)
            writes.sent.append(raw.encode() if isinstance(raw, str) else raw)
            await super().send_packed_command(command, check_health)

    pool = ConnectionPool.from_url(
        redis_url(REDIS_DB), connection_class=Counted, decode_responses=True, **redis_options()
    )
    return Redis.from_pool(pool), writes  # the client closes the pool


@dataclass
class Worker:
    manager: RunManager
    broker: RedisStreamBroker
    writes: Writes


@pytest.fixture
async def worker(tmp_path: Path) -> AsyncIterator[Worker]:
    """One worker's run manager on Redis coordination, as `open_coordination` builds it."""
    client, writes = counted_client()
    prefix = f"kpl-r6:{uuid.uuid4().hex[:12]}"
    scripts = SharedPipeline(client)
    # Events wait for the run's close to go along (by default a flush waits 5 ms for more):
    # the count does not depend on how fast the machine runs the graph.
    broker = RedisStreamBroker(client, prefix=prefix, scripts=scripts, flush_linger_s=60)
    leases = RedisThreadLeases(client, prefix=prefix, scripts=scripts)
    records = RedisRunRecords(client, prefix=prefix, scripts=scripts, streams=broker)
    executor = GraphExecutor(
        sample_registry(),
        InMemorySaver(serde=strict_serializer()),
        FlowContext(library=ContentLibrary.load(tmp_path)),
        locks=leases,
    )
    manager = RunManager(executor, broker, records=records)
    try:
        await manager.open()
        yield Worker(manager, broker, writes)
    finally:
        await manager.shutdown()
        await broker.aclose()
        await leases.aclose()
        await delete_prefix(client, prefix)
        await client.aclose()


async def streamed_run(worker: Worker, thread_id: str) -> list[str]:
    """Start a run of the sample `slow` graph and follow its stream to the end, as the API does."""
    run = await worker.manager.start(
        RunRequest(graph="slow", thread_id=thread_id, input={"delay": 0.01}), owner="alice"
    )
    names: list[str] = [item[1].event async for item in worker.broker.subscribe(run.run_id) if item]
    await worker.manager.wait(run.run_id)
    return names


async def test_one_run_costs_six_round_trips_and_reads_nothing_back(worker: Worker) -> None:
    await streamed_run(worker, "warm-up")  # the scripts are loaded once per Redis
    worker.writes.forget()
    names = await streamed_run(worker, "t")
    assert names[0] == "started" and names[-1] == "completed"
    # Claim with its stream opened, take the lease, running, success, its events with the close,
    # give the lease back. It was 10 before the run's own subscriber stopped reading its events
    # back (a catch-up read, a blocked XREAD), the close went with the last events and the claim
    # opened the stream.
    assert worker.writes.count() <= 6, worker.writes.sent
    assert worker.writes.containing(b"XREAD") == 0
    assert worker.writes.containing(worker.broker._read_script.sha.encode()) == 0
    assert READ  # the script a subscriber catching up from Redis would have sent


async def test_concurrent_runs_share_round_trips(worker: Worker) -> None:
    await streamed_run(worker, "warm-up")
    worker.writes.forget()
    runs = 20
    ended = await asyncio.gather(*(streamed_run(worker, f"t{n}") for n in range(runs)))
    assert all(names[-1] == "completed" for names in ended)
    # Each run sends 6 scripts; made at once, they travel together: at most half as many round
    # trips as on their own, whatever the machine's speed (the slower a round trip, the more
    # calls wait for the next).
    assert worker.writes.count() <= runs * 6 // 2, worker.writes.count()


async def test_each_caller_of_a_pipeline_gets_its_own_reply_or_error() -> None:
    client, writes = counted_client()
    try:
        scripts = SharedPipeline(client)
        # Unique text: Redis has never seen it, so the first round trip answers NOSCRIPT.
        echo = scripts.register(
            f"-- {uuid.uuid4().hex}\n"
            "if ARGV[1] == 'bad' then return redis.error_reply('refused: ' .. KEYS[1]) end\n"
            "return ARGV[1]"
        )
        args = [str(n) for n in range(30)] + ["bad"]
        replies = await asyncio.gather(
            *(scripts.run(echo, keys=[f"kpl-r6:{a}"], args=[a]) for a in args),
            return_exceptions=True,
        )
        assert replies[:-1] == args[:-1]
        assert isinstance(replies[-1], ResponseError) and "refused: kpl-r6:bad" in str(replies[-1])
        # The first call alone, NOSCRIPT; loaded; sent again; the other 30 calls together
        # (NOSCRIPT, loaded, again): a handful of writes for 31 calls.
        assert writes.count() <= 6, writes.sent
    finally:
        await client.aclose()


async def test_a_claim_opens_the_runs_stream_for_every_worker() -> None:
    client, writes = counted_client()
    prefix = f"kpl-r6:{uuid.uuid4().hex[:12]}"
    try:
        broker = RedisStreamBroker(client, prefix=prefix)
        records = RedisRunRecords(client, prefix=prefix, streams=broker)
        other = RedisStreamBroker(client, prefix=prefix)  # another worker's broker
        run = Run(run_id="r", thread_id="t", graph="slow", owner="alice")
        assert await records.claim(run, exclusive=True) == (None, None)
        # Known everywhere before its first event (no ReplayGap for a subscriber), and running.
        assert await other.last_sequence("r") == 0
        assert not await other.is_closed("r")
        writes.forget()
        await broker.open("r")
        assert writes.count() == 0  # the claim did it
        await broker.publish("r", RunEvent("started", {"run_id": "r"}))
        await broker.close("r")
        assert [item[0] async for item in other.subscribe("r") if item] == ["r:1"]
    finally:
        await delete_prefix(client, prefix)
        await client.aclose()
