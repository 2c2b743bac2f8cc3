"""What only the Redis broker must do: serve other workers, expire, share one blocked connection.

The contract shared with the in-memory broker is in test_broker.py. Real Redis, DB 6.
"""

from __future__ import annotations

import asyncio
import uuid

from redis.asyncio import BlockingConnectionPool, Redis

from runtime.events import RunEvent
from runtime.runs.redis_broker import RedisStreamBroker
from runtime.runs.redis_stream_reader import CACHE
from tests.support.redis_scope import redis_scope, redis_url

REDIS_DB = 6


def event(n: int) -> RunEvent:
    return RunEvent("progress", {"run_id": "r", "progress": n, "message": "练习"})


def follow(
    broker: RedisStreamBroker, run_id: str, *, idle_s: float = 0.05
) -> tuple[asyncio.Task[list[str]], asyncio.Event]:
    """A subscriber task, and an event set once it has caught up and waits (a heartbeat)."""
    idle = asyncio.Event()

    async def ids() -> list[str]:
        seen = []
        async for item in broker.subscribe(run_id, idle_s=idle_s):
            if item is None:
                idle.set()
            else:
                seen.append(item[0])
        return seen

    return asyncio.create_task(ids()), idle


async def wait_until_idle(
    broker: RedisStreamBroker, run_id: str
) -> tuple[asyncio.Task[list[str]], asyncio.Event]:
    """A subscriber task that has caught up and waits."""
    task, idle = follow(broker, run_id)
    await idle.wait()
    return task, idle


