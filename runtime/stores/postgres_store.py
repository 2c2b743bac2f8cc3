"""LangGraph's `AsyncPostgresStore`, whose read-only batches skip the pipeline they do not need.

The stock store runs every batch of operations in a pipeline. For writes that is one round trip:
the statements go together and the closing Sync commits them. For a batch of reads only (a
thread's record looked up, a user's threads listed) each read must fetch its rows before the next
is built, so the pipeline's closing Sync goes alone: a round trip that carries nothing, two per
`aget` where one does (`bench/postgres_round_trips.py` counted 1.6–1.8 of them a run). Over a pool,
this store runs such batches on a plain autocommit cursor: the same statements, each in its own
snapshot as under the pipeline's READ COMMITTED, one round trip each.

Batches with a write, and a store on a single connection or pipeline, keep the stock behaviour.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

from langgraph.store.base import PutOp, Result
from langgraph.store.postgres.aio import AsyncPostgresStore
from psycopg import AsyncConnection, AsyncCursor
from psycopg.rows import DictRow
from psycopg_pool import AsyncConnectionPool

_READS_ONLY: ContextVar[bool] = ContextVar("kpl_store_batch_reads_only", default=False)
"""Set while this task runs a batch that writes nothing."""


class PooledPostgresStore(AsyncPostgresStore):
    """`AsyncPostgresStore` whose batches of reads cost one round trip a read over a pool."""

    async def _execute_batch(
        self,
        grouped_ops: dict[Any, Any],
        results: list[Result],
        conn: AsyncConnection[DictRow] | None = None,
    ) -> None:
        reads_only = PutOp not in grouped_ops and isinstance(self.conn, AsyncConnectionPool)
        token = _READS_ONLY.set(reads_only)
        try:
            await super()._execute_batch(grouped_ops, results, conn)
        finally:
            _READS_ONLY.reset(token)

    @asynccontextmanager
    async def _cursor(self, *, pipeline: bool = False) -> AsyncIterator[AsyncCursor[DictRow]]:
        """The stock cursor, but no pipeline for a batch of reads."""
        async with super()._cursor(pipeline=pipeline and not _READS_ONLY.get()) as cur:
            yield cur
