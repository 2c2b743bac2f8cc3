"""Checkpoint writes that arrive together go to Postgres together: one pipeline, one commit.

LangGraph writes a checkpoint per step and each task's writes as the task ends; with durability
`async` those calls overlap the next step, and concurrent runs add their own. Sent one call a
round trip (the stock saver), a run of the five-node chain costs 13 write round trips and as many
commits, each waiting for a WAL flush (`bench/postgres_round_trips.py`).

`WriteBatcher` sends a call's statements at once when fewer than `max_in_flight` batches are on
their way; otherwise the call waits in a queue, and everything queued goes in the next batch: one
pooled connection, one pipeline, one implicit transaction (so one commit) for all of it. Nothing
is delayed to wait for company, and every caller still returns only once its own statements are
committed: the durability each caller asked for is unchanged.

A batch is atomic. If any statement in it fails, Postgres rolls the whole batch back; each call
of the batch is then sent again alone, so that a call fails with its own error only and its
neighbours' writes still land. The statements the saver batches are idempotent upserts (and a
thread's deletes), so sending one twice is harmless.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

Params = Sequence[Any]


@dataclass(frozen=True)
class Statement:
    """One `execute` (params) or `executemany` (a sequence of params) of a saver's call."""

    query: str
    params: Params | Sequence[Params]
    many: bool = False


@dataclass
class _Call:
    """One saver call's statements, and the future its caller waits on."""

    statements: list[Statement]
    done: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class WriteBatcher:
    """Sends saver calls' statements over a pool, coalescing those that arrive while it is busy."""

    def __init__(self, pool: AsyncConnectionPool[Any], *, max_in_flight: int = 2) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self.pool = pool
        self.max_in_flight = max_in_flight
        """Batches on their way at once. More than one, so that a batch waiting on a row lock
        inside Postgres does not hold up every other run's writes."""
        self._queue: list[_Call] = []
        self._flushing: set[asyncio.Task[None]] = set()

    async def write(self, statements: list[Statement]) -> None:
        """Run `statements` in one transaction with whatever else is queued; return when committed."""
        if not statements:
            return
        call = _Call(statements)
        self._queue.append(call)
        self._start_batches()
        await call.done

    def _start_batches(self) -> None:
        while self._queue and len(self._flushing) < self.max_in_flight:
            batch, self._queue = self._queue, []
            task = asyncio.create_task(self._flush(batch), name="kpl-postgres-write-batch")
            self._flushing.add(task)
            task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._flushing.discard(task)
        self._start_batches()

    async def _flush(self, batch: list[_Call]) -> None:
        try:
            try:
                await self._send(batch)
            except Exception as exc:  # a statement refused, a value psycopg cannot adapt, ...
                if len(batch) == 1:
                    _settle(batch[0], exc)
                    return
                # The batch rolled back: each call again, alone, to meet its own error only.
                for call in batch:
                    try:
                        await self._send([call])
                    except Exception as alone:
                        _settle(call, alone)
                    else:
                        _settle(call, None)
                return
            for call in batch:
                _settle(call, None)
        except BaseException:  # cancelled (at shutdown): nobody is left waiting forever
            for call in batch:
                call.done.cancel()
            raise

    async def _send(self, batch: list[_Call]) -> None:
        """All statements of `batch` in one pipeline: one implicit transaction, one round trip."""
        async with self.pool.connection() as conn:
            await _pipelined(conn, [s for call in batch for s in call.statements])


async def _pipelined(conn: AsyncConnection[Any], statements: list[Statement]) -> None:
    async with conn.pipeline(), conn.cursor(binary=True) as cur:
        for statement in statements:
            if statement.many:
                await cur.executemany(statement.query, statement.params)
            else:
                await cur.execute(statement.query, statement.params)


def _settle(call: _Call, error: BaseException | None) -> None:
    """Resolve the call's future (unless its caller gave up waiting: cancelled)."""
    if call.done.done():
        return
    if error is None:
        call.done.set_result(None)
    else:
        call.done.set_exception(error)
