"""Thread locks: two runs on one thread never interleave.

`ThreadLock` is the plug point. `LocalThreadLocks` holds asyncio locks for one process;
`runtime/runs/redis_locks.py` leases threads in Redis so that many workers share them.

A backend that can lose a hold while the body runs (a lease that could not be renewed) must not
let the body go on unprotected: it cancels the holding task with `LOST_HOLD` as the cancel
message, so the run manager can report the run as stopped for that reason, not as cancelled.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

from runtime.errors import ThreadBusy

LOST_HOLD = "kpl: the thread's lock was lost while the run held it"
"""The cancel message of a task whose hold was lost (`asyncio.CancelledError.args`)."""


def busy(thread_id: str) -> ThreadBusy:
    """The error of a thread that another run holds."""
    return ThreadBusy(
        f"thread {thread_id} is running another run; wait for it to finish, "
        "or start the run with multitask_strategy enqueue or interrupt",
        details={"thread_id": thread_id},
    )


class ThreadLock(Protocol):
    """Exclusive access to a thread for the length of a run."""

    def hold(self, thread_id: str, *, wait: bool) -> AbstractAsyncContextManager[None]:
        """Hold the thread; if it is held and `wait` is false, raise `ThreadBusy` at once."""
        ...

    async def is_held(self, thread_id: str) -> bool:
        """True while a run holds the thread."""
        ...


class LocalThreadLocks:
    """Per-thread asyncio locks, dropped when nobody holds or waits for them."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: dict[str, int] = {}

    async def is_held(self, thread_id: str) -> bool:
        """True while a run holds the thread."""
        lock = self._locks.get(thread_id)
        return lock is not None and lock.locked()

    @asynccontextmanager
    async def hold(self, thread_id: str, *, wait: bool) -> AsyncIterator[None]:
        """Hold the thread for the body of the `async with`."""
        lock = self._locks.setdefault(thread_id, asyncio.Lock())
        if lock.locked() and not wait:
            raise busy(thread_id)
        self._users[thread_id] = self._users.get(thread_id, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[thread_id] -= 1
            if not self._users[thread_id]:
                del self._users[thread_id]
                del self._locks[thread_id]
