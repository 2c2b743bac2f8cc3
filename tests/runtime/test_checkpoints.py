"""The checkpoint factory: URLs, set-up, unreachable stores, strict deserialization of tampered
checkpoints, and threads that continue on a freshly opened store (a restart, or another worker)."""

from __future__ import annotations

import socket
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import ormsgpack
import psycopg
import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import empty_checkpoint
from redis.asyncio import Redis

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.errors import ConfigError
from runtime.executor import GraphExecutor
from runtime.redaction import redacted
from runtime.run_request import RunRequest
from runtime.stores.factory import open_checkpointer, open_store, sqlite_path
from runtime.stores.redis_layout import ThreadKeys
from runtime.stores.serde import strict_serializer
from tests.runtime.conftest import REDIS_CHECKPOINTS, Backend, sample_registry


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///.kpl/kpl.db", ".kpl/kpl.db"),
        ("sqlite:////var/lib/kpl.db", "/var/lib/kpl.db"),
        ("sqlite:///:memory:", ":memory:"),
    ],
)
def test_sqlite_urls_name_relative_and_absolute_paths(url: str, path: str) -> None:
    assert sqlite_path(url) == path


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("sqlite://host/kpl.db", "three slashes"),
        ("sqlite:///", "names no database file"),
        ("mysql://x/y", "unsupported scheme 'mysql'"),
        ("postgresql+psycopg://u@h/db", "unsupported scheme 'postgresql+psycopg'"),
        ("redis://127.0.0.1:6379/four", "Redis database 'four' is not a number"),
        ("postgresql://postgres@127.0.0.1:notaport/test", "cannot connect to Postgres"),
    ],
)
async def test_bad_urls_say_how_to_fix_them(url: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as error:
        async with open_checkpointer(url):
            pass
    assert fragment in error.value.message
    with pytest.raises(ConfigError) as store_error:
        async with open_store(url):
            pass
    assert fragment in store_error.value.message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:s3cret@host:6379/0", "redis://:***@host:6379/0"),
        ("postgresql://kpl:s3cret@db:5432/kpl", "postgresql://kpl:***@db:5432/kpl"),
        (
            "postgresql://kpl@db/kpl?password=s3cret&sslmode=require",
            "postgresql://kpl@db/kpl?password=***&sslmode=require",
        ),
        ("redis://host:6379/0", "redis://host:6379/0"),
        ("sqlite:///.kpl/kpl.db", "sqlite:///.kpl/kpl.db"),
    ],
)
def test_urls_are_shown_without_their_password(url: str, shown: str) -> None:
    assert redacted(url) == shown


def _closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("opener", [open_checkpointer, open_store])
async def test_a_redis_that_is_down_is_a_config_error_without_the_password(opener: Any) -> None:
    url = f"redis://:s3cret@127.0.0.1:{_closed_port()}/4"
    with pytest.raises(ConfigError) as error:
        async with opener(url):
            pass
    message = error.value.message
    assert "cannot reach Redis" in message
    assert redacted(url) in message
    assert "s3cret" not in message
    assert error.value.__cause__ is None and error.value.__suppress_context__


@pytest.mark.parametrize("opener", [open_checkpointer, open_store])
async def test_a_missing_postgres_database_is_a_config_error_without_the_password(
    opener: Any,
) -> None:
    name = f"kpl_missing_{uuid.uuid4().hex}"
    url = f"postgresql://postgres:s3cret@127.0.0.1:5432/{name}"
    with pytest.raises(ConfigError) as error:
        async with opener(url):
            pass
    message = error.value.message
    assert f'database "{name}" does not exist' in message
    assert "create the database" in message
    assert redacted(url) in message
    assert "s3cret" not in message


async def test_postgres_tables_are_set_up_at_open(postgres_url: str) -> None:
    async with open_checkpointer(postgres_url) as saver:
        await saver.aput(_root("set-up"), empty_checkpoint(), {"source": "input", "step": -1}, {})
    async with open_store(postgres_url) as store:
        await store.aput(("kpl", "threads"), "set-up", {"owner": "ann"})
    with psycopg.connect(postgres_url) as conn:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        }
    assert {"checkpoints", "checkpoint_blobs", "checkpoint_writes", "store"} <= tables


async def test_sqlite_store_is_created_with_its_folder(tmp_path: Path) -> None:
    database = tmp_path / "nested" / "kpl.db"
    async with open_checkpointer(f"sqlite:///{database}") as saver:
        config: RunnableConfig = {"configurable": {"thread_id": "t1", "checkpoint_ns": ""}}
        await saver.aput(config, empty_checkpoint(), {"source": "input", "step": -1}, {})
    assert database.exists()
    async with open_checkpointer(f"sqlite:///{database}") as saver:
        found = await saver.aget_tuple({"configurable": {"thread_id": "t1", "checkpoint_ns": ""}})
    assert found is not None
    assert found.metadata["step"] == -1


def _constructor_call(module: str, name: str, args: list[object]) -> tuple[str, bytes]:
    """What an attacker writes into a checkpoint: msgpack asking to call module.name(*args)."""
    payload = ormsgpack.packb([module, name, args])
    return "msgpack", ormsgpack.packb(ormsgpack.Ext(1, payload))


def test_a_tampered_value_cannot_call_arbitrary_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    serde = strict_serializer()
    shell = _constructor_call("os", "system", [f"touch {marker}"])
    loaded = serde.loads_typed(shell)
    assert not marker.exists()
    assert loaded == [f"touch {marker}"]  # the blocked call's arguments, inert


