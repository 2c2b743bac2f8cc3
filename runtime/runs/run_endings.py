"""How a run ends: its own events set its status (`apply_event`); a lost hold on its thread ends it
with `LOST_LOCK_ERROR`; its end is written even if its task is cancelled again meanwhile
(`unstoppable`); and the thread's records are told of it (`ThreadActivity`). `RunManager`
(runtime/runs/manager.py) records and publishes what these decide.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any, Protocol

from runtime.events import RunEvent
from runtime.runs.records import Run

LOST_LOCK_ERROR = {
    "code": "unavailable",
    "message": "the run stopped because its hold on the thread was lost (Redis did not confirm "
    "the thread's lease in time); the thread keeps its last checkpoint: send the message again",
    "retriable": True,
}
"""The `error` of a run stopped because its thread lock was lost (`LOST_HOLD`)."""


class ThreadActivity(Protocol):
    """Told when a run ends on a thread, so the thread's record shows its last activity
    (`ThreadDirectory.touch`: a thread list's order and `updated_at`)."""

    async def touch(self, thread_id: str, at: float | None = None) -> None:
        """Record activity on the thread at `at` (Unix seconds)."""
        ...


async def unstoppable(work: Coroutine[Any, Any, None]) -> None:
    """Run `work` to its end even if this task is cancelled meanwhile (it is ending anyway)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(task)


def apply_event(run: Run, event: RunEvent) -> bool:
    """Update the run from one of its events; True when its status changed."""
    if event.event == "started":
        run.set_status("running")
        return True
    if event.event == "interrupt":
        run.interrupt = event.data["value"]
    elif event.event == "completed":
        run.set_status(event.data["status"])
        return True
    elif event.event == "error":
        run.error = {k: event.data[k] for k in ("code", "message", "retriable")}
        run.set_status("timeout" if event.data["code"] == "timeout" else "error")
        return True
    return False
