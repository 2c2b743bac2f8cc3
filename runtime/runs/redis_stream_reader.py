"""One blocking `XREAD` per process for every run stream its subscribers wait on.

A blocked `XREAD` holds its connection, so 1,000 open SSE streams must not each block one.
`StreamReader` keeps a `Watch` per run that some local subscriber waits on; its task blocks in a
single `XREAD` over all of them, decodes each new entry once into the watch's small cache, and
wakes the watch's subscribers, which take their events from the cache (several subscribers of one
run cost one read). A new watch cuts the block short through a wake stream of this reader's own,
so it joins the `XREAD` at once. The watch of a run this process publishes is `local`: its
publisher feeds it, and the reader leaves it out (no `XREAD` at all while only such runs are
watched). When the reader loses Redis it reconnects with backoff and bumps
every watch's `generation`, telling subscribers to re-read from Redis once (a restart without
persistence may have lost the run).

The `XREAD` names every watched key, so on Redis Cluster they would have to share a slot: the
broker wants one Redis (or a primary with replicas).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import structlog
from redis.asyncio import Redis

from runtime.events import EventName, RunEvent
from runtime.redis_connect import REDIS_DOWN

log = structlog.get_logger(__name__)

CLOSE_ID = "1-0"
"""The stream id of the close marker: after every event id `0-n`."""
BATCH = 500
"""Entries read per stream and call."""
CACHE = 1_000
"""Events of a watched run kept in the process for its subscribers."""


def text(value: Any) -> str:
    """A reply part as text, whichever way the client decodes."""
    return value.decode() if isinstance(value, bytes) else str(value)


def sequence_of(stream_id: str) -> int | None:
    """n of an event id `0-n`; None for the close marker."""
    major, _, minor = stream_id.partition("-")
    return int(minor) if major == "0" else None


def decode_event(fields: Any) -> RunEvent:
    """A stream entry's fields (a dict from XREAD, a flat list from a script) as an event."""
    if isinstance(fields, dict):
        values = {text(k): text(v) for k, v in fields.items()}
    else:
        flat = [text(part) for part in fields]
        values = dict(zip(flat[::2], flat[1::2], strict=True))
    return RunEvent(cast(EventName, values["e"]), json.loads(values["d"]))


@dataclass
class Watch:
    """A run some local subscriber waits on: what has been read of it, and who to wake."""

    position: str
    """The stream id the reader reads after."""
    end: int
    """The sequence of the last event in the cache (or before it, when it is empty)."""
    cache: deque[tuple[int, RunEvent]] = field(default_factory=lambda: deque(maxlen=CACHE))
    """Events, contiguous, newest last."""
    closed: bool = False
    """The close marker was read: `end` is the run's last event."""
    local: bool = False
    """Fed by this process's publisher (the run's only writer while it lives), so the reader
    does not read it back from Redis."""
    generation: int = 0
    """Bumped when the reader reconnects: subscribers then re-read from Redis once."""
    subscribers: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def notify(self) -> None:
        """Wake whoever waits on `changed`."""
        self.changed.set()
        self.changed = asyncio.Event()

    def add(self, sequence: int, event: RunEvent) -> None:
        """Cache the event if it is the next one (an event read twice is skipped)."""
        if sequence <= self.end:
            return
        if sequence != self.end + 1:  # trimmed under a lagging reader: keep the cache contiguous
            self.cache.clear()
        self.cache.append((sequence, event))
        self.end = sequence

    def after(self, position: int) -> list[tuple[int, RunEvent]] | None:
        """The cached events after `position`; None when the cache does not reach back to it."""
        if position >= self.end:
            return []
        first = self.cache[0][0] if self.cache else self.end + 1
        if position + 1 < first:
            return None
        return list(itertools.islice(self.cache, position + 1 - first, None))


