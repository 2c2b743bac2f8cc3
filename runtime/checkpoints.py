"""Where threads' checkpoints live: one factory from `KPL_CHECKPOINT_URL` to a LangGraph saver.

    memory://                 InMemorySaver (tests, throw-away sessions)
    sqlite:///relative.db     AsyncSqliteSaver (default `sqlite:///.kpl/kpl.db`)
    sqlite:////absolute.db

`open_store` opens LangGraph's key-value store at the same place, for thread records.

Every saver gets the same strict serializer: LangGraph's msgpack serializer limited to its own safe
types plus `ALLOWED_STATE_TYPES`, so a tampered checkpoint cannot construct arbitrary objects. Flow
state is plain JSON by design (graphs/flows.py), so the project adds no types of its own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

import aiosqlite
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.store.base import BaseStore
from langgraph.store.memory import InMemoryStore
from langgraph.store.sqlite.aio import AsyncSqliteStore

from runtime.errors import ConfigError

ALLOWED_STATE_TYPES: tuple[tuple[str, str], ...] = ()
"""Project types allowed in checkpoints besides LangGraph's safe list; add (module, class) pairs here."""

SUPPORTED = "memory://, sqlite:///relative/path.db or sqlite:////absolute/path.db"


def strict_serializer() -> JsonPlusSerializer:
    """LangGraph's serializer in strict mode: safe types and ALLOWED_STATE_TYPES only, no pickle."""
    return JsonPlusSerializer(pickle_fallback=False, allowed_msgpack_modules=ALLOWED_STATE_TYPES)


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


@asynccontextmanager
async def open_store(url: str) -> AsyncIterator[BaseStore]:
    """Open LangGraph's key-value store at the same place as the checkpoints (thread records)."""
    scheme = urlsplit(url).scheme
    if scheme == "memory":
        yield InMemoryStore()
        return
    if scheme == "sqlite":
        path = sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(path, isolation_level=None) as conn:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA busy_timeout=5000")
            store = AsyncSqliteStore(conn)
            await store.setup()
            yield store
        return
    raise ConfigError(f"checkpoint URL {url!r}: unsupported scheme {scheme!r}; use {SUPPORTED}")


@asynccontextmanager
async def open_checkpointer(url: str) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """Open the checkpoint store named by `url`, set it up, and close it on exit."""
    scheme = urlsplit(url).scheme
    serde = strict_serializer()
    if scheme == "memory":
        yield InMemorySaver(serde=serde)
        return
    if scheme == "sqlite":
        path = sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(path) as conn:
            # WAL lets the CLI and a server read one database while the other writes.
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA busy_timeout=5000")
            saver = AsyncSqliteSaver(conn, serde=serde)
            await saver.setup()
            yield saver
        return
    raise ConfigError(f"checkpoint URL {url!r}: unsupported scheme {scheme!r}; use {SUPPORTED}")
