"""The real Redis for tests: a client on the database a test module names, a unique key prefix.

Each test module uses its own database number (6 to 12 belong to the multi-worker tests) and each
test a fresh prefix, whose keys are deleted afterwards. A Redis that does not answer fails the
test: nothing here skips.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from redis.asyncio import Redis

from runtime.redis_connect import shared_redis

REDIS_ADDRESS = os.environ.get("KPL_TEST_REDIS", "127.0.0.1:6379")


def redis_url(db: int) -> str:
    """The URL of the test Redis's database `db`."""
    return f"redis://{REDIS_ADDRESS}/{db}"


def new_prefix() -> str:
    """A key prefix no other test uses."""
    return f"test-{uuid.uuid4().hex[:12]}"


async def delete_prefix(client: Redis, prefix: str) -> None:
    """Delete every key under `prefix` (tests only: SCAN walks the whole database)."""
    async for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        await client.delete(key)


@asynccontextmanager
async def redis_scope(db: int, **options: Any) -> AsyncIterator[tuple[Redis, str]]:
    """A client on database `db` and a fresh prefix; the prefix's keys are deleted on exit."""
    client = (
        shared_redis(redis_url(db)) if not options else Redis.from_url(redis_url(db), **options)
    )
    prefix = new_prefix()
    try:
        await client.ping()
        yield client, prefix
    finally:
        await delete_prefix(client, prefix)
        await client.aclose()


async def until(check: Callable[[], Awaitable[object]]) -> None:
    """Return once `check()` is truthy: for conditions only Redis knows, which no event in this
    process could signal (a subscriber listening, a key expired), so they are polled."""
    while not await check():  # noqa: ASYNC110 (the condition lives in another process)
        await asyncio.sleep(0.01)
