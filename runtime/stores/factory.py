"""Where threads' checkpoints live: one factory from `KPL_CHECKPOINT_URL` to a LangGraph saver.

    memory://                          InMemorySaver (tests, throw-away sessions)
    sqlite:///relative.db              AsyncSqliteSaver (default `sqlite:///.kpl/kpl.db`)
    sqlite:////absolute.db
    redis://[:password@]host:6379/0    RedisSaver (runtime/stores/redis_saver.py); rediss:// for TLS
    postgresql://user@host:5432/db     AsyncPostgresSaver over a psycopg pool, without its one
                                       lock, writes batched (runtime/stores/postgres_saver.py);
                                       postgres:// too

`open_store` opens LangGraph's key-value store at the same place, for thread records: the
in-memory and SQLite stores, `RedisStore` (runtime/stores/redis_store.py), `AsyncPostgresStore`
(as `PooledPostgresStore`: reads without a pipeline's extra round trip,
runtime/stores/postgres_store.py). With Redis or Postgres every worker sees every thread, so any
worker can continue any thread.

Every saver gets the same strict serializer (runtime/stores/serde.py).

A store that cannot be reached at open (Redis down, a Postgres database that does not exist) is a
`ConfigError` naming the URL with its password masked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import aiosqlite
import psycopg
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.store.base import BaseStore
from langgraph.store.memory import InMemoryStore
from langgraph.store.sqlite.aio import AsyncSqliteStore
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from runtime.errors import ConfigError
from runtime.redaction import redacted, without_secrets
from runtime.redis_connect import CONNECT_TIMEOUT_S, open_redis
from runtime.stores.postgres_saver import PooledPostgresSaver
from runtime.stores.postgres_store import PooledPostgresStore
from runtime.stores.redis_saver import RedisSaver
from runtime.stores.redis_store import RedisStore
from runtime.stores.serde import strict_serializer
from runtime.stores.sqlite_setup import setup_lock

SUPPORTED = (
    "memory://, sqlite:///relative/path.db, sqlite:////absolute/path.db, "
    "redis://[:password@]host:6379/0 (rediss:// with TLS) or "
    "postgresql://user[:password]@host:5432/database"
)
REDIS_SCHEMES = ("redis", "rediss")
POSTGRES_SCHEMES = ("postgresql", "postgres")

PostgresPool = AsyncConnectionPool[psycopg.AsyncConnection[DictRow]]


def sqlite_path(url: str) -> str:
    """The file path of a `sqlite:///` URL (`:memory:` allowed)."""
    parts = urlsplit(url)
    if parts.netloc:
        raise ConfigError(
            f"checkpoint URL {url!r}: a SQLite URL has three slashes before a relative path "
            "(sqlite:///.kpl/kpl.db) and four before an absolute one (sqlite:////var/kpl.db)"
        )
    path = parts.path[1:] if parts.path.startswith("/") else parts.path
    if not path:
        raise ConfigError(f"checkpoint URL {url!r} names no database file; use {SUPPORTED}")
    return path


SQLITE_BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite write waits for the lock another connection holds."""


@asynccontextmanager
async def _sqlite_connection(
    url: str, *, autocommit: bool = False
) -> AsyncIterator[aiosqlite.Connection]:
    path = sqlite_path(url)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    if autocommit:
        options["isolation_level"] = None
    async with aiosqlite.connect(path, **options) as conn:
        # A writer waits for another process's write (the CLI beside a server, two workers on
        # one file) rather than failing with "database is locked": 5 s was exceeded on a loaded
        # machine (a POST /threads answered 500 in the two-worker test). Set first, from the
        # connection's opening: switching to WAL takes the lock too, and twenty `kpl practice`
        # started at once failed there before any wait was set (session 13 trainer P5).
        await conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # WAL lets the CLI and a server read one database while the other writes.
        await conn.execute("PRAGMA journal_mode=WAL")
        yield conn


@asynccontextmanager
async def postgres_pool(url: str, *, max_size: int = 10) -> AsyncIterator[PostgresPool]:
    """A pool of autocommit connections to `url` (as LangGraph's Postgres classes want them).

    One connection is made first so that a wrong URL, a database that does not exist or a server
    that is down is reported at once as a `ConfigError`, not as a pool timeout later.
    """
    try:
        probe = await psycopg.AsyncConnection.connect(url, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise ConfigError(
            f"checkpoint URL {redacted(url)}: cannot connect to Postgres "
            f"({without_secrets(str(exc), url).strip()}); create the database, "
            "start the server or fix the URL"
        ) from None
    await probe.close()
    pool = cast(
        PostgresPool,
        AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
            open=False,
            name="kpl",
        ),
    )
    async with pool:
        yield pool


def _scheme(url: str) -> str:
    scheme = urlsplit(url).scheme
    known = ("memory", "sqlite", *REDIS_SCHEMES, *POSTGRES_SCHEMES)
    if scheme not in known:
        raise ConfigError(
            f"checkpoint URL {redacted(url)!r}: unsupported scheme {scheme!r}; use {SUPPORTED}"
        )
    return scheme


@asynccontextmanager
async def open_store(
    url: str, *, pool_size: int = 10, prefix: str = "kpl"
) -> AsyncIterator[BaseStore]:
    """Open LangGraph's key-value store at the same place as the checkpoints (thread records).

    `pool_size` bounds a Postgres pool; `prefix` starts every Redis key.
    """
    scheme = _scheme(url)
    if scheme == "memory":
        yield InMemoryStore()
    elif scheme == "sqlite":
        async with _sqlite_connection(url, autocommit=True) as conn:
            sqlite_store = AsyncSqliteStore(conn)
            async with setup_lock(sqlite_path(url)):
                await sqlite_store.setup()
            yield sqlite_store
    elif scheme in REDIS_SCHEMES:
        async with open_redis(url, what="checkpoint URL") as client:
            redis_store = RedisStore(client, prefix=prefix)
            await redis_store.setup()
            yield redis_store
    else:
        async with postgres_pool(url, max_size=pool_size) as pool:
            postgres_store = PooledPostgresStore(pool)
            await postgres_store.setup()
            yield postgres_store


@asynccontextmanager
async def open_checkpointer(
    url: str, *, ttl_s: float | None = None, pool_size: int = 10, prefix: str = "kpl"
) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """Open the checkpoint store named by `url`, set it up, and close it on exit.

    `ttl_s` (Redis only) expires a thread's checkpoints that long after their last write; None
    keeps them. `pool_size` bounds the Postgres pool; `prefix` starts every Redis key.
    """
    scheme = _scheme(url)
    serde = strict_serializer()
    if scheme == "memory":
        yield InMemorySaver(serde=serde)
    elif scheme == "sqlite":
        async with _sqlite_connection(url) as conn:
            sqlite_saver = AsyncSqliteSaver(conn, serde=serde)
            async with setup_lock(sqlite_path(url)):
                await sqlite_saver.setup()
            yield sqlite_saver
    elif scheme in REDIS_SCHEMES:
        async with open_redis(url, what="checkpoint URL") as client:
            yield RedisSaver(client, prefix=prefix, ttl_s=ttl_s, serde=serde)
    else:
        async with postgres_pool(url, max_size=pool_size) as pool:
            # Not the stock AsyncPostgresSaver: its one lock would queue every run (#7259).
            postgres_saver = PooledPostgresSaver(pool, serde=serde)
            await postgres_saver.setup()
            yield postgres_saver