async def test_a_stream_published_by_one_worker_is_followed_live_by_another(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    other = Redis.from_url(redis_url(REDIS_DB), decode_responses=False)  # bytes, as may be
    publisher = RedisStreamBroker(client, prefix=prefix)
    reader = RedisStreamBroker(other, prefix=prefix)
    try:
        await publisher.open("r")
        await publisher.publish("r", event(1))
        follower, _ = await wait_until_idle(reader, "r")
        await publisher.publish("r", event(2))
        await publisher.close("r")
        assert await follower == ["r:1", "r:2"]
    finally:
        await reader.aclose()
        await other.aclose()


async def test_a_subscriber_of_a_run_published_here_reads_nothing_from_redis(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    broker = RedisStreamBroker(client, prefix=prefix)
    try:
        await broker.open("r")
        await broker.publish("r", event(1))
        follower, _ = await wait_until_idle(broker, "r")
        for n in range(2, 6):
            await broker.publish("r", event(n))
        await broker.close("r")
        assert await follower == [f"r:{n}" for n in range(1, 6)]
        assert broker.reader._task is None  # no XREAD was ever blocked for it
    finally:
        await broker.aclose()


async def test_a_subscriber_behind_the_cache_of_a_run_published_here_gets_every_event(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    broker = RedisStreamBroker(client, prefix=prefix)
    try:
        await broker.open("r")
        for n in range(1, CACHE + 301):  # more than the process holds for its subscribers
            await broker.publish("r", event(n))
        # No heartbeats: a subscriber that reads from Redis must be woken by the flushes/close.
        follower = asyncio.create_task(_ids(broker, "r"))
        await broker.close("r")
        assert await follower == [f"r:{n}" for n in range(1, CACHE + 301)]
    finally:
        await broker.aclose()


async def test_a_runs_keys_expire_after_the_run_ends(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    broker = RedisStreamBroker(client, prefix=prefix, retention_s=30, orphan_ttl_s=3600)
    await broker.open("r")
    await broker.publish("r", event(1))
    reader = RedisStreamBroker(client, prefix=prefix)
    async for item in reader.subscribe("r"):  # the event has reached Redis
        assert item is not None
        break
    keys = [f"{prefix}:run:r:meta", f"{prefix}:run:r:events"]
    for key in keys:  # a run that never closes (its worker died) is still cleaned up, later
        assert 30_000 < await client.pttl(key) <= 3_600_000
    await broker.close("r")
    for key in keys:
        assert 0 < await client.pttl(key) <= 30_000


async def test_an_event_after_the_close_is_dropped(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    broker = RedisStreamBroker(client, prefix=prefix)
    await broker.open("r")
    await broker.publish("r", event(1))
    await broker.close("r")
    await broker.publish("r", event(2))  # a zombie's late event: the stream has ended
    assert await broker.last_sequence("r") == 1
    ids = [item[0] async for item in broker.subscribe("r") if item]
    assert ids == ["r:1"]


async def test_two_hundred_waiting_streams_block_one_connection(scope: tuple[Redis, str]) -> None:
    shared, prefix = scope
    name = f"kpl-test-{uuid.uuid4().hex[:8]}"
    # Four connections in all: a connection per waiting stream could not even start.
    pool = BlockingConnectionPool.from_url(
        redis_url(REDIS_DB), max_connections=4, client_name=name, decode_responses=True
    )
    client = Redis(connection_pool=pool)
    broker = RedisStreamBroker(client, prefix=prefix)
    publisher = RedisStreamBroker(shared, prefix=prefix)  # the runs are another worker's
    try:
        runs = [f"r{n}" for n in range(200)]
        for run_id in runs:
            await publisher.open(run_id)
        followers = [follow(broker, run_id, idle_s=1.0) for run_id in runs]
        for _, idle in followers:
            await idle.wait()
        async with redis_scope(REDIS_DB) as (observer, _):
            listed = await observer.client_list()
        ours = [c for c in listed if c.get("name") == name]
        assert len(ours) <= 4
        assert [c["cmd"] for c in ours if "b" in c["flags"]] == ["xread"]
        for run_id in runs:
            await publisher.publish(run_id, event(1))
            await publisher.close(run_id)
        for run_id, (task, _) in zip(runs, followers, strict=True):
            assert await task == [f"{run_id}:1"]
    finally:
        await publisher.aclose()
        await broker.aclose()
        await client.aclose()
        await pool.aclose()


async def test_the_reader_reconnects_when_its_connection_is_killed(
    scope: tuple[Redis, str],
) -> None:
    shared, prefix = scope
    name = f"kpl-test-{uuid.uuid4().hex[:8]}"
    client = Redis.from_url(redis_url(REDIS_DB), client_name=name, decode_responses=True)
    broker = RedisStreamBroker(client, prefix=prefix, block_s=30)
    publisher = RedisStreamBroker(shared, prefix=prefix)  # the run is another worker's
    try:
        await publisher.open("r")
        # No heartbeats (a heartbeat re-reads the stream too): only the reader can wake it.
        follower = asyncio.create_task(_ids(broker, "r"))
        async with redis_scope(REDIS_DB) as (observer, _):
            first = await _blocked_reader(observer, name, other_than=None)
            await observer.client_kill_filter(_id=first)
            await _blocked_reader(observer, name, other_than=first)  # back, on a new connection
        await publisher.publish("r", event(1))
        await publisher.close("r")
        assert await follower == ["r:1"]
    finally:
        await publisher.aclose()
        await broker.aclose()
        await client.aclose()


async def _ids(broker: RedisStreamBroker, run_id: str) -> list[str]:
    return [item[0] async for item in broker.subscribe(run_id) if item]


async def _blocked_reader(observer: Redis, name: str, *, other_than: str | None) -> str:
    """The id of our client's connection blocked in XREAD, once there is one (polled)."""
    while True:
        for connection in await observer.client_list():
            if (
                connection.get("name") == name
                and connection["cmd"] == "xread"
                and "b" in connection["flags"]
                and connection["id"] != other_than
            ):
                return str(connection["id"])
        await asyncio.sleep(0.02)


async def test_publishes_retried_by_the_client_are_stored_once(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    broker = RedisStreamBroker(client, prefix=prefix)
    keys = [f"{prefix}:run:r:meta", f"{prefix}:run:r:events"]
    # A worker ending a run it did not open numbers in Redis: the same call twice adds one event.
    one: list[str | int] = [100, "progress", '{"run_id":"r"}', "token-1"]
    assert await broker._publish(keys=keys, args=one) == 1
    assert await broker._publish(keys=keys, args=one) == 1
    # The run's own worker sends batches it numbered: the same batch twice adds it once.
    batch: list[str | int] = [
        100,
        60_000,
        "token-2",
        0,
        2,
        "progress",
        '{"run_id":"r"}',
        3,
        "progress",
        "{}",
    ]
    assert await broker._append(keys=keys, args=batch) == 3
    assert await broker._append(keys=keys, args=batch) == 3
    # Its last batch closes the stream too: sent twice, it is stored and closed once.
    last: list[str | int] = [100, 60_000, "token-3", 30_000, 4, "progress", "{}"]
    assert await broker._append(keys=keys, args=last) == 4
    assert await broker._append(keys=keys, args=last) == 4
    assert await broker.is_closed("r")
    entries = [entry[0] for entry in await client.xrange(keys[1]) or ()]
    assert entries == ["0-1", "0-2", "0-3", "0-4", "1-0"]