async def test_a_tampered_sqlite_checkpoint_loads_inert(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    database = tmp_path / "kpl.db"
    config: RunnableConfig = {"configurable": {"thread_id": "t1", "checkpoint_ns": ""}}
    async with open_checkpointer(f"sqlite:///{database}") as saver:
        checkpoint = empty_checkpoint()
        checkpoint["channel_values"] = {"greeting": "hi"}
        checkpoint["channel_versions"] = {"greeting": 1}
        await saver.aput(config, checkpoint, {"source": "input", "step": -1}, {"greeting": 1})
    # Tamper with the stored blob the way someone with database access could.

    _, blob = _constructor_call("os", "system", [f"touch {marker}"])
    with sqlite3.connect(database) as conn:
        row = conn.execute("SELECT checkpoint FROM checkpoints").fetchone()
        stored = ormsgpack.unpackb(row[0])
        stored["channel_values"] = {
            "greeting": ormsgpack.unpackb(blob, ext_hook=lambda c, d: ormsgpack.Ext(c, d))
        }
        conn.execute("UPDATE checkpoints SET checkpoint = ?", (ormsgpack.packb(stored),))
    async with open_checkpointer(f"sqlite:///{database}") as saver:
        found = await saver.aget_tuple(config)
    assert found is not None
    assert not marker.exists()
    assert found.checkpoint["channel_values"]["greeting"] == [f"touch {marker}"]


def _root(thread_id: str) -> Any:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}


async def test_a_tampered_postgres_checkpoint_loads_inert(
    tmp_path: Path, postgres_url: str
) -> None:
    marker = tmp_path / "pwned"
    thread_id = f"tampered-{uuid.uuid4().hex}"
    async with open_checkpointer(postgres_url) as saver:
        checkpoint = empty_checkpoint()
        checkpoint["channel_values"] = {"greeting": ["hi"]}  # not a primitive: kept as a blob
        checkpoint["channel_versions"] = {"greeting": 1}
        await saver.aput(
            _root(thread_id), checkpoint, {"source": "input", "step": -1}, {"greeting": 1}
        )
    kind, blob = _constructor_call("os", "system", [f"touch {marker}"])
    with psycopg.connect(postgres_url) as conn:
        changed = conn.execute(
            "UPDATE checkpoint_blobs SET type = %s, blob = %s "
            "WHERE thread_id = %s AND channel = 'greeting'",
            (kind, blob, thread_id),
        ).rowcount
    assert changed == 1
    async with open_checkpointer(postgres_url) as saver:
        found = await saver.aget_tuple(_root(thread_id))
    assert found is not None
    assert not marker.exists()
    assert found.checkpoint["channel_values"]["greeting"] == [f"touch {marker}"]


@pytest.mark.parametrize("backend", ["sqlite", "redis", "postgres"], indirect=True)
async def test_a_thread_continues_on_a_freshly_opened_store(
    backend: Backend, tmp_path: Path
) -> None:
    """Worker A pauses a thread and stops; worker B, opened afresh, resumes it."""
    library = ContentLibrary.load(tmp_path)
    request = RunRequest(graph="chat", input={})
    async with backend.checkpointer() as saver:
        first = GraphExecutor(sample_registry(), saver, FlowContext(library=library))
        paused = await first.invoke(request)
    assert paused.status == "interrupted"
    async with backend.checkpointer() as saver:
        second = GraphExecutor(sample_registry(), saver, FlowContext(library=library))
        events = [
            event
            async for event in second.stream(
                RunRequest(graph="chat", thread_id=request.thread_id, resume="我想练习")
            )
        ]
        _, state = await second.thread_state(request.thread_id)
    assert events[0].data["resumed"] is True
    assert events[-1].data["status"] == "success"
    assert events[-1].data["output"]["reply"] == "我想练习"
    # The list was written before the pause: `completed` shows what this run added (nothing),
    # the thread's state the whole of it.
    assert events[-1].data["output"]["items"] == []
    assert state is not None and state.values["items"] == [0, 10, 20]


async def test_a_tampered_redis_checkpoint_loads_inert(tmp_path: Path, redis_prefix: str) -> None:
    marker = tmp_path / "pwned"
    thread_id = f"tampered-{uuid.uuid4().hex}"
    async with open_checkpointer(REDIS_CHECKPOINTS, prefix=redis_prefix) as saver:
        checkpoint = empty_checkpoint()
        checkpoint["channel_values"] = {"greeting": "hi"}
        checkpoint["channel_versions"] = {"greeting": 1}
        await saver.aput(
            _root(thread_id), checkpoint, {"source": "input", "step": -1}, {"greeting": 1}
        )
    blobs = ThreadKeys.of(redis_prefix, thread_id).blobs
    async with Redis.from_url(REDIS_CHECKPOINTS) as client:
        fields = await client.hkeys(blobs)
        assert len(fields) == 1
        await client.hset(
            blobs,
            fields[0],
            ormsgpack.packb(list(_constructor_call("os", "system", [f"touch {marker}"]))),
        )
    async with open_checkpointer(REDIS_CHECKPOINTS, prefix=redis_prefix) as saver:
        found = await saver.aget_tuple(_root(thread_id))
    assert found is not None
    assert not marker.exists()
    assert found.checkpoint["channel_values"]["greeting"] == [f"touch {marker}"]
