"""The event broker on Redis Streams: a run started on one worker is joined or resumed on any other.

    broker = RedisStreamBroker(client, prefix="kpl", maxlen=10_000, retention_s=600)

Same contract as `InMemoryBroker` (runtime/runs/broker.py), over two keys per run:

    <prefix>:run:<run_id>:events   a stream; event n is the entry `0-n`, so the SSE id
                                   `<run_id>:n` maps 1:1 to the stream id; `XADD MAXLEN ~ maxlen`
                                   keeps at least the last `maxlen` events
    <prefix>:run:<run_id>:meta     a hash: `last` (the last sequence), `closed`

**Publishing.** The worker that opened a run numbers its events itself (it is their only writer
while the run lives: its `Outbox`, runtime/runs/redis_outbox.py) and returns at once: the event goes
straight into the run's local watch (below), from which this process's subscribers take it without
reading it back from Redis, and a flusher task appends whatever has piled up to Redis in one Lua
call while the previous call is in flight, so a burst of node events costs one round trip, not one
each. `close` has the flusher's last call also mark the hash and append the entry `1-0`, which sorts
after every event, so a blocked reader wakes for the close as for an event: a run's last events and
its close are one round trip. Any other worker publishing for a run (the one that ends a dead
worker's run) numbers in Redis instead. Each call carries a token, so the client's retry of a call
whose reply was lost adds nothing; a publish after the close is dropped with a warning (the stream
already ended with its one `completed` or `error`). Keys expire `retention_s` after the close, or
`orphan_ttl_s` after the first event if the run never closes. A flush that Redis refuses for
`flush_give_up_s` is dropped and logged: the run goes on, its events stay with this worker's
subscribers, other workers see a gap.

**Reading.** A subscriber first catches up from Redis (one Lua call: `XRANGE` and the last
sequence, atomically; `ReplayGap` when the run is unknown or trimmed past its position), then
waits on the run's watch in `StreamReader` (runtime/runs/redis_stream_reader.py): one blocked `XREAD`
per process for all watched runs, so 1,000 open streams hold one connection. A run published by
this process has its watch from `open` to `close`, fed by `publish`: its subscribers cost Redis
nothing, unless one falls behind the watch's cache (it then reads from Redis, woken by the flushes). Heartbeats: a
subscriber yields `None` after `idle_s` without news, as `InMemoryBroker` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

import structlog
from redis.asyncio import Redis

from runtime.events import RunEvent
from runtime.redis_connect import REDIS_DOWN
from runtime.redis_pipelining import SharedPipeline
from runtime.runs.broker import ReplayGap, event_id
from runtime.runs.redis_outbox import ENDS, Outbox, event_json
from runtime.runs.redis_stream_reader import (
    BATCH,
    StreamReader,
    decode_event,
    sequence_of,
    text,
)

log = structlog.get_logger(__name__)

OPEN = """
redis.call('HSETNX', KEYS[1], 'last', 0)
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
"""

APPEND = """
local seen = redis.call('HMGET', KEYS[1], 'closed', 'token', 'last')
local last = tonumber(seen[3]) or 0
if seen[2] == ARGV[3] then return last end
if seen[1] == '1' then return -1 end
redis.call('HSET', KEYS[1], 'token', ARGV[3])
for i = 5, #ARGV, 3 do
  local seq = tonumber(ARGV[i])
  if seq > last then
    redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], '0-' .. seq, 'e', ARGV[i + 1], 'd', ARGV[i + 2])
    last = seq
  end
end
redis.call('HSET', KEYS[1], 'last', last)
local ttl = ARGV[2]
if ARGV[4] ~= '0' then
  redis.call('HSET', KEYS[1], 'closed', '1')
  redis.call('XADD', KEYS[2], '1-0', 'closed', '1')
  ttl = ARGV[4]
end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return last
"""
"""Append events numbered by their publisher (seq, name, data triples after ARGV[4]) and, when
ARGV[4] is a retention in ms rather than 0, close the stream after them, in one step."""

PUBLISH = """
local seen = redis.call('HMGET', KEYS[1], 'closed', 'token', 'last')
if seen[1] == '1' then return -1 end
if seen[2] == ARGV[4] then return tonumber(seen[3]) end
redis.call('HSET', KEYS[1], 'token', ARGV[4])
local seq = redis.call('HINCRBY', KEYS[1], 'last', 1)
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], '0-' .. seq, 'e', ARGV[2], 'd', ARGV[3])
return seq
"""
"""Append one event numbered in Redis (a worker publishing for a run it did not open)."""

READ = """
local last = redis.call('HGET', KEYS[1], 'last')
if not last then return false end
return {last, redis.call('XRANGE', KEYS[2], ARGV[1], '+', 'COUNT', ARGV[2])}
"""
"""The run's last sequence and its entries from an id, in one atomic step."""

CLOSE = """
if redis.call('HGET', KEYS[1], 'closed') == '1' then return 0 end
redis.call('HSETNX', KEYS[1], 'last', 0)
redis.call('HSET', KEYS[1], 'closed', '1')
redis.call('XADD', KEYS[2], '1-0', 'closed', '1')
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[1])
return 1
"""


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


