"""How `RedisSaver` (runtime/stores/redis_saver.py) names its keys and encodes what it stores.

Under a prefix (`kpl`), one hash tag per thread, so Redis Cluster keeps each thread in one slot, and
a thread is always the same seven keys, however long it runs:

    {p}:{t:<thread>}:idx     zset  <ns>:<id>                 every checkpoint, score 0, by id
    {p}:{t:<thread>}:ck      hash  <ns>:<id>                 Record: checkpoint, metadata, parent
    {p}:{t:<thread>}:blobs   hash  <ns>:<channel>:<version>  [type, bytes]: a value, once a version
    {p}:{t:<thread>}:writes  hash  <ns>:<id*>:<task>:<idx>   [task path, task id, idx, channel,
                                                              type, bytes]: a pending write
    {p}:{t:<thread>}:wi      zset  the same fields           a checkpoint's writes: <ns>:<id*>:...
    {p}:{t:<thread>}:runs    zset  <run>:<ns>:<id>           the checkpoints each run wrote
    {p}:{t:<thread>}:runids  set   run ids                   the runs that wrote in the thread
    {p}:{r:<run>}:threads    set   thread ids                the threads a run wrote in

`<thread>`, `<ns>`, `<channel>`, `<task>`, `<run>` and `<id*>` are percent-encoded (`quote(safe="")`),
so they hold no `:`, `;`, `{` or `}`: a thread's tag ends where its id does, and ("a:b", "c") can
never read as ("a", "b:c"). The last part of a name (checkpoint id, version, write index) stays raw,
so the index sorts checkpoint ids as the other savers do (uuid6 ids are time-ordered), and one
namespace is one lex range: `ZREVRANGEBYLEX idx (<ns>; [<ns>:` lists it newest first, because `;`
is the character after `:`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import quote, unquote

import ormsgpack


def esc(part: object) -> str:
    """A name part percent-encoded: no `:`, `;`, `{`, `}` (or anything else but [A-Za-z0-9_.~-])."""
    return quote(str(part), safe="")


def text(value: Any) -> str:
    """A reply from a `decode_responses=False` client as text."""
    return value.decode() if isinstance(value, bytes) else str(value)


def split_member(member: str) -> tuple[str, str]:
    """`<ns>:<id>` as (encoded namespace, raw checkpoint id)."""
    ns, _, checkpoint_id = member.partition(":")
    return ns, checkpoint_id


def writes_prefix(ns: str, checkpoint_id: str) -> str:
    """The start shared by the write fields of one checkpoint (`ns` encoded)."""
    return f"{ns}:{esc(checkpoint_id)}:"


def write_owner(field: str) -> str:
    """The `<ns>:<id>` member a write field belongs to."""
    ns, encoded_id, _ = field.split(":", 2)
    return f"{ns}:{unquote(encoded_id)}"


def blob_field(ns: str, channel: str, version: object) -> str:
    """The blob field of a channel version in a namespace (`ns` encoded)."""
    return f"{ns}:{esc(channel)}:{version}"


def prefix_range(prefix: str) -> tuple[str, str]:
    """Lex bounds (min, max) of the members that start with `prefix`, which ends in `:`."""
    return f"[{prefix}", f"({prefix[:-1]};"


@dataclass(frozen=True, slots=True)
class ThreadKeys:
    """The seven keys of one thread."""

    idx: str
    ck: str
    blobs: str
    writes: str
    wi: str
    runs: str
    runids: str

    @classmethod
    def of(cls, prefix: str, thread_id: object) -> ThreadKeys:
        """The keys of `thread_id` under `prefix`."""
        tag = f"{prefix}:{{t:{esc(thread_id)}}}"
        return cls(*(f"{tag}:{field.name}" for field in fields(cls)))

    @property
    def all(self) -> tuple[str, ...]:
        """Every key, for WATCH, UNLINK and EXPIRE."""
        return (self.idx, self.ck, self.blobs, self.writes, self.wi, self.runs, self.runids)


def run_key(prefix: str, run_id: str) -> str:
    """The key of the threads a run wrote in."""
    return f"{prefix}:{{r:{esc(run_id)}}}:threads"


def thread_pattern(prefix: str) -> tuple[str, re.Pattern[str]]:
    """A SCAN pattern for the thread indexes under `prefix`, and a regex that takes the id out."""
    glob = re.sub(r"([\\*?\[\]])", r"\\\1", prefix)
    return f"{glob}:{{t:*}}:idx", re.compile(re.escape(prefix) + r":\{t:([^{}]*)\}:idx")


@dataclass(frozen=True, slots=True)
class Record:
    """A stored checkpoint: itself without channel values, its metadata (serde-typed), its parent."""

    checkpoint: tuple[str, bytes]
    metadata: tuple[str, bytes]
    parent: str | None

    @classmethod
    def load(cls, raw: Any) -> Record:
        """Read a record as `dump` wrote it."""
        ck_type, ck, md_type, md, parent = ormsgpack.unpackb(raw)
        return cls((ck_type, ck), (md_type, md), parent)

    def dump(self) -> bytes:
        """The record as stored: a msgpack list of strings and bytes."""
        return ormsgpack.packb([*self.checkpoint, *self.metadata, self.parent])

    def orphaned(self) -> Record:
        """This record with no parent (its parent was deleted)."""
        return Record(self.checkpoint, self.metadata, None)