class StreamReader:
    """The process's one blocked `XREAD`, fanning out to per-run watches."""

    def __init__(
        self, client: Redis, *, key_of: Callable[[str], str], prefix: str, block_s: float = 2.0
    ) -> None:
        self.client = client
        self.block_s = block_s
        """The longest block; a new event or a new watch ends it earlier."""
        self._key_of = key_of
        self._run_of = {}  # type: dict[str, str]
        self.watches: dict[str, Watch] = {}
        self._task: asyncio.Task[None] | None = None
        self._wake_key = f"{prefix}:broker:wake:{uuid.uuid4().hex}"
        self._wake_seen = "0-0"

    async def watch(self, run_id: str, position: int, *, wake: bool = True) -> Watch:
        """The run's watch (made at `position` if new); release it with `unwatch`.

        `wake`: cut the reader's block short so it reads the run at once (else on its next round).
        """
        found = self.watches.get(run_id)
        if found is not None:
            found.subscribers += 1
            return found
        found = self.watches[run_id] = Watch(position=f"0-{position}", end=position)
        found.subscribers = 1
        self._run_of[self._key_of(run_id)] = run_id
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._read_forever(), name="broker-reader")
        elif wake:
            await self._wake()
        return found

    def watch_local(self, run_id: str) -> Watch:
        """The watch of a run this process publishes, from its first event; it is fed by the
        publisher, never read back from Redis. Release it with `unwatch`."""
        found = self.watches.get(run_id)
        if found is None:
            found = self.watches[run_id] = Watch(position="0-0", end=0)
            self._run_of[self._key_of(run_id)] = run_id
        found.local = True
        found.subscribers += 1
        return found

    def unwatch(self, run_id: str) -> None:
        """One subscriber fewer; the last one drops the watch (the reader forgets it next round)."""
        found = self.watches.get(run_id)
        if found is not None:
            found.subscribers -= 1
            if not found.subscribers:
                del self.watches[run_id]
                self._run_of.pop(self._key_of(run_id), None)

    async def _wake(self) -> None:
        """Cut the reader's block short, so that it reads the streams watched now."""
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                pipe.xadd(self._wake_key, {"w": "1"}, maxlen=1, approximate=False)
                pipe.pexpire(self._wake_key, max(60_000, int(self.block_s * 10_000)))
                await pipe.execute()
        except REDIS_DOWN as exc:  # the reader is reconnecting and will read everything anyway
            log.warning("could not wake the broker's reader", error=str(exc))

    def _read_here(self) -> bool:
        return any(not watch.local for watch in self.watches.values())

    async def _read_forever(self) -> None:
        pause = 0.05
        while self._read_here():
            streams: dict[Any, Any] = {
                self._key_of(run_id): watch.position
                for run_id, watch in self.watches.items()
                if not watch.closed and not watch.local
            }
            streams[self._wake_key] = self._wake_seen
            try:
                reply = await self.client.xread(
                    streams, block=max(1, int(self.block_s * 1000)), count=BATCH
                )
            except REDIS_DOWN as exc:
                log.warning("broker reader lost Redis; reconnecting", error=str(exc))
                await asyncio.sleep(pause)
                pause = min(2.0, pause * 2)
                for watch in self.watches.values():
                    if not watch.local:
                        watch.generation += 1
                        watch.notify()
                continue
            pause = 0.05
            # RESP2 answers [[key, entries], ...], RESP3 {key: [entries]}
            answer: Any = reply
            replies: list[tuple[Any, Any]] = (
                [(key, value[0]) for key, value in answer.items() if value]
                if isinstance(answer, dict)
                else list(answer or [])
            )
            for raw_key, entries in replies:
                if entries:
                    self._take(text(raw_key), entries)

    def _take(self, key: str, entries: list[Any]) -> None:
        last_id = text(entries[-1][0])
        if key == self._wake_key:
            self._wake_seen = last_id
            return
        run_id = self._run_of.get(key)
        watch = self.watches.get(run_id) if run_id is not None else None
        if watch is None:
            return
        for raw_id, fields in entries:
            sequence = sequence_of(text(raw_id))
            if sequence is None:
                watch.closed = True
            else:
                watch.add(sequence, decode_event(fields))
        watch.position = last_id
        watch.notify()

    async def aclose(self) -> None:
        """Stop the reader task."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