class RedisStreamBroker:
    """`EventBroker` on Redis Streams, shared by every worker on one Redis."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = "kpl",
        maxlen: int = 10_000,
        retention_s: float = 600.0,
        orphan_ttl_s: float = 86_400.0,
        block_s: float = 2.0,
        flush_give_up_s: float = 30.0,
        flush_linger_s: float = 0.005,
        close_wait_s: float = 0.05,
        scripts: SharedPipeline | None = None,
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.maxlen = maxlen
        self.retention_s = retention_s
        self.orphan_ttl_s = orphan_ttl_s
        """How long the events of a run that never closes (its worker died) are kept."""
        self.flush_give_up_s = flush_give_up_s
        self.flush_linger_s = flush_linger_s
        """How long each flush waits for more of the run's events to go along (other workers
        see an event at most this much, and a round trip, later; this process's subscribers do
        not wait)."""
        self.close_wait_s = close_wait_s
        """How long the flush of a run's `completed` or `error` waits for the run's close, so
        that both go in one call (other workers' subscribers end with the close anyway)."""
        self.reader = StreamReader(client, key_of=self._events, prefix=prefix, block_s=block_s)
        self._calls = scripts or SharedPipeline(client)
        self._open = self._calls.register(OPEN)
        self._append = self._calls.register(APPEND)
        self._publish = self._calls.register(PUBLISH)
        self._read_script = self._calls.register(READ)
        self._close = self._calls.register(CLOSE)
        self._outboxes: dict[str, Outbox] = {}
        self._opened_by_claim: set[str] = set()

    def _meta(self, run_id: str) -> str:
        return f"{self.prefix}:run:{run_id}:meta"

    def _events(self, run_id: str) -> str:
        return f"{self.prefix}:run:{run_id}:events"

    def stream_to_open(self, run_id: str) -> tuple[str, int]:
        """The hash that makes the run known, and its life until closed (ms): for a claim that
        opens the run's stream in the same step (`RedisRunRecords(streams=...)`)."""
        return self._meta(run_id), _ms(self.orphan_ttl_s)

    def opened_by_claim(self, run_id: str) -> None:
        """The run's claim made it known: `open` sends nothing."""
        self._opened_by_claim.add(run_id)

    async def open(self, run_id: str) -> None:
        """Make the run known before its first event; this process will number its events."""
        if run_id in self._opened_by_claim:
            self._opened_by_claim.discard(run_id)
        else:
            await self._calls.run(
                self._open, keys=[self._meta(run_id)], args=[_ms(self.orphan_ttl_s)]
            )
        if run_id not in self._outboxes:
            self._outboxes[run_id] = Outbox(watch=self.reader.watch_local(run_id))

    async def publish(self, run_id: str, event: RunEvent) -> str:
        """Append an event to the run's stream; returns its id."""
        box = self._outboxes.get(run_id)
        if box is None:
            return await self._publish_one(run_id, event)
        sequence, box.next = box.next, box.next + 1
        box.pending.append((sequence, event, event_json(event)))
        # This process's subscribers need not wait for Redis.
        box.watch.add(sequence, event)
        box.watch.position = f"0-{sequence}"
        box.watch.notify()
        if box.flusher is None or box.flusher.done():
            box.flusher = asyncio.create_task(self._flush(run_id, box), name=f"flush-{run_id}")
        return event_id(run_id, sequence)

    async def _publish_one(self, run_id: str, event: RunEvent) -> str:
        sequence = int(
            await self._calls.run(
                self._publish,
                keys=[self._meta(run_id), self._events(run_id)],
                args=[self.maxlen, event.event, event_json(event), uuid.uuid4().hex],
            )
        )
        if sequence < 0:
            log.warning("event after the run's stream closed; dropped", run_event=event.event)
            return event_id(run_id, await self.last_sequence(run_id) or 0)
        return event_id(run_id, sequence)

    async def _flush(self, run_id: str, box: Outbox) -> None:
        """Append what has piled up, a call at a time, until nothing is pending; once the run
        is closing, the call with its last events closes its stream too."""
        loop = asyncio.get_running_loop()
        pause, failing_since = 0.05, None
        while box.pending or (box.closing.is_set() and not box.settled):
            with contextlib.suppress(TimeoutError):  # let the next events go along
                async with asyncio.timeout(self.flush_linger_s):
                    await box.closing.wait()  # (the close cuts it short)
            if not box.closing.is_set() and box.pending[-1][1].event in ENDS:
                # The run's end is published: its close is due, and can go along too.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.close_wait_s):
                        await box.closing.wait()
            batch = box.pending[:BATCH]
            closes = box.closing.is_set() and len(box.pending) <= BATCH
            args: list[str | int] = [
                self.maxlen,
                _ms(self.orphan_ttl_s),
                uuid.uuid4().hex,
                _ms(self.retention_s) if closes else 0,
            ]
            for sequence, event, data in batch:
                args.extend((sequence, event.event, data))
            try:
                written = await self._calls.run(
                    self._append, keys=[self._meta(run_id), self._events(run_id)], args=args
                )
            except REDIS_DOWN as exc:
                failing_since = failing_since or loop.time()
                if loop.time() - failing_since < self.flush_give_up_s:
                    await asyncio.sleep(pause)
                    pause = min(2.0, pause * 2)
                    continue
                log.error("events dropped: Redis refused them", run_id=run_id, error=str(exc))
                written = 0  # a close given up too: the keys expire after `orphan_ttl_s`
            if int(written) < 0:
                log.warning("events after the run's stream closed; dropped", run_id=run_id)
            del box.pending[: len(batch)]
            box.settled = closes
            pause, failing_since = 0.05, None
            box.watch.notify()  # a subscriber behind the cache reads these from Redis

    async def close(self, run_id: str) -> None:
        """Mark the run ended once its events are in; its keys expire `retention_s` from now."""
        box = self._outboxes.get(run_id)
        if box is None:  # a run this process did not open (a dead worker's)
            await self._calls.run(
                self._close,
                keys=[self._meta(run_id), self._events(run_id)],
                args=[_ms(self.retention_s)],
            )
            return
        box.watch.closed = True  # every event is cached: this process's subscribers finish now
        box.watch.notify()
        box.closing.set()
        if box.flusher is None or box.flusher.done():
            box.flusher = asyncio.create_task(self._flush(run_id, box), name=f"flush-{run_id}")
        try:
            await asyncio.wait({box.flusher})
        finally:
            box.watch.notify()  # a subscriber behind the cache reads the close from Redis
            del self._outboxes[run_id]
            self.reader.unwatch(run_id)

    async def last_sequence(self, run_id: str) -> int | None:
        """The sequence of the run's last event, or None if unknown."""
        box = self._outboxes.get(run_id)
        if box is not None:
            return box.next - 1
        last = await self.client.hget(self._meta(run_id), "last")
        return None if last is None else int(last)

    async def is_closed(self, run_id: str) -> bool:
        """True when the run has ended or is unknown."""
        if run_id in self._outboxes:
            return False
        found = await self.client.hmget(self._meta(run_id), ["last", "closed"])
        return found[0] is None or text(found[1] or "") == "1"

    async def _read(
        self, run_id: str, position: int, *, first: bool = False
    ) -> tuple[list[tuple[int, RunEvent]], bool]:
        """Events after `position` (at most a batch) from Redis, and whether the run has closed
        after them; `ReplayGap` when the run is unknown or they are no longer held."""
        found = await self._calls.run(
            self._read_script,
            keys=[self._meta(run_id), self._events(run_id)],
            args=[f"0-{position + 1}", BATCH],
        )
        if not found:
            raise ReplayGap(
                f"run {run_id} is not known here (it never ran, or ended long ago)"
                if first
                else f"run {run_id} is no longer held (it ended long ago, or Redis lost it); "
                "fetch the thread's state instead"
            )
        last, entries = int(text(found[0])), found[1]
        events: list[tuple[int, RunEvent]] = []
        closed = False
        for raw_id, fields in entries:
            sequence = sequence_of(text(raw_id))
            if sequence is None:
                closed = True
                break
            events.append((sequence, decode_event(fields)))
        if (events and events[0][0] > position + 1) or (not events and last > position):
            raise ReplayGap(
                f"events of run {run_id} after {event_id(run_id, position)} are no "
                "longer held; fetch the thread's state instead"
            )
        return events, closed

    async def subscribe(
        self, run_id: str, *, after: int = 0, idle_s: float | None = None
    ) -> AsyncIterator[tuple[str, RunEvent] | None]:
        """The run's events after sequence `after`, live until the run ends."""
        position = after
        watch = self.reader.watches.get(run_id)
        if watch is None or watch.after(position) is None:  # not served from this process
            events, closed = await self._read(run_id, position, first=True)
            while events:  # catch up from Redis, a batch at a time
                for sequence, event in events:
                    position = sequence
                    yield event_id(run_id, sequence), event
                if closed:
                    return
                events, closed = await self._read(run_id, position)
            if closed:
                return
        # A run published here has a local watch already, fed by `publish`.
        watch = await self.reader.watch(run_id, position)
        verified = watch.generation
        try:
            while True:
                changed = watch.changed
                cached = watch.after(position) if verified == watch.generation else None
                if cached is None:  # older than the cache, or the reader reconnected
                    verified = watch.generation
                    events, closed = await self._read(run_id, position)
                else:
                    events, closed = cached, watch.closed
                for sequence, event in events:
                    position = sequence
                    yield event_id(run_id, sequence), event
                if closed and (cached is None or position >= watch.end):
                    return
                if events:
                    continue
                try:
                    async with asyncio.timeout(idle_s):
                        await changed.wait()
                except TimeoutError:
                    yield None
        finally:
            self.reader.unwatch(run_id)

    async def aclose(self) -> None:
        """Stop the reader and let pending events reach Redis."""
        flushers = [b.flusher for b in self._outboxes.values() if b.flusher is not None]
        if flushers:
            await asyncio.wait(flushers)
        with contextlib.suppress(asyncio.CancelledError):
            await self.reader.aclose()
