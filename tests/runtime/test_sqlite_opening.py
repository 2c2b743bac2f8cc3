"""Opening the SQLite checkpoints waits for a lock another process holds: the busy timeout is set
before the switch to WAL, which takes the lock too. Twenty `kpl practice` started at once failed
there with "database is locked" before any wait was set (session 13 trainer P5)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from runtime.stores.factory import open_checkpointer


async def test_opening_waits_for_a_write_another_connection_holds(tmp_path: Path) -> None:
    path = tmp_path / "kpl.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE busy (n INTEGER)")
    holder.execute("BEGIN EXCLUSIVE")  # what another process's first write or WAL switch holds
    holder.execute("INSERT INTO busy VALUES (1)")
    released = threading.Event()

    def release() -> None:
        holder.execute("COMMIT")
        released.set()

    # Longer than sqlite3's own 5 s default wait, which was all the WAL switch had.
    timer = threading.Timer(5.5, release)
    timer.start()
    try:
        async with open_checkpointer(f"sqlite:///{path}") as saver:
            assert released.is_set()  # it waited for the lock rather than failing at once
            config = {"configurable": {"thread_id": "t", "checkpoint_ns": ""}}
            assert await saver.aget_tuple(config) is None  # type: ignore[arg-type]
    finally:
        timer.cancel()
        holder.close()
    await asyncio.sleep(0)
