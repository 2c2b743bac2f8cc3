"""The event broker: runs publish their events, any number of subscribers read them from an id.

Runs are decoupled from connections: a run publishes to the broker whether or not anyone listens,
and a subscriber (an SSE connection, a reconnect with `Last-Event-ID`, a join) reads from any point
still held. `InMemoryBroker` keeps a bounded buffer per run in this process and drops it some time
after the run ends; `RedisStreamBroker` (runtime/runs/redis_broker.py) serves many workers.

Event ids are `<run_id>:<sequence>`: opaque to clients, ordered within a run, and enough for a
reconnecting client to name both the run and its place in it.
"""

from __future__ import annotations

import asyncio
import re
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from runtime.errors import KplError
from runtime.events import RunEvent


class ReplayGap(KplError):
    """The events after the requested id are no longer held; the client cannot resume exactly."""

    code = "not_found"


def event_id(run_id: str, sequence: int) -> str:
    """The id of a run's `sequence`-th event."""
    return f"{run_id}:{sequence}"


EVENT_ID = re.compile(r"([A-Za-z0-9._-]{1,128}):([0-9]{1,19})")
"""`<run_id>:<sequence>`: ASCII digits only (`str.isdigit` accepts `²`), and few enough of them that
`int()` neither fails nor costs anything."""


def parse_event_id(value: str) -> tuple[str, int] | None:
    """(run_id, sequence) of an event id, or None if it is not one of ours."""
    found = EVENT_ID.fullmatch(value)
    if found is None:
        return None
    return found[1], int(found[2])


class EventBroker(Protocol):
    """Where runs publish events and clients read them."""

    async def open(self, run_id: str) -> None:
        """Make the run known before its first event, so subscribers may wait for it."""
        ...

    async def publish(self, run_id: str, event: RunEvent) -> str:
        """Append an event to the run's log; returns its id."""
        ...

    async def close(self, run_id: str) -> None:
        """The run has ended: subscribers finish after its last event."""
        ...

    def subscribe(
        self, run_id: str, *, after: int = 0, idle_s: float | None = None
    ) -> AsyncIterator[tuple[str, RunEvent] | None]:
        """The run's events after sequence `after`, live until the run ends.

        Yields `None` whenever nothing came for `idle_s` seconds (the caller's heartbeat).
        """
        ...

    async def last_sequence(self, run_id: str) -> int | None:
        """The sequence of the run's last event, or None if the broker holds no such run."""
        ...

    async def is_closed(self, run_id: str) -> bool:
        """True when the run has ended (or is unknown)."""
        ...


@runtime_checkable
class HeldEvents(Protocol):
    """A broker that can tell, without waiting, the last event it holds of a run in this process.

    The SSE writer asks it after each event: when more are held, they go out in the same write.
    """

    def held_last(self, run_id: str) -> int:
        """The sequence of the run's last event held here; 0 when none is."""
        ...


@dataclass
class _RunLog:
    events: deque[tuple[int, RunEvent]]
    last: int = 0
    closed: bool = False
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def notify(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()


class InMemoryBroker:
    """Per-run event buffers in this process; kept `retention_s` after a run ends."""

    def __init__(self, *, buffer: int = 10_000, retention_s: float = 600.0) -> None:
        self.buffer = buffer
        self.retention_s = retention_s
        self._logs: dict[str, _RunLog] = {}

    def _log(self, run_id: str) -> _RunLog:
        log = self._logs.get(run_id)
        if log is None:
            log = self._logs[run_id] = _RunLog(deque(maxlen=self.buffer))
        return log

    async def open(self, run_id: str) -> None:
        """Make the run known before its first event."""
        self._log(run_id)

    async def publish(self, run_id: str, event: RunEvent) -> str:
        """Append an event to the run's log; returns its id."""
        log = self._log(run_id)
        log.last += 1
        log.events.append((log.last, event))
        log.notify()
        return event_id(run_id, log.last)

    async def close(self, run_id: str) -> None:
        """Mark the run ended and forget it after the retention time."""
        log = self._log(run_id)
        log.closed = True
        log.notify()
        asyncio.get_running_loop().call_later(self.retention_s, self._logs.pop, run_id, None)

    async def last_sequence(self, run_id: str) -> int | None:
        """The sequence of the run's last event, or None if unknown."""
        log = self._logs.get(run_id)
        return None if log is None else log.last

    def held_last(self, run_id: str) -> int:
        """The sequence of the run's last event, 0 if unknown (`HeldEvents`)."""
        log = self._logs.get(run_id)
        return 0 if log is None else log.last

    async def is_closed(self, run_id: str) -> bool:
        """True when the run has ended or is unknown."""
        log = self._logs.get(run_id)
        return log is None or log.closed

    async def subscribe(
        self, run_id: str, *, after: int = 0, idle_s: float | None = None
    ) -> AsyncIterator[tuple[str, RunEvent] | None]:
        """The run's events after sequence `after`, live until the run ends."""
        log = self._logs.get(run_id)
        if log is None:
            raise ReplayGap(f"run {run_id} is not known here (it never ran, or ended long ago)")
        position = after
        while True:
            changed = log.changed
            while position < log.last:
                # Sequences in the buffer are contiguous; re-read the head after every yield,
                # since the bounded buffer may have dropped events meanwhile.
                first = log.events[0][0]
                if first > position + 1:
                    raise ReplayGap(
                        f"events of run {run_id} after {event_id(run_id, position)} are no "
                        "longer held; fetch the thread's state instead"
                    )
                sequence, event = log.events[position + 1 - first]
                position = sequence
                yield event_id(run_id, sequence), event
            if log.closed and position >= log.last:
                return
            try:
                async with asyncio.timeout(idle_s):
                    await changed.wait()
            except TimeoutError:
                yield None
