"""Live reload: watch the content folder with watchfiles and swap in every valid edit.

    async with ContentWatcher(live, debounce_ms=settings.reload_debounce_ms):
        ...                                   # the app's lifespan (KPL_RELOAD, on by default)

Changes to `*.yaml` / `*.yml` anywhere under the folder (definitions in `graphs/`, scenarios,
rubrics, blueprints, courses) are grouped (`watchfiles`' debounce) and trigger one reload: the
files are read, validated and compiled in a worker thread (`LiveContent.prepare`), then swapped in
on the event loop (`LiveContent.apply`), so a run never sees half a reload and the loop is not
blocked by parsing. What is invalid keeps its last good version and is reported; the watcher
itself never stops on a bad file.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from pathlib import Path
from types import TracebackType

import structlog
from watchfiles import Change, awatch
from watchfiles.main import FileChange

from runtime.content.live import LiveContent
from runtime.content.status import ReloadOutcome

log = structlog.get_logger(__name__)

CONTENT_SUFFIXES = (".yaml", ".yml")


def is_content_file(change: Change, path: str) -> bool:
    """Only YAML files count: editors' swap and backup files do not trigger a reload."""
    return path.endswith(CONTENT_SUFFIXES)


class ContentWatcher:
    """Reloads `live` whenever a content file under its root changes, until closed."""

    def __init__(self, live: LiveContent, *, debounce_ms: int = 300) -> None:
        self.live = live
        self.debounce_ms = debounce_ms
        self.reloads = 0
        """How many reloads the watcher has applied; `wait` compares against it."""
        self._changed = asyncio.Condition()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start watching; changes made after this returns are seen."""
        changes = awatch(
            Path(self.live.root),
            watch_filter=is_content_file,
            debounce=self.debounce_ms,
            step=min(50, self.debounce_ms),
            stop_event=self._stop,
        )
        # The generator creates its notifier (which starts watching) in its first step, before
        # it first waits: run that step now, so no edit after `start` can be missed.
        first = asyncio.ensure_future(anext(changes))
        await asyncio.sleep(0)
        self._task = asyncio.create_task(self._watch(changes, first), name="content-watcher")
        log.info("watching content for changes", root=str(self.live.root))

    async def close(self) -> None:
        """Stop watching and wait for the watcher to end."""
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def __aenter__(self) -> ContentWatcher:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def wait(self, seen: int) -> ReloadOutcome:
        """Return the latest outcome once more than `seen` reloads have been applied."""
        async with self._changed:
            await self._changed.wait_for(lambda: self.reloads > seen)
        assert self.live.last is not None
        return self.live.last

    async def _watch(
        self,
        changes: AsyncGenerator[set[FileChange], None],
        first: asyncio.Future[set[FileChange]],
    ) -> None:
        try:
            batch = await first
            while True:
                paths = sorted(path for _, path in batch)
                log.debug("content changed", files=paths)
                await self._reload([Path(path) for path in paths])
                batch = await anext(changes)
        except StopAsyncIteration:  # closed
            return

    async def _reload(self, changed: list[Path]) -> None:
        try:
            prepared = await asyncio.to_thread(self.live.prepare, changed)
            self.live.apply(prepared, trigger="watch")
        except Exception:  # the watcher's boundary: a surprise in one reload must not end it
            log.exception("content reload failed; the last good content stays")
        async with self._changed:
            self.reloads += 1
            self._changed.notify_all()
