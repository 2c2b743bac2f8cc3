"""PooledPostgresSaver: LangGraph's conformance suite, and calls that overlap over a pool.

The overlap is shown with a real condition, not a clock: another session holds a row lock on one
thread's checkpoint, so a saver call writing that row waits inside Postgres; meanwhile a call on
another thread must finish. The stock saver, by contrast, holds its instance lock all that time,
so every other call would queue behind the blocked one (langgraph issue #7259).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import psycopg
import pytest
from langgraph.checkpoint.base import BaseCheckpointSaver, empty_checkpoint
from langgraph.checkpoint.conformance import checkpointer_test, validate
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg.rows import dict_row

from runtime.stores.factory import PostgresPool, postgres_pool
from runtime.stores.postgres_saver import PooledPostgresSaver
from runtime.stores.serde import strict_serializer


def config(thread_id: str) -> Any:
    """A thread's root-namespace config."""
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}


@pytest.fixture
async def pool(postgres_url: str) -> AsyncIterator[PostgresPool]:
    """A pool of four connections on this module's database."""
    async with postgres_pool(postgres_url, max_size=4) as opened:
        yield opened


async def test_passes_langgraphs_checkpointer_conformance_suite(pool: PostgresPool) -> None:
    @checkpointer_test(name="PooledPostgresSaver")
    async def pooled() -> AsyncIterator[BaseCheckpointSaver[str]]:
        saver = PooledPostgresSaver(pool, serde=strict_serializer())
        await saver.setup()
        yield saver

    report = await validate(pooled)
    failures = {name: result.failures for name, result in report.results.items() if result.failures}
    assert report.passed_all_base(), failures
    assert report.passed_all(), failures


@asynccontextmanager
async def blocked_write(
    saver: AsyncPostgresSaver, postgres_url: str, thread_id: str
) -> AsyncIterator[asyncio.Task[Any]]:
    """A saver write waiting on a row lock another session holds; released on exit, then awaited."""
    checkpoint = empty_checkpoint()
    await saver.aput(config(thread_id), checkpoint, {"step": -1}, {})
    async with await psycopg.AsyncConnection.connect(postgres_url) as holder:
        await holder.execute(
            "SELECT 1 FROM checkpoints WHERE thread_id = %s FOR UPDATE", (thread_id,)
        )
        write = asyncio.create_task(saver.aput(config(thread_id), checkpoint, {"step": 0}, {}))
        try:
            await _until_a_backend_waits_for_a_lock(postgres_url)
            yield write
        finally:
            await holder.rollback()
            await write


async def _until_a_backend_waits_for_a_lock(postgres_url: str) -> None:
    """Poll a real condition: a backend on this database is waiting to write the locked row."""
    async with await psycopg.AsyncConnection.connect(
        postgres_url, autocommit=True, row_factory=dict_row
    ) as watcher:
        while True:
            cursor = await watcher.execute(
                "SELECT count(*) AS n FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND wait_event_type = 'Lock' AND query LIKE '%%INSERT INTO checkpoints%%'"
            )
            row = await cursor.fetchone()
            if row is not None and row["n"] > 0:
                return
            await asyncio.sleep(0.01)


async def test_a_call_on_another_thread_finishes_while_one_waits_in_postgres(
    pool: PostgresPool, postgres_url: str
) -> None:
    saver = PooledPostgresSaver(pool, serde=strict_serializer())
    await saver.setup()
    async with blocked_write(saver, postgres_url, "blocked-pooled") as write:
        await saver.aput(config("free-pooled"), empty_checkpoint(), {"step": -1}, {})
        assert await saver.aget_tuple(config("free-pooled")) is not None
        assert not write.done()  # the first call still waits: the two overlapped
        assert not saver.lock.locked()
    latest = await saver.aget_tuple(config("blocked-pooled"))
    assert latest is not None
    assert latest.metadata["step"] == 0


async def test_the_stock_saver_holds_its_one_lock_while_a_call_waits(
    pool: PostgresPool, postgres_url: str
) -> None:
    stock = AsyncPostgresSaver(pool, serde=strict_serializer())
    await stock.setup()
    async with blocked_write(stock, postgres_url, "blocked-stock"):
        assert stock.lock.locked()  # every other call of this saver now queues (#7259)


async def test_a_single_connection_keeps_the_lock(postgres_url: str) -> None:
    async with await psycopg.AsyncConnection.connect(
        postgres_url, autocommit=True, prepare_threshold=0, row_factory=dict_row
    ) as conn:
        saver = PooledPostgresSaver(conn, serde=strict_serializer())
        await saver.setup()
        async with blocked_write(saver, postgres_url, "blocked-single"):
            assert saver.lock.locked()  # one connection: calls must not use it at once
