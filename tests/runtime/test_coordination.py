"""Choosing the shared parts from settings, and rate limits shared through Redis (DB 12)."""

from __future__ import annotations

from typing import Any

import pytest

from api.settings import Settings
from middleware.rate_limit import RateLimit, RateLimitConfig, RateLimited
from runtime.errors import ConfigError
from runtime.locks import LocalThreadLocks
from runtime.runs.broker import InMemoryBroker
from runtime.runs.coordination import open_coordination
from runtime.runs.records import InMemoryRunRecords
from runtime.runs.redis_broker import RedisStreamBroker
from runtime.runs.redis_locks import RedisThreadLeases
from runtime.runs.redis_records import RedisRunRecords
from tests.api.server import free_port
from tests.support.redis_scope import new_prefix, redis_scope, redis_url

REDIS_DB = 12


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def test_without_redis_everything_stays_in_the_process() -> None:
    async with open_coordination(settings()) as shared:
        assert isinstance(shared.broker, InMemoryBroker)
        assert isinstance(shared.locks, LocalThreadLocks)
        assert isinstance(shared.records, InMemoryRunRecords)
        assert shared.redis is None


async def test_with_redis_every_part_shares_one_client() -> None:
    prefix = new_prefix()
    chosen = settings(redis_url=redis_url(REDIS_DB), redis_prefix=prefix, lease_ttl_s=2)
    async with open_coordination(chosen) as shared:
        assert isinstance(shared.broker, RedisStreamBroker)
        assert isinstance(shared.locks, RedisThreadLeases)
        assert isinstance(shared.records, RedisRunRecords)
        assert shared.redis is not None and await shared.redis.ping()
        assert shared.broker.prefix == shared.locks.prefix == shared.records.prefix == prefix
        assert shared.locks.ttl_s == shared.records.ttl_s == 2


async def test_an_unreachable_redis_is_a_config_error_without_the_password() -> None:
    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    with pytest.raises(ConfigError, match="cannot reach Redis") as raised:
        async with open_coordination(settings(redis_url=url)):
            pass
    assert "hunter2" not in raised.value.message
    with pytest.raises(ConfigError, match="not a Redis URL"):
        async with open_coordination(settings(redis_url="http://example.com")):
            pass


def test_rate_limit_counts_move_to_redis_unless_told_otherwise() -> None:
    assert settings().rate_limit_storage_uri() == "memory://"
    url = redis_url(REDIS_DB)
    assert settings(redis_url=url).rate_limit_storage_uri() == url
    chosen = settings(redis_url=url, rate_limit_storage="memory://")
    assert chosen.rate_limit_storage_uri() == "memory://"


async def test_two_workers_rate_limiters_count_together() -> None:
    prefix = new_prefix()
    config = RateLimitConfig(limit="3/hour", storage_uri=redis_url(REDIS_DB), key_prefix=prefix)
    first, second = RateLimit(config), RateLimit(config)  # as in two processes
    try:
        await first.acquire("alice", "slow")
        await second.acquire("alice", "slow")
        await first.acquire("alice", "slow")
        with pytest.raises(RateLimited, match="too many runs"):
            await second.acquire("alice", "slow")
        await second.acquire("bob", "slow")  # counted per user
    finally:
        async with redis_scope(REDIS_DB) as (client, _):
            async for key in client.scan_iter(match=f"*{prefix}*"):
                await client.delete(key)
        for limiter in (first, second):  # `limits` offers no close; a server keeps it for life
            await limiter._limiter.storage.bridge.storage.aclose()  # type: ignore[attr-defined]
