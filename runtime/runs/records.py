"""Run records: what every worker knows of runs, so any worker can read, join and cancel any run.

A run's task lives in one process; its record (status, owner, error) and each thread's newest run
live behind `RunRecords`, so that a status query, a join, `GET /chat/stream/status`, the
`reject`/`interrupt` strategies and a cancel work on whichever worker the request lands.

    InMemoryRunRecords      one process (the default)
    RedisRunRecords         many workers on one Redis (runtime/runs/redis_records.py)

`claim` is the one atomic step of the `reject` strategy: a thread whose newest run has not ended
refuses the new run, whichever workers both requests reached. A run whose worker died is ended
by the survivors: `attach`'s `on_lost` receives it, already recorded as `error`/`worker_lost`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    import asyncio

    from runtime.errors import KplError

RunState = Literal["pending", "running", "success", "interrupted", "error", "cancelled", "timeout"]
ENDED: frozenset[str] = frozenset({"success", "interrupted", "error", "cancelled", "timeout"})
PRUNE_ABOVE = 1_000
"""Ended runs are forgotten (after `retention_s`) once more than this many are recorded."""


@dataclass
class Run:
    """What the manager knows of one run."""

    run_id: str
    thread_id: str
    graph: str
    owner: str
    status: RunState = "pending"
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)
    error: dict[str, Any] | None = None
    worker: str = ""
    """The id of the worker process whose task runs it."""
    refusal: KplError | None = field(default=None, repr=False)
    """Why the run was refused before admission (rate limit, validation); `start` raises it."""
    interrupt: Any = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)
    cancel_requested: bool = field(default=False, repr=False)
    """A cancel arrived before the task existed; the task is cancelled as soon as it does."""

    @property
    def ended(self) -> bool:
        """True once the run has a final status."""
        return self.status in ENDED

    def set_status(self, status: RunState) -> None:
        """Move to `status` and stamp the time."""
        self.status = status
        self.updated_at = time.time()

    def public(self) -> dict[str, Any]:
        """The run as the API shows it."""
        return {
            "run_id": self.run_id,
            "thread_id": self.thread_id,
            "graph": self.graph,
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "error": self.error,
        }


LostRuns = Callable[[list[Run]], Awaitable[None]]
"""Told of runs whose worker died, already recorded as `error` with code `worker_lost`."""


class RunRecords(Protocol):
    """Where runs' records live and how a cancel reaches the worker that runs a run."""

    worker_id: str
    """This process's id, recorded in the runs it starts."""

    async def claim(self, run: Run, *, exclusive: bool) -> tuple[Run | None, str | None]:
        """Record `run` as its thread's newest run.

        With `exclusive`, a thread whose newest run has not ended refuses: returns (that run,
        None) and records nothing. Otherwise returns (None, the id of the previous newest run).
        """
        ...

    async def update(self, run: Run) -> bool:
        """Write the run's status; False (nothing written) when its record already ended."""
        ...

    async def drop(self, run: Run, previous: str | None) -> None:
        """Forget a run refused at admission; the thread's newest run is `previous` again."""
        ...

    async def get(self, run_id: str) -> Run | None:
        """The run's record, if held."""
        ...

    async def latest(self, thread_id: str) -> Run | None:
        """The record of the thread's newest run, if held."""
        ...

    async def of_thread(self, thread_id: str) -> list[Run]:
        """The records held of the thread's runs, newest first (ended ones for `retention_s`)."""
        ...

    async def request_cancel(self, run_id: str) -> None:
        """Ask the worker that runs it to cancel the run."""
        ...

    def attach(
        self, *, on_cancel: Callable[[str], None], on_lost: LostRuns
    ) -> AbstractAsyncContextManager[None]:
        """While inside: this worker counts as alive, cancel requests reach `on_cancel` (with
        any run id: the callee ignores runs it does not run), and dead workers' runs `on_lost`."""
        ...


