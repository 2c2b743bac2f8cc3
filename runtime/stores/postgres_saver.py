"""LangGraph's `AsyncPostgresSaver` over a connection pool, without its one instance-wide lock.

The stock saver takes `self.lock` around every database call, whatever `conn` is
(langgraph issue #7259). That lock exists for a single shared `AsyncConnection`: psycopg lets one
coroutine at a time use a connection outside pipeline mode. Over an `AsyncConnectionPool` every
call checks out a connection of its own, which no other coroutine holds until it is returned, so
the lock protects nothing and only makes concurrent runs on different threads queue behind each
other (`bench/postgres_concurrency.py`; figures in docs/benchmarks.md). LangGraph's own
`AsyncPostgresStore` already skips its lock for a pool; this does the same for the saver.

Given a single connection (or a pipeline), the saver keeps the stock behaviour, lock included.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg import AsyncCursor
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool


class PooledPostgresSaver(AsyncPostgresSaver):
    """`AsyncPostgresSaver` whose calls run side by side when it is given a connection pool."""

    @asynccontextmanager
    async def _cursor(self, *, pipeline: bool = False) -> AsyncIterator[AsyncCursor[DictRow]]:
        """A cursor on a connection of the pool's, held by this call alone; else the stock one."""
        if not isinstance(self.conn, AsyncConnectionPool):
            async with super()._cursor(pipeline=pipeline) as cur:
                yield cur
            return
        async with self.conn.connection() as conn:
            if not pipeline:
                async with conn.cursor(binary=True, row_factory=dict_row) as cur:
                    yield cur
            elif self.supports_pipeline:
                # One round trip for the blob upserts and the checkpoint row, as the stock saver.
                async with conn.pipeline(), conn.cursor(binary=True, row_factory=dict_row) as cur:
                    yield cur
            else:
                async with (
                    conn.transaction(),
                    conn.cursor(binary=True, row_factory=dict_row) as cur,
                ):
                    yield cur
