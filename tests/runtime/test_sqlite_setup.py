"""Processes that open one fresh SQLite file at once set it up one after another: four `kpl exam`
started together failed with `UNIQUE constraint failed: store_migrations.v` (session 21), both
having read "no migration applied" before either wrote one."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from runtime.stores.factory import open_checkpointer, open_store
from runtime.stores.sqlite_setup import setup_lock

_OPEN_BOTH = """
import asyncio, sys
from runtime.stores.factory import open_checkpointer, open_store

async def main(url):
    async with open_checkpointer(url), open_store(url) as store:
        await store.aput(("probe",), sys.argv[2], {"ok": True})

asyncio.run(main(sys.argv[1]))
"""


def test_processes_opening_one_fresh_file_at_once_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kpl.db'}"
    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_BOTH, url, f"p{i}"],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(8)
    ]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]
    for p in procs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    failures = [err.strip().splitlines()[-1] for rc, err in results if rc != 0]
    assert failures == []

    async def keys() -> set[str]:
        async with open_store(url) as store:
            return {item.key for item in await store.asearch(("probe",), limit=20)}

    assert asyncio.run(keys()) == {f"p{i}" for i in range(8)}


async def test_a_setup_waits_while_another_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "kpl.db"
    async with setup_lock(str(path)):
        opening = asyncio.create_task(_open_and_close(f"sqlite:///{path}"))
        for _ in range(10):
            await asyncio.sleep(0.05)
        assert not opening.done()  # its setup waits for the lock held here
    await asyncio.wait_for(opening, timeout=30)
    assert opening.result() is True


async def _open_and_close(url: str) -> bool:
    async with open_checkpointer(url):
        return True
