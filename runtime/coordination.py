"""What workers share, chosen from settings: the event broker, thread locks and run records.

    async with open_coordination(settings) as shared:
        RunManager(executor, shared.broker, records=shared.records)   # executor locks: shared.locks

Without `KPL_REDIS_URL` it all stays in this process (`InMemoryBroker`, `LocalThreadLocks`,
`InMemoryRunRecords`): one worker. With it, one Redis client per process carries
`RedisStreamBroker`, `RedisThreadLeases` and `RedisRunRecords` under `KPL_REDIS_PREFIX`, and any
number of workers on any hosts can continue any thread, resume any stream and cancel any run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from runtime.broker import EventBroker, InMemoryBroker
from runtime.checkpoints import CONNECT_TIMEOUT_S, redacted
from runtime.errors import ConfigError
from runtime.locks import LocalThreadLocks, ThreadLock
from runtime.redis_broker import RedisStreamBroker
from runtime.redis_locks import RedisThreadLeases
from runtime.redis_run_records import RedisRunRecords
from runtime.run_records import InMemoryRunRecords, RunRecords
from runtime.settings import Settings


@dataclass(frozen=True, kw_only=True)
class Coordination:
    """The parts runs are coordinated through, and the Redis client under them if any."""

    broker: EventBroker
    locks: ThreadLock
    records: RunRecords
    redis: Redis | None = None


def redis_options() -> dict[str, Any]:
    """How every Redis client that runs use is configured (here, and the rate limiter's).

    `socket_timeout=None` on purpose: with a socket timeout, redis-py sends every command
    through `asyncio.wait_for`, which on Python 3.11 can swallow a cancel that lands in it, and a
    run's task must stop when it is cancelled. Dead connections are found by TCP keepalive and
    health checks instead; blocking reads (`XREAD BLOCK`, pub/sub) never needed a timeout.

    One retry on a connection error: after a Redis restart every pooled connection is dead, and
    `from_url` alone retries nothing, so the first command on each would fail. A command may then
    run twice, so every script the workers share is idempotent (a repeated publish, claim, update,
    lease or reap answers as the first did).
    """
    return {
        "socket_timeout": None,
        "socket_connect_timeout": CONNECT_TIMEOUT_S,
        "socket_keepalive": True,
        "health_check_interval": 30,
        "retry": Retry(ExponentialWithJitterBackoff(cap=0.5, base=0.05), 1),
        "retry_on_error": [RedisConnectionError, RedisTimeoutError],
    }


def shared_redis(url: str) -> Redis:
    """The client runs coordinate through (not connected yet; `ValueError` for a bad URL)."""
    return Redis.from_url(url, decode_responses=True, **redis_options())


@asynccontextmanager
async def open_coordination(settings: Settings) -> AsyncIterator[Coordination]:
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
    url = settings.redis_url
    try:
        client = shared_redis(url)
    except ValueError:
        raise ConfigError(
            f"KPL_REDIS_URL={redacted(url)} is not a Redis URL; write it like "
            "redis://host:6379/0 (rediss:// for TLS)"
        ) from None
    try:
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            raise ConfigError(
                f"KPL_REDIS_URL={redacted(url)}: cannot reach Redis ({type(exc).__name__}); "
                "start Redis or fix the URL"
            ) from None
        prefix = settings.redis_prefix
        broker = RedisStreamBroker(
            client,
            prefix=prefix,
            maxlen=settings.event_buffer,
            retention_s=settings.event_retention_s,
        )
        leases = RedisThreadLeases(client, prefix=prefix, ttl_s=settings.lease_ttl_s)
        records = RedisRunRecords(
            client,
            prefix=prefix,
            ttl_s=settings.lease_ttl_s,
            retention_s=settings.event_retention_s,
        )
        try:
            yield Coordination(broker=broker, locks=leases, records=records, redis=client)
        finally:
            await broker.aclose()
            await leases.aclose()
    finally:
        await client.aclose()
