"""LangGraph's checkpointer conformance suite (langgraph-checkpoint-conformance 0.0.2) on every saver.

RedisSaver (Redis DB 2; with a TTL on DB 3) must pass base and every extended capability.
InMemorySaver, AsyncSqliteSaver as runtime/stores/factory.py opens it, and LangGraph's stock
AsyncPostgresSaver (on a fresh database for this module) must pass every capability they
implement; the suite skips the extended ones a saver does not override, and the test checks that
those really are not overridden rather than failing quietly.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
import redis
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.conformance import checkpointer_test, validate
from langgraph.checkpoint.conformance.capabilities import BASE_CAPABILITIES, EXTENDED_CAPABILITIES
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from psycopg import AsyncConnection
from psycopg.rows import dict_row
from redis.asyncio import Redis

from runtime.stores.factory import open_checkpointer
from runtime.stores.redis_saver import RedisSaver
from runtime.stores.serde import strict_serializer

REDIS_PLAIN = "redis://127.0.0.1:6379/2"
REDIS_TTL = "redis://127.0.0.1:6379/3"
BASE = {c.value for c in BASE_CAPABILITIES}
EXTENDED = {c.value for c in EXTENDED_CAPABILITIES}
ASYNC_METHOD = {
    "delete_for_runs": "adelete_for_runs",
    "copy_thread": "acopy_thread",
    "prune": "aprune",
}

Opener = Callable[[], AbstractAsyncContextManager[BaseCheckpointSaver[str]]]


@pytest.fixture
def prefix() -> Iterator[str]:
    """A key prefix of this test's own; its keys in DBs 2 and 3 are deleted afterwards."""
    name = f"kpl-conformance-{uuid.uuid4().hex}"
    yield name
    for url in (REDIS_PLAIN, REDIS_TTL):
        with redis.Redis.from_url(url) as client:
            doomed = list(client.scan_iter(match=f"{name}*", count=500))
            if doomed:
                client.delete(*doomed)


def redis_opener(url: str, prefix: str, ttl_s: float | None) -> Opener:
    """A fresh RedisSaver (and client) per capability suite."""

    @asynccontextmanager
    async def opened() -> AsyncIterator[BaseCheckpointSaver[str]]:
        async with Redis.from_url(url) as client:
            yield RedisSaver(client, prefix=prefix, ttl_s=ttl_s, serde=strict_serializer())

    return opened


def postgres_opener(url: str) -> Opener:
    """LangGraph's stock AsyncPostgresSaver on the connection its docs ask for."""

    @asynccontextmanager
    async def opened() -> AsyncIterator[BaseCheckpointSaver[str]]:
        async with await AsyncConnection.connect(
            url, autocommit=True, prepare_threshold=0, row_factory=dict_row
        ) as conn:
            saver = AsyncPostgresSaver(conn, serde=strict_serializer())
            await saver.setup()
            yield saver

    return opened


@asynccontextmanager
async def memory() -> AsyncIterator[BaseCheckpointSaver[str]]:
    """An InMemorySaver with the project's serializer."""
    yield InMemorySaver(serde=strict_serializer())


CASES = {
    # name: (the saver's type, the extended capabilities it implements)
    "redis": (RedisSaver, EXTENDED),
    "redis-ttl": (RedisSaver, EXTENDED),
    "memory": (InMemorySaver, set()),
    "sqlite": (AsyncSqliteSaver, set()),
    "postgres": (AsyncPostgresSaver, {"prune"}),
}


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest, prefix: str, tmp_path: Path) -> tuple[str, Opener]:
    """Each saver in turn, opened the way the runtime (or its library's docs) opens it."""
    name: str = request.param
    if name == "redis":
        return name, redis_opener(REDIS_PLAIN, prefix, None)
    if name == "redis-ttl":
        return name, redis_opener(REDIS_TTL, prefix, 3600)
    if name == "memory":
        return name, memory
    if name == "sqlite":
        url = f"sqlite:///{tmp_path}/conformance.db"
        return name, lambda: open_checkpointer(url)
    return name, postgres_opener(request.getfixturevalue("postgres_url"))


async def test_langgraphs_conformance_suite(case: tuple[str, Opener]) -> None:
    name, opener = case
    saver_type, implemented = CASES[name]

    @checkpointer_test(name=name)
    async def factory() -> AsyncIterator[BaseCheckpointSaver[str]]:
        async with opener() as saver:
            assert type(saver) is saver_type
            yield saver

    report = await validate(factory)
    failures = {cap: r.failures for cap, r in report.results.items() if r.failures}
    assert report.passed_all_base(), failures
    assert report.passed_all(), failures
    detected = {cap for cap, result in report.results.items() if result.detected}
    assert detected == BASE | implemented
    for cap in EXTENDED - implemented:
        result = report.results[cap]
        assert result.passed is None and result.tests_skipped == 1
        method = ASYNC_METHOD[cap]
        assert getattr(saver_type, method) is getattr(BaseCheckpointSaver, method)
    for cap in BASE | implemented:
        assert report.results[cap].passed is True and report.results[cap].tests_passed > 0
    if implemented == EXTENDED:
        assert report.conformance_level() == "FULL"
