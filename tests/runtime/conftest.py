"""An executor over the sample graphs, on each checkpoint backend; Redis and Postgres for tests.

Redis: DB 4 holds checkpoints, DB 5 thread records (RedisStore); every test gets its own key
prefix, and its keys are deleted afterwards. Postgres: every test module that asks for it gets a
fresh database `kpl_<hex>`, dropped at the end. A server that is not running fails the test.
`scope`: a Redis client on the test module's own `REDIS_DB` and a fresh prefix (tests of the
Redis broker, leases and run records).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import redis
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.store.base import BaseStore
from psycopg import sql
from redis.asyncio import Redis

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, RegisteredGraph
from runtime.stores.factory import open_checkpointer, open_store
from tests.runtime import sample_graphs
from tests.support.redis_scope import redis_scope

SAMPLES = {
    "chain": sample_graphs.five_node_chain,
    "chat": sample_graphs.interrupting,
    "slow": sample_graphs.slow,
    "failing": sample_graphs.failing,
    "nested": sample_graphs.with_subgraph,
}

REDIS_CHECKPOINTS = "redis://127.0.0.1:6379/4"
REDIS_STORE = "redis://127.0.0.1:6379/5"
POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def sample_registry() -> GraphRegistry:
    """A registry of the sample graphs, as developers' graphs (no flow context)."""
    registry = GraphRegistry()
    for name, build in SAMPLES.items():
        registry.add(
            RegisteredGraph(
                name=name,
                version="v1",
                description=name,
                source="import",
                build=build,
                uses_flow_context=False,
            )
        )
    return registry


@dataclass(frozen=True)
class Backend:
    """Where a test keeps checkpoints and thread records: a URL, and the Redis key prefix."""

    name: str
    url: str
    store_url: str
    prefix: str

    def checkpointer(self) -> AbstractAsyncContextManager[BaseCheckpointSaver[str]]:
        """Open this backend's saver (a fresh open: what a restarted worker does)."""
        return open_checkpointer(self.url, prefix=self.prefix)

    def store(self) -> AbstractAsyncContextManager[BaseStore]:
        """Open this backend's store for thread records."""
        return open_store(self.store_url, prefix=self.prefix)


def delete_redis_keys(url: str, prefix: str) -> None:
    """Delete every key under `prefix` in the database of `url`."""
    with redis.Redis.from_url(url) as client:
        doomed = list(client.scan_iter(match=f"{prefix}:*", count=500))
        if doomed:
            client.delete(*doomed)


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own; its keys in DBs 4 and 5 are deleted afterwards."""
    prefix = f"kpl-test-{uuid.uuid4().hex}"
    yield prefix
    delete_redis_keys(REDIS_CHECKPOINTS, prefix)
    delete_redis_keys(REDIS_STORE, prefix)


@pytest.fixture
async def scope(request: pytest.FixtureRequest) -> AsyncIterator[tuple[Redis, str]]:
    """A client on the requesting module's `REDIS_DB` and a fresh prefix, its keys deleted after."""
    async with redis_scope(request.module.REDIS_DB) as found:
        yield found


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh Postgres database for this test module, dropped at its end."""
    name = f"kpl_{uuid.uuid4().hex}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(params=["memory", "sqlite", "redis", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """Each backend in turn: every test that takes it runs on all four."""
    name = request.param
    if name == "memory":
        return Backend(name, "memory://", "memory://", "kpl")
    if name == "sqlite":
        url = f"sqlite:///{tmp_path}/kpl.db"
        return Backend(name, url, url, "kpl")
    if name == "redis":
        prefix = request.getfixturevalue("redis_prefix")
        return Backend(name, REDIS_CHECKPOINTS, REDIS_STORE, prefix)
    url = request.getfixturevalue("postgres_url")
    return Backend(name, url, url, "kpl")


@pytest.fixture
async def executor(backend: Backend, tmp_path: Path) -> AsyncIterator[GraphExecutor]:
    """An executor over the sample graphs (which read no authored content)."""
    empty = tmp_path / "no-content"
    empty.mkdir()
    async with backend.checkpointer() as saver:
        yield GraphExecutor(
            sample_registry(), saver, FlowContext(library=ContentLibrary.load(empty))
        )
