"""LangGraph's `AsyncPostgresSaver` over a connection pool: no instance-wide lock, writes batched.

The stock saver takes `self.lock` around every database call, whatever `conn` is
(langgraph issue #7259). That lock exists for a single shared `AsyncConnection`: psycopg lets one
coroutine at a time use a connection outside pipeline mode. Over an `AsyncConnectionPool` every
call checks out a connection of its own, which no other coroutine holds until it is returned, so
the lock protects nothing and only makes concurrent runs on different threads queue behind each
other (`bench/postgres_concurrency.py`; figures in docs/benchmarks.md). LangGraph's own
`AsyncPostgresStore` already skips its lock for a pool; this does the same for the saver.

Over a pool, the saver's writes (`aput`, `aput_writes`, `adelete_thread`: the calls the stock
saver runs in a pipeline and reads nothing back from) go through a `WriteBatcher`
(runtime/stores/postgres_write_batch.py): calls that arrive while earlier ones are on their way
share one round trip and one commit. The stock code builds the statements, as it always has,
on a cursor that only records them; the batcher sends them. Reads keep a pooled connection each.

Given a single connection (or a pipeline), the saver keeps the stock behaviour, lock included.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any, cast

from langgraph.checkpoint.postgres import _ainternal
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.serde.base import SerializerProtocol
from psycopg import AsyncCursor, AsyncPipeline
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from runtime.stores.postgres_write_batch import Params, Statement, WriteBatcher


class PooledPostgresSaver(AsyncPostgresSaver):
    """`AsyncPostgresSaver` whose calls run side by side, and whose writes share round trips,
    when it is given a connection pool."""

    def __init__(
        self,
        conn: _ainternal.Conn,
        pipe: AsyncPipeline | None = None,
        serde: SerializerProtocol | None = None,
        *,
        max_writes_in_flight: int = 2,
    ) -> None:
        super().__init__(conn, pipe, serde)
        self.writes: WriteBatcher | None = (
            WriteBatcher(conn, max_in_flight=max_writes_in_flight)
            if isinstance(conn, AsyncConnectionPool)
            else None
        )
        """Over a pool: what sends the writes, batched; None on a single connection."""

    @asynccontextmanager
    async def _cursor(self, *, pipeline: bool = False) -> AsyncIterator[AsyncCursor[DictRow]]:
        """A cursor on a connection of the pool's, held by this call alone (a recording one for
        the writes, sent batched once the call has made them); else the stock one."""
        if not isinstance(self.conn, AsyncConnectionPool) or self.writes is None:
            async with super()._cursor(pipeline=pipeline) as cur:
                yield cur
            return
        if pipeline:
            recorder = StatementRecorder()
            # The stock write calls only execute on a pipeline cursor; anything else they did
            # with it would fail here (AttributeError), not silently.
            yield cast(AsyncCursor[DictRow], recorder)
            await self.writes.write(recorder.statements)
            return
        async with (
            self.conn.connection() as conn,
            conn.cursor(binary=True, row_factory=dict_row) as cur,
        ):
            yield cur


class StatementRecorder:
    """Stands in for a pipeline cursor: keeps what a write call executes, to send it later."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []

    async def execute(self, query: str, params: Params | None = None, **options: Any) -> None:
        """Keep one statement."""
        _plain(options)
        self.statements.append(Statement(query, params or ()))

    async def executemany(self, query: str, params_seq: Iterable[Params], **options: Any) -> None:
        """Keep one statement and its rows of parameters."""
        _plain(options)
        rows = list(params_seq)
        if rows:
            self.statements.append(Statement(query, rows, many=True))


def _plain(options: dict[str, Any]) -> None:
    """Refuse execute options a recorded statement could not honour (results are never read)."""
    if options.keys() - {"binary", "prepare"}:
        raise TypeError(f"a batched write cannot use {sorted(options)}")
