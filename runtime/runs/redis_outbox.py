"""A run's outbox: the events this process publishes for a run it opened, numbered here, on their
way to Redis (`RedisStreamBroker` in runtime/runs/redis_broker.py feeds it and flushes it).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

from runtime.events import RunEvent
from runtime.runs.redis_stream_reader import Watch


@dataclass
class Outbox:
    """Events of a run this process publishes, numbered here, on their way to Redis."""

    watch: Watch
    """The run's watch in this process, fed here: its subscribers read nothing back from Redis."""
    next: int = 1
    pending: list[tuple[int, RunEvent, str]] = field(default_factory=list)
    """(sequence, event, its JSON) not yet confirmed by Redis, oldest first."""
    flusher: asyncio.Task[None] | None = None
    closing: asyncio.Event = field(default_factory=asyncio.Event)
    """Set by `close`: the flusher closes the stream with the last of the events."""
    settled: bool = False
    """The stream was closed in Redis (or the close given up): nothing is left to send."""


ENDS = frozenset({"completed", "error"})
"""The events a run ends with; its close follows."""


def event_json(event: RunEvent) -> str:
    """An event's data as the compact JSON stored in the stream."""
    return json.dumps(event.data, ensure_ascii=False, separators=(",", ":"), default=str)
