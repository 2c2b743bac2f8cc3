"""Run records in Redis: every worker reads, joins and cancels any run; dead workers' runs end.

    <prefix>:run:<run_id>:record      a hash: the run's public fields and its worker
                                      (runtime/runs/redis_record_fields.py)
    <prefix>:thread:<id>:latest       the thread's newest run id
    <prefix>:thread:<id>:runs         a sorted set: the thread's run ids by creation (ms)
    <prefix>:workers                  a set of worker ids
    <prefix>:worker:<id>              present while the worker lives (renewed every ttl_s / 3)
    <prefix>:worker:<id>:runs         the worker's runs that have not ended
    <prefix>:cancel                   pub/sub: run ids to cancel, heard by every worker

Every write is a Lua script, so a record that has ended is never written again (`update` returns
False: the run was declared lost elsewhere and its task stops), and `claim` checks and sets a
thread's newest run in one step. Records of running runs expire after `live_ttl_s`, ended ones
`retention_s` after they end.

**A worker that dies.** Its liveness key expires `ttl_s` after its last renewal. Every worker, on
each renewal, looks for workers in the set whose key is gone; the first to remove a dead worker
from the set (atomically) marks that worker's unfinished runs `error` with code `worker_lost` and
hands them to `on_lost`, which publishes the `error` event and closes their streams. So a dead
worker's run becomes final within about `ttl_s * 4 / 3` of the death, whether or not anyone is
looking at it; its thread's lease expires by then too, and the thread continues elsewhere from
its last checkpoint.

**Cancel.** `request_cancel` publishes the run id; the worker that runs it cancels its task, the
others ignore it. Pub/sub does not keep messages, so a caller that waits for the end asks again
while it waits (`RunManager.cancel`); a request to a dead worker's run is answered by the reaper.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Protocol

import structlog
from redis.asyncio import Redis

from runtime.redis_connect import REDIS_DOWN, follow_channel
from runtime.redis_pipelining import SharedPipeline
from runtime.runs.records import ENDED, LostRuns, Run
from runtime.runs.redis_record_fields import record_fields, run_of, text

log = structlog.get_logger(__name__)

NOT_ENDED = "st == 'pending' or st == 'running'"

CLAIM = f"""
local cur = redis.call('GET', KEYS[1])
if cur == ARGV[1] then return {{1, ''}} end
if cur and ARGV[2] == '1' then
  local st = redis.call('HGET', ARGV[3] .. ':run:' .. cur .. ':record', 'status')
  if {NOT_ENDED} then return {{0, cur}} end
end
redis.call('HSET', KEYS[2], unpack(ARGV, 8))
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if KEYS[5] then
  -- open the run's event stream too (RedisStreamBroker's OPEN): one round trip for both
  redis.call('HSETNX', KEYS[5], 'last', 0)
  redis.call('PEXPIRE', KEYS[5], ARGV[7])
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. (tonumber(ARGV[5]) - tonumber(ARGV[6])))
redis.call('PEXPIRE', KEYS[4], ARGV[6])
return {{1, cur or ''}}
"""

UPDATE = f"""
local st = redis.call('HGET', KEYS[1], 'status')
if st and not ({NOT_ENDED}) then
  -- ended: refuse, unless this is the same write again (a retried command)
  if st == ARGV[4] and redis.call('HGET', KEYS[1], 'updated_at') == ARGV[5] then return 1 end
  return 0
end
redis.call('HSET', KEYS[1], unpack(ARGV, 6))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if ARGV[2] == '1' then redis.call('SREM', KEYS[2], ARGV[1]) end
return 1
"""

DROP = """
redis.call('DEL', KEYS[2])
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[1])
if redis.call('GET', KEYS[1]) == ARGV[1] then
  if ARGV[2] == '' then redis.call('DEL', KEYS[1])
  else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
end
return 1
"""

LATEST = """
local id = redis.call('GET', KEYS[1])
if not id then return {} end
return redis.call('HGETALL', ARGV[1] .. ':run:' .. id .. ':record')
"""

REAP = f"""
if redis.call('EXISTS', KEYS[3]) == 1 then return {{}} end
local done = redis.call('HGET', KEYS[4], 'by')
if done then
  if done == ARGV[6] then return cjson.decode(redis.call('HGET', KEYS[4], 'runs')) end
  return {{}}
end
if redis.call('SREM', KEYS[1], ARGV[1]) == 0 then return {{}} end
local lost = {{}}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  local key = ARGV[2] .. ':run:' .. id .. ':record'
  local st = redis.call('HGET', key, 'status')
  if {NOT_ENDED} then
    redis.call('HSET', key, 'status', 'error', 'error', ARGV[3], 'updated_at', ARGV[4])
    redis.call('PEXPIRE', key, ARGV[5])
    table.insert(lost, id)
  end
