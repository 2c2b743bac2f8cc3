"""Round trips to a real Postgres: a run's writes share them, a failing write fails alone.

Counted, never timed: every connection of the pools here counts the times it waits for Postgres
to answer what it sent (a pipeline is one such wait, whatever it holds), by wrapping the generator
psycopg drives for each operation, as bench/postgres_round_trips.py does inside `kpl serve`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from typing import Any, cast

import psycopg
import pytest
from psycopg.rows import DictRow, dict_row
from psycopg.waiting import Wait
from psycopg_pool import AsyncConnectionPool

from runtime.stores.postgres_saver import PooledPostgresSaver
from runtime.stores.postgres_store import PooledPostgresStore
from runtime.stores.postgres_write_batch import Statement, WriteBatcher
from runtime.stores.serde import strict_serializer
from tests.runtime.sample_graphs import five_node_chain

CHAIN_CHECKPOINTS = 7
"""The five-node chain's checkpoints in a run: the input's, one before each node, the last."""
CHAIN_WRITE_CALLS = 13
"""Its saver write calls unbatched: the 7 checkpoints and the writes of 6 tasks (input + nodes)."""


class RoundTrips:
    """How many times the counted connections waited for Postgres's answer."""

    count = 0


class CountedConnection(psycopg.AsyncConnection[DictRow]):
    """A connection that counts its round trips in `RoundTrips.count`."""

    async def wait(self, gen: Any, *args: Any, **kwargs: Any) -> Any:
        return await super().wait(_counted(gen), *args, **kwargs)


def _counted(gen: Generator[Any, Any, Any]) -> Generator[Any, Any, Any]:
    """`gen`, counting a round trip at each run of read-waits (a write, then waiting to read)."""
    reading = False
    try:
        state = next(gen)
        while True:
            if state == Wait.R and not reading:
                RoundTrips.count += 1
            reading = state == Wait.R
            state = gen.send((yield state))
    except StopIteration as stop:
        return stop.value


@asynccontextmanager
async def counted_pool(url: str) -> AsyncIterator[AsyncConnectionPool[Any]]:
    """A pool as the factory opens one (autocommit, dict rows), of counted connections."""
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url,
        min_size=1,
        max_size=10,
        connection_class=CountedConnection,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        open=False,
    )
    async with pool:
        yield pool


@asynccontextmanager
async def counting() -> AsyncIterator[list[int]]:
    """The round trips made inside the block, in a list's one item once it has ended."""
    found: list[int] = []
    before = RoundTrips.count
    yield found
    found.append(RoundTrips.count - before)


def config(thread_id: str) -> Any:
    return {"configurable": {"thread_id": thread_id}}


@pytest.fixture
async def saver(postgres_url: str) -> AsyncIterator[PooledPostgresSaver]:
    async with counted_pool(postgres_url) as pool:
        opened = PooledPostgresSaver(pool, serde=strict_serializer())
        await opened.setup()
        yield opened


async def test_one_run_costs_at_most_a_round_trip_per_saver_call(
    saver: PooledPostgresSaver,
) -> None:
    chain = five_node_chain().compile(checkpointer=saver)
    thread = uuid.uuid4().hex
    async with counting() as trips:
        result = await chain.ainvoke({"count": 0}, config(thread), durability="sync")
    assert result["count"] == 5
    # One read of the latest checkpoint, then each write call alone at most (none waits for another).
    assert trips[0] <= 1 + CHAIN_WRITE_CALLS
    history = [c async for c in saver.alist(config(thread))]
    assert len(history) == CHAIN_CHECKPOINTS