class InMemoryRunRecords:
    """Records in this process: the `Run` objects themselves, kept `retention_s` after they end."""

    def __init__(self, *, retention_s: float = 600.0, worker_id: str = "local") -> None:
        self.retention_s = retention_s
        self.worker_id = worker_id
        self._runs: dict[str, Run] = {}
        self._latest: dict[str, str] = {}
        """thread id → its newest run id"""
        self._by_thread: dict[str, list[str]] = {}
        """thread id → its runs' ids, oldest first"""
        self._on_cancel: Callable[[str], None] | None = None

    async def claim(self, run: Run, *, exclusive: bool) -> tuple[Run | None, str | None]:
        """Record `run` as its thread's newest, unless `exclusive` and the thread is running."""
        previous = self._latest.get(run.thread_id)
        current = self._runs.get(previous) if previous else None
        if exclusive and current is not None and not current.ended:
            return current, None
        if len(self._runs) >= PRUNE_ABOVE:
            self._prune()
        self._runs[run.run_id] = run
        self._latest[run.thread_id] = run.run_id
        self._by_thread.setdefault(run.thread_id, []).append(run.run_id)
        return None, previous

    async def update(self, run: Run) -> bool:
        """The record is the run itself; write it back only if it was forgotten."""
        self._runs.setdefault(run.run_id, run)
        return True

    async def drop(self, run: Run, previous: str | None) -> None:
        """Forget the run; the thread's newest run is `previous` again."""
        self._runs.pop(run.run_id, None)
        self._forget(run.thread_id, run.run_id)
        if self._latest.get(run.thread_id) == run.run_id:
            if previous is None:
                del self._latest[run.thread_id]
            else:
                self._latest[run.thread_id] = previous

    async def get(self, run_id: str) -> Run | None:
        """The run, if held."""
        return self._runs.get(run_id)

    async def latest(self, thread_id: str) -> Run | None:
        """The thread's newest run, if held."""
        run_id = self._latest.get(thread_id)
        return self._runs.get(run_id) if run_id else None

    async def of_thread(self, thread_id: str) -> list[Run]:
        """The thread's runs still held, newest first."""
        runs = (self._runs.get(run_id) for run_id in reversed(self._by_thread.get(thread_id, [])))
        return [run for run in runs if run is not None]

    async def request_cancel(self, run_id: str) -> None:
        """One process: the request goes straight to the attached manager."""
        if self._on_cancel is not None:
            self._on_cancel(run_id)

    @asynccontextmanager
    async def attach(
        self, *, on_cancel: Callable[[str], None], on_lost: LostRuns
    ) -> AsyncIterator[None]:
        """Route cancel requests to `on_cancel`; one process has no other worker to lose."""
        self._on_cancel = on_cancel
        try:
            yield
        finally:
            self._on_cancel = None

    def _prune(self) -> None:
        """Forget runs that ended more than `retention_s` ago.

        Records are held in the order they were claimed, so only the runs created before the
        cutoff are looked at: the walk stops at the first younger one. Walking every record on
        every claim cost a scan of all the runs of the last `retention_s` per run (19 % of the
        server's CPU at 50 concurrent runs in docs/benchmarks.md, and more the longer it served).
        """
        cutoff = time.time() - self.retention_s
        expired = []
        for run in self._runs.values():
            if run.created_at >= cutoff:
                break  # this run and every later one cannot have ended before the cutoff
            if run.ended and run.updated_at < cutoff:
                expired.append(run)
        for run in expired:
            del self._runs[run.run_id]
            self._forget(run.thread_id, run.run_id)
            if self._latest.get(run.thread_id) == run.run_id:
                del self._latest[run.thread_id]

    def _forget(self, thread_id: str, run_id: str) -> None:
        runs = self._by_thread.get(thread_id, [])
        if run_id in runs:
            runs.remove(run_id)
        if not runs:
            self._by_thread.pop(thread_id, None)