end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[4], 'by', ARGV[6], 'runs', cjson.encode(lost))
redis.call('PEXPIRE', KEYS[4], 60000)
return lost
"""


class StreamOpening(Protocol):
    """An event broker whose run streams a claim can open (`RedisStreamBroker`): a run's start
    is then one script, its record and its stream together."""

    def stream_to_open(self, run_id: str) -> tuple[str, int]:
        """The run's stream key to create at the claim, and its time to live (ms) until closed."""
        ...

    def opened_by_claim(self, run_id: str) -> None:
        """The claim created the run's stream: `open` need not."""
        ...


def worker_id() -> str:
    """A fresh id for this process: host, pid and a random part (pids are reused)."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def worker_lost() -> dict[str, Any]:
    """The `error` of a run whose worker died."""
    return {
        "code": "worker_lost",
        "message": "the worker running this run stopped (it crashed or lost Redis); the thread "
        "keeps its last checkpoint: send the message again to continue",
        "retriable": True,
    }


class RedisRunRecords:
    """`RunRecords` in Redis, shared by every worker on one Redis."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = "kpl",
        ttl_s: float = 10.0,
        retention_s: float = 600.0,
        live_ttl_s: float = 86_400.0,
        worker: str | None = None,
        scripts: SharedPipeline | None = None,
        streams: StreamOpening | None = None,
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.ttl_s = ttl_s
        """A worker counts as dead this long after its last renewal."""
        self.retention_s = retention_s
        self.live_ttl_s = live_ttl_s
        """How long the record of a run that has not ended is kept (a safety net only)."""
        self.worker_id = worker or worker_id()
        self.streams = streams
        """The broker whose run streams `claim` opens in the same step, if any."""
        self.channel = f"{prefix}:cancel"
        self._calls = scripts or SharedPipeline(client)
        self._claim = self._calls.register(CLAIM)
        self._update = self._calls.register(UPDATE)
        self._drop = self._calls.register(DROP)
        self._latest = self._calls.register(LATEST)
        self._reap = self._calls.register(REAP)

    def _record(self, run_id: str) -> str:
        return f"{self.prefix}:run:{run_id}:record"

    def _thread(self, thread_id: str) -> str:
        return f"{self.prefix}:thread:{thread_id}:latest"

    def _runs(self, thread_id: str) -> str:
        return f"{self.prefix}:thread:{thread_id}:runs"

    def _worker(self, worker: str) -> str:
        return f"{self.prefix}:worker:{worker}"

    def _ttl_ms(self, run: Run) -> int:
        return _ms(self.retention_s if run.ended else self.live_ttl_s)

    async def claim(self, run: Run, *, exclusive: bool) -> tuple[Run | None, str | None]:
        """Record `run` as its thread's newest, unless `exclusive` and the thread is running."""
        run.worker = run.worker or self.worker_id
        keys = [
            self._thread(run.thread_id),
            self._record(run.run_id),
            f"{self._worker(run.worker)}:runs",
            self._runs(run.thread_id),
        ]
        stream_ttl_ms = 0
        if self.streams is not None:
            stream_key, stream_ttl_ms = self.streams.stream_to_open(run.run_id)
            keys.append(stream_key)
        done, other = await self._calls.run(
            self._claim,
            keys=keys,
            args=[
                run.run_id,
                int(exclusive),
                self.prefix,
                self._ttl_ms(run),
                _ms(run.created_at),
                # the index outlives its newest run's record; older members are trimmed here
                _ms(self.live_ttl_s + self.retention_s),
                stream_ttl_ms,
                *record_fields(run),
            ],
        )
        other_id = text(other)
        if int(done):
            if self.streams is not None:
                self.streams.opened_by_claim(run.run_id)
            return None, other_id or None
        busy = await self.get(other_id)
        return (busy or Run(run_id=other_id, thread_id=run.thread_id, graph="", owner="")), None

    async def update(self, run: Run) -> bool:
        """Write the run's status unless its record has ended (declared lost elsewhere)."""
        written = await self._calls.run(
            self._update,
            keys=[self._record(run.run_id), f"{self._worker(run.worker or self.worker_id)}:runs"],
            args=[
                run.run_id,
                int(run.ended),
                self._ttl_ms(run),
                run.status,
                repr(run.updated_at),
                *record_fields(run),
            ],
        )
        return bool(written)

    async def drop(self, run: Run, previous: str | None) -> None:
        """Forget a refused run; the thread's newest run is `previous` again."""
        await self._calls.run(
            self._drop,
            keys=[
                self._thread(run.thread_id),
                self._record(run.run_id),
                f"{self._worker(run.worker or self.worker_id)}:runs",
                self._runs(run.thread_id),
            ],
            args=[run.run_id, previous or "", _ms(self.live_ttl_s)],
        )

    async def get(self, run_id: str) -> Run | None:
        """The run's record, if held."""
        return run_of(await self.client.hgetall(self._record(run_id)))

    async def latest(self, thread_id: str) -> Run | None:
        """The record of the thread's newest run, if held."""
        return run_of(
            await self._calls.run(self._latest, keys=[self._thread(thread_id)], args=[self.prefix])
        )

    async def of_thread(self, thread_id: str) -> list[Run]:
        """The thread's runs whose records are still held, newest first."""
        run_ids = await self.client.zrevrange(self._runs(thread_id), 0, -1)
        async with self.client.pipeline(transaction=False) as pipe:
            for run_id in run_ids:
                pipe.hgetall(self._record(text(run_id)))
            records = await pipe.execute()
        runs = (run_of(record) for record in records)
        return [run for run in runs if run is not None]

    async def request_cancel(self, run_id: str) -> None:
        """Publish the cancel request to every worker."""
        await self.client.publish(self.channel, run_id)

    @asynccontextmanager
    async def attach(
        self, *, on_cancel: Callable[[str], None], on_lost: LostRuns
    ) -> AsyncIterator[None]:
        """Keep this worker alive, hear cancel requests, and end dead workers' runs."""
        await self.keep_alive()
        listening = asyncio.Event()
        tasks = [
            asyncio.create_task(self._listen(on_cancel, listening), name="run-cancels"),
            asyncio.create_task(self._watch_workers(on_lost), name="run-workers"),
        ]
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.ttl_s):
                await listening.wait()
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.wait(tasks)
            # Leaving looks like dying to the others, on purpose: the first reaper removes this
            # worker from the set and ends any run whose end could not be recorded.
            with contextlib.suppress(*REDIS_DOWN):
                await self.client.delete(self._worker(self.worker_id))

    async def keep_alive(self) -> None:
        """Renew this worker's liveness key and membership of the worker set."""
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.set(self._worker(self.worker_id), "1", px=_ms(self.ttl_s))
            pipe.sadd(f"{self.prefix}:workers", self.worker_id)
            await pipe.execute()

    async def reap(self) -> list[Run]:
        """Mark the unfinished runs of dead workers `worker_lost`; returns those this call ended."""
        workers = [text(w) for w in await self.client.smembers(f"{self.prefix}:workers")]
        others = [w for w in workers if w != self.worker_id]
        if not others:
            return []
        async with self.client.pipeline(transaction=False) as pipe:
            for worker in others:
                pipe.exists(self._worker(worker))
            alive = await pipe.execute()
        lost: list[Run] = []
        for worker, exists in zip(others, alive, strict=True):
            if exists:
                continue
            for run_id in await self._calls.run(
                self._reap,
                keys=[
                    f"{self.prefix}:workers",
                    f"{self._worker(worker)}:runs",
                    self._worker(worker),
                    f"{self._worker(worker)}:reaped",
                ],
                args=[
                    worker,
                    self.prefix,
                    json.dumps(worker_lost()),
                    repr(time.time()),
                    _ms(self.retention_s),
                    self.worker_id,
                ],
            ):
                run = await self.get(text(run_id))
                if run is not None:
                    lost.append(run)
            log.warning("worker lost; its runs ended", worker=worker, runs=len(lost))
        return lost

    async def _watch_workers(self, on_lost: LostRuns) -> None:
        while True:
            await asyncio.sleep(self.ttl_s / 3)
            try:
                await self.keep_alive()
                lost = await self.reap()
                if lost:
                    await on_lost(lost)
            except REDIS_DOWN as exc:
                log.warning("cannot reach Redis to stay alive; retrying", error=str(exc))
            except Exception:  # this loop keeps the worker alive to the others: it must go on
                log.exception("ending a lost worker's runs failed; trying again next round")

    async def _listen(self, on_cancel: Callable[[str], None], listening: asyncio.Event) -> None:
        await follow_channel(
            self.client,
            self.channel,
            on_cancel,
            what="cancel listener",
            on_subscribed=listening.set,
        )


__all__ = ["ENDED", "RedisRunRecords", "worker_id", "worker_lost"]