async def test_concurrent_runs_share_their_write_round_trips(saver: PooledPostgresSaver) -> None:
    chain = five_node_chain().compile(checkpointer=saver)
    threads = [uuid.uuid4().hex for _ in range(10)]
    async with counting() as trips:
        results = await asyncio.gather(
            *(chain.ainvoke({"count": 0}, config(t), durability="async") for t in threads)
        )
    assert [r["count"] for r in results] == [5] * len(threads)
    reads = len(threads)  # each run reads its thread's latest checkpoint once
    unbatched = len(threads) * CHAIN_WRITE_CALLS
    assert trips[0] - reads <= unbatched // 2, f"{trips[0]} round trips for {unbatched} writes"
    for thread in threads:  # nothing batched was lost: every step of every run is in its history
        history = [c async for c in saver.alist(config(thread))]
        assert [c.metadata["step"] for c in history] == list(range(5, -2, -1))


async def test_calls_queued_behind_a_full_batcher_go_in_one_batch(
    postgres_url: str,
) -> None:
    async with counted_pool(postgres_url) as pool:
        await _create_table(pool)
        batcher = _SizedBatcher(pool)  # two batches in flight at most
        keys = [f"queued-{i}" for i in range(8)]
        await asyncio.gather(*(batcher.write([_insert(k)]) for k in keys))
        # The first two calls leave at once, alone; the six queued meanwhile share the next.
        # Counted as batches (each one pipeline), not as socket waits: under load Postgres's
        # answer to one pipeline can arrive in pieces, which the wait counter sees as two trips.
        assert batcher.sizes == [1, 1, 6]
        assert await _keys(pool) == sorted(keys)


class _SizedBatcher(WriteBatcher):
    """A WriteBatcher that records how many calls each batch it sends holds."""

    def __init__(self, pool: AsyncConnectionPool[Any]) -> None:
        super().__init__(pool)
        self.sizes: list[int] = []

    async def _send(self, batch: list[Any]) -> None:
        self.sizes.append(len(batch))
        await super()._send(batch)


async def test_a_call_queued_with_others_fails_alone_and_theirs_land(postgres_url: str) -> None:
    async with counted_pool(postgres_url) as pool:
        await _create_table(pool)
        batcher = WriteBatcher(pool, max_in_flight=1)
        good = [[_insert(k)] for k in ("first", "second", "third", "fourth")]
        bad = [Statement("INSERT INTO no_such_table (k) VALUES (%s)", ("x",))]
        # The first call goes alone; the four queued meanwhile go together, and fail together.
        # (No round trips counted here: an error can come back while a pipeline is still being
        # sent, with no wait of its own for the counter to see.)
        outcomes = await asyncio.gather(
            *(batcher.write(s) for s in (good[0], good[1], bad, good[2], good[3])),
            return_exceptions=True,
        )
        assert isinstance(outcomes[2], psycopg.errors.UndefinedTable)
        assert [o for i, o in enumerate(outcomes) if i != 2] == [None] * 4
        assert await _keys(pool) == ["first", "fourth", "second", "third"]


async def test_a_store_read_is_one_round_trip_and_a_write_one(postgres_url: str) -> None:
    async with counted_pool(postgres_url) as pool:
        store = PooledPostgresStore(pool)
        await store.setup()
        async with counting() as put:
            await store.aput(("kpl", "threads"), "t1", {"owner": "alice"})
        async with counting() as got:
            item = await store.aget(("kpl", "threads"), "t1")
        assert item is not None
        assert item.value == {"owner": "alice"}
        assert (put[0], got[0]) == (1, 1)


async def _create_table(pool: AsyncConnectionPool[Any]) -> None:
    async with pool.connection() as conn:
        await conn.execute("DROP TABLE IF EXISTS batched")
        await conn.execute("CREATE TABLE batched (k TEXT PRIMARY KEY)")


def _insert(key: str) -> Statement:
    return Statement("INSERT INTO batched (k) VALUES (%s)", (key,))


async def _keys(pool: AsyncConnectionPool[Any]) -> list[str]:
    async with pool.connection() as conn:
        cur = await conn.execute("SELECT k FROM batched ORDER BY k")
        rows = cast(list[dict[str, str]], await cur.fetchall())
    return [row["k"] for row in rows]
