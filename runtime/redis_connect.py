"""How the runtime connects to Redis: one set of client options, one checked way to open a client.

    async with open_redis(settings.redis_url, what="KPL_REDIS_URL", decode_responses=True) as r:
        ...

Runs' coordination (runtime/runs/coordination.py), the checkpoint saver and thread store
(runtime/stores/factory.py) and the rate limiter (middleware/rate_limit.py) all use `redis_options()`.
A URL that is not a Redis URL, names a database that is not a number, or points at a Redis that
does not answer a PING is a `ConfigError` naming the URL with its password masked.
`follow_channel` keeps a pub/sub subscription alive across Redis restarts (lease releases, cancels).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, NoReturn
from urllib.parse import urlsplit

import structlog
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from runtime.errors import ConfigError
from runtime.redaction import redacted, without_secrets

log = structlog.get_logger(__name__)

REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)
"""What a Redis call raises when the server cannot be reached."""

CONNECT_TIMEOUT_S = 10
"""How long opening a Redis or Postgres connection may take before the URL is reported as dead."""


def redis_options() -> dict[str, Any]:
    """How every Redis client the runtime opens is configured (also the rate limiter's).

    `socket_timeout=None` on purpose: with a socket timeout, redis-py sends every command
    through `asyncio.wait_for`, which on Python 3.11 can swallow a cancel that lands in it, and a
    run's task must stop when it is cancelled. Dead connections are found by TCP keepalive and
    health checks instead; blocking reads (`XREAD BLOCK`, pub/sub) never needed a timeout.

    One retry on a connection error: after a Redis restart every pooled connection is dead, and
    `from_url` alone retries nothing, so the first command on each would fail. A command may then
    run twice, so every write sent through these clients must be safe to repeat:
    - the scripts the workers share are idempotent (a repeated publish, claim, update, lease or
      reap answers as the first did);
    - the checkpoint saver's `aput`/`aput_writes` (a script, after SADD/PEXPIRE of the run key),
      its `acopy_thread` (a MULTI/EXEC) and the store's put (a script) send only
      HSET/HSETNX/ZADD/SADD/PEXPIRE with values computed before sending, and a delete is
      DEL/UNLINK/SREM: run twice, they leave what running once left;
    - a transaction under WATCH (the saver's pruning) is never retried: redis-py raises
      `WatchError` when the connection drops, and runtime/stores/redis_pruning.py reads again;
    - a round trip of a `SharedPipeline` (runtime/redis_pipelining.py) is retried whole: it holds
      only the scripts and commands above, and reads.
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
    """The client runs coordinate through (text replies; not connected yet; `ValueError` for a
    bad URL). `open_redis` opens and checks one."""
    return Redis.from_url(url, decode_responses=True, **redis_options())


@asynccontextmanager
async def open_redis(
    url: str, *, what: str, decode_responses: bool = False
) -> AsyncIterator[Redis]:
    """A client for `url` with `redis_options()`, checked with a PING, closed on exit.

    `what` names the URL in errors ("KPL_REDIS_URL", "checkpoint URL"). `decode_responses`:
    True for text replies (coordination), False for bytes (checkpoints, the store).
    """
    database = urlsplit(url).path.strip("/")
    if database and not database.isdigit():
        # redis-py would quietly fall back to database 0 here.
        raise ConfigError(
            f"{what} {redacted(url)}: Redis database {database!r} is not a number; "
            "write redis://host:6379/0"
        )
    try:
        client = Redis.from_url(url, decode_responses=decode_responses, **redis_options())
    except ValueError as exc:
        raise ConfigError(
            f"{what} {redacted(url)} is not a Redis URL ({without_secrets(str(exc), url)}); "
            "write it like redis://[:password@]host:6379/0 (rediss:// for TLS)"
        ) from None
    try:
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            raise ConfigError(
                f"{what} {redacted(url)}: cannot reach Redis "
                f"({without_secrets(str(exc), url)}); start Redis or fix the URL"
            ) from None
        yield client
    finally:
        await client.aclose()


def _nothing() -> None:
    return None


async def follow_channel(
    client: Redis,
    channel: str,
    on_message: Callable[[str], None],
    *,
    what: str,
    on_subscribed: Callable[[], None] = _nothing,
    on_lost: Callable[[], None] = _nothing,
) -> NoReturn:
    """Hand every message published on `channel` to `on_message` (as text), until cancelled.

    When Redis goes away the subscription is made again, after 0.05 s doubling up to 2 s;
    `on_lost` runs when it is lost and `on_subscribed` each time it is (re)made, since messages
    published in between are missed. `what` names the listener in the log.
    """
    pause = 0.05
    while True:
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(channel)
            on_subscribed()
            pause = 0.05
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    data = message["data"]
                    on_message(data.decode() if isinstance(data, bytes) else str(data))
        except REDIS_DOWN as exc:
            on_lost()
            log.warning(f"{what} lost Redis; reconnecting", error=str(exc))
            await asyncio.sleep(pause)
            pause = min(2.0, pause * 2)
        finally:
            with contextlib.suppress(*REDIS_DOWN):
                await pubsub.aclose()
