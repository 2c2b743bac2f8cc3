"""Thread locks: two runs on one thread never interleave.

`ThreadLock` is the plug point. `LocalThreadLocks` holds asyncio locks for one process;
`runtime/runs/redis_locks.py` leases threads in Redis so that many workers share them.

A backend that can lose a hold while the body runs (a lease that could not be renewed) must not
let the body go on unprotected: it cancels the holding task with `LOST_HOLD` as the cancel
message, so the run manager can report the run as stopped for that reason, not as cancelled.
"""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager
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

    def hold(self, thread_id: str, *, wait: bool) -> AbstractAsyncContextManager[None]:
        """Hold the thread for the body of the `async with`."""
        return _LocalHold(self, thread_id, wait)

    def _enter(self, thread_id: str, wait: bool) -> asyncio.Lock:
        lock = self._locks.get(thread_id)
        if lock is None:
            lock = self._locks[thread_id] = asyncio.Lock()
        elif lock.locked() and not wait:
            raise busy(thread_id)
        self._users[thread_id] = self._users.get(thread_id, 0) + 1
        return lock

    def _leave(self, thread_id: str) -> None:
        self._users[thread_id] -= 1
        if not self._users[thread_id]:
            del self._users[thread_id]
            del self._locks[thread_id]


class _LocalHold:
    """One hold of a thread's local lock: a slotted object, since a run waits inside it for as
    long as its graph does (a generator-based context manager kept a frame per waiting run)."""

    __slots__ = ("_lock", "_locks", "_thread_id", "_wait")

    def __init__(self, locks: LocalThreadLocks, thread_id: str, wait: bool) -> None:
        self._locks = locks
        self._thread_id = thread_id
        self._wait = wait
        self._lock: asyncio.Lock | None = None

    async def __aenter__(self) -> None:
        lock = self._locks._enter(self._thread_id, self._wait)
        try:
            await lock.acquire()
        except BaseException:  # cancelled while waiting for the thread
            self._locks._leave(self._thread_id)
            raise
        self._lock = lock

    async def __aexit__(self, *exc_info: object) -> None:
        lock, self._lock = self._lock, None
        try:
            if lock is not None:
                lock.release()
        finally:
            self._locks._leave(self._thread_id)
