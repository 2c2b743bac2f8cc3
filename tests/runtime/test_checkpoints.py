"""The checkpoint factory: URLs, set-up, and strict deserialization of tampered checkpoints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import ormsgpack
import pytest
from langgraph.checkpoint.base import empty_checkpoint

from runtime.checkpoints import open_checkpointer, sqlite_path, strict_serializer
from runtime.errors import ConfigError


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
    ],
)
async def test_bad_urls_say_how_to_fix_them(url: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as error:
        async with open_checkpointer(url):
            pass
    assert fragment in error.value.message


async def test_sqlite_store_is_created_with_its_folder(tmp_path: Path) -> None:
    database = tmp_path / "nested" / "kpl.db"
    async with open_checkpointer(f"sqlite:///{database}") as saver:
        config = {"configurable": {"thread_id": "t1", "checkpoint_ns": ""}}
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
    config = {"configurable": {"thread_id": "t1", "checkpoint_ns": ""}}
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
