"""What workers share, chosen from settings: the event broker, thread locks and run records.

    async with open_coordination(settings) as shared:
        RunManager(executor, shared.broker, records=shared.records)   # executor locks: shared.locks

Without `KPL_REDIS_URL` it all stays in this process (`InMemoryBroker`, `LocalThreadLocks`,
`InMemoryRunRecords`): one worker. With it, one Redis client per process carries
`RedisStreamBroker`, `RedisThreadLeases` and `RedisRunRecords` under `KPL_REDIS_PREFIX`, and any
number of workers on any hosts can continue any thread, resume any stream and cancel any run.
Their Lua scripts (one per run transition) share a `SharedPipeline`: the calls concurrent runs
make while a round trip is in flight go together in the next.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis

from runtime.locks import LocalThreadLocks, ThreadLock
from runtime.redis_connect import open_redis
from runtime.redis_pipelining import SharedPipeline
from runtime.runs.broker import EventBroker, InMemoryBroker
from runtime.runs.records import InMemoryRunRecords, RunRecords
from runtime.runs.redis_broker import RedisStreamBroker
from runtime.runs.redis_locks import RedisThreadLeases
from runtime.runs.redis_records import RedisRunRecords


@dataclass(frozen=True, kw_only=True)
class Coordination:
    """The parts runs are coordinated through, and the Redis client under them if any."""

    broker: EventBroker
    locks: ThreadLock
    records: RunRecords
    redis: Redis | None = None


class CoordinationSettings(Protocol):
    """What the shared parts are chosen by (`KPL_REDIS_*`, `KPL_EVENT_*`, `KPL_LEASE_TTL_S`)."""

    @property
    def redis_url(self) -> str | None: ...
    @property
    def redis_prefix(self) -> str: ...
    @property
    def event_buffer(self) -> int: ...
    @property
    def event_retention_s(self) -> float: ...
    @property
    def lease_ttl_s(self) -> float: ...


@asynccontextmanager
async def open_coordination(settings: CoordinationSettings) -> AsyncIterator[Coordination]:
    """Open the shared parts for `settings`; with Redis, check it answers, and close on exit."""
    if not settings.redis_url:
        yield Coordination(
            broker=InMemoryBroker(
                buffer=settings.event_buffer, retention_s=settings.event_retention_s
            ),
            locks=LocalThreadLocks(),
            records=InMemoryRunRecords(retention_s=settings.event_retention_s),
        )
        return
    async with open_redis(
        settings.redis_url, what="KPL_REDIS_URL", decode_responses=True
    ) as client:
        prefix = settings.redis_prefix
        scripts = SharedPipeline(client)  # every run transition's script, pipelined across runs
        broker = RedisStreamBroker(
            client,
            prefix=prefix,
            maxlen=settings.event_buffer,
            retention_s=settings.event_retention_s,
            scripts=scripts,
        )
        leases = RedisThreadLeases(
            client, prefix=prefix, ttl_s=settings.lease_ttl_s, scripts=scripts
        )
        records = RedisRunRecords(
            client,
            prefix=prefix,
            ttl_s=settings.lease_ttl_s,
            retention_s=settings.event_retention_s,
            scripts=scripts,
            streams=broker,  # a run's claim opens its event stream in the same script
        )
        try:
            yield Coordination(broker=broker, locks=leases, records=records, redis=client)
        finally:
            await broker.aclose()
            await leases.aclose()
