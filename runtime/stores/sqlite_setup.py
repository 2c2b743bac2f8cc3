"""One process at a time sets up a SQLite file.

LangGraph's SQLite store reads the last migration it applied and then applies the ones after it,
statement by statement on an autocommit connection. Two processes opening one fresh file at once
(two `kpl exam` started together, a server and the CLI) both read "none applied", and the second
fails with `UNIQUE constraint failed: store_migrations.v`, or with a duplicate column from a
migration's `ALTER TABLE` (session 21, four `kpl exam` started at once). SQLite's own locks cannot
hold the read and the writes together: the store runs `executescript`, which commits whatever
transaction is open. So an advisory lock on a file beside the database serialises the setups;
the second process then reads the first one's version and applies nothing.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

POLL_S = 0.02
"""How often a process waiting for another's setup tries the lock again (polled rather than
blocking in a thread, so that a cancelled open leaves no thread holding the lock)."""


@asynccontextmanager
async def setup_lock(path: str) -> AsyncIterator[None]:
    """Hold the setup lock of the SQLite file at `path` (none for an in-memory database)."""
    if path == ":memory:":
        yield
        return
    fd = os.open(f"{path}.setup-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                await asyncio.sleep(POLL_S)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
