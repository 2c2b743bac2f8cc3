"""Deleting checkpoints from a Redis thread, and what goes with them (`aprune`, `adelete_for_runs`).

`remove` reads a `Snapshot` of the thread under WATCH, a plan (`keep_latest`, `of_runs`) picks a
`Removal`, `deletions` works out every entry that goes with it, and one MULTI deletes them; a run
that writes to the thread meanwhile makes it read again instead of losing data. Correctness first:

- a blob goes only when no remaining checkpoint of its namespace uses that version;
- writes go with their checkpoint, never those of a checkpoint not saved yet (a run saves a step's
  writes in the background, and they can land before their checkpoint does);
- a kept checkpoint whose parent goes loses its parent link, so no `parent_config` dangles;
- a run leaves the thread's run ids when its last checkpoint there goes.

The plans and `deletions` are pure functions over the snapshot (`load` is the saver's
`serde.loads_typed`). Key layout: runtime/stores/redis_layout.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import unquote

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from runtime.errors import ThreadBusy
from runtime.stores.redis_layout import (
    Record,
    ThreadKeys,
    blob_field,
    split_member,
    text,
    write_owner,
)

Load = Callable[[tuple[str, bytes]], Any]

RETRIES = 5
"""Times `remove` reads a thread again after a run wrote to it, before it gives up (`ThreadBusy`)."""
DELTA_METADATA_KEYS = ("counters_since_delta_snapshot", "delta_writes_versioned")
"""Metadata a `DeltaChannel` leaves behind; `keep_latest` refuses such threads, as Postgres does."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One consistent read of a thread's keys."""

    members: set[str]  # idx: `<ns>:<id>`
    records: dict[str, Record]  # ck, by member
    blob_fields: list[str]  # blobs' field names
    write_fields: list[str]  # wi
    run_members: list[str]  # runs: `<run>:<ns>:<id>`


@dataclass(frozen=True, slots=True)
class Removal:
    """What a plan deletes: checkpoints (`<ns>:<id>`), and namespaces (encoded) whole."""

    checkpoints: set[str]
    namespaces: frozenset[str] = frozenset()


@dataclass(slots=True)
class Deletions:
    """Every entry a removal takes with it, by key, and the records it rewrites."""

    checkpoints: set[str] = field(default_factory=set)  # ck fields and idx members
    blobs: list[str] = field(default_factory=list)
    writes: list[str] = field(default_factory=list)  # writes fields and wi members
    run_members: list[str] = field(default_factory=list)
    gone_runs: set[str] = field(default_factory=set)  # runs with nothing left in the thread
    orphans: dict[str, bytes] = field(default_factory=dict)  # member -> record without parent


def refuse_delta(thread_id: str, records: Iterable[Record], load: Load) -> None:
    """Raise NotImplementedError if the thread uses a `DeltaChannel` (as the Postgres saver)."""
    for record in records:
        if any(key in load(record.metadata) for key in DELTA_METADATA_KEYS):
            raise NotImplementedError(
                f"keep_latest can't prune threads that use a DeltaChannel: {thread_id}"
            )


def keep_latest(thread_id: str, load: Load, snapshot: Snapshot) -> Removal:
    """Everything but each namespace's latest checkpoint; finished subgraph calls whole."""
    refuse_delta(thread_id, snapshot.records.values(), load)
    heads: dict[str, str] = {}
    for member in snapshot.members:
        ns, checkpoint_id = split_member(member)
        heads[ns] = max(heads.get(ns, checkpoint_id), checkpoint_id)
    # A subgraph call's namespace has its task id after a ":"; it goes with the root checkpoint it
    # started from, once that one is saved and is not the one kept (as the Postgres saver does).
    calls = set()
    for ns, head in heads.items():
        record = snapshot.records.get(f"{ns}:{head}")
        if ":" not in unquote(ns) or record is None:
            continue
        root = load(record.metadata).get("parents", {}).get("")
        if root and f":{root}" in snapshot.members and root != heads.get(""):
            calls.add(ns)
    kept = {f"{ns}:{head}" for ns, head in heads.items()}
    return Removal(snapshot.members - kept, frozenset(calls))


def of_runs(run_ids: set[str], load: Load, snapshot: Snapshot) -> Removal:
    """The checkpoints these runs wrote (and that another run has not put again since)."""
    doomed = set()
    for entry in snapshot.run_members:
        run, _, member = entry.partition(":")
        record = snapshot.records.get(member)
        if (
            unquote(run) in run_ids
            and record is not None
            and str(load(record.metadata).get("run_id")) == unquote(run)
        ):
            doomed.add(member)
    return Removal(doomed)


def deletions(snapshot: Snapshot, removal: Removal, load: Load) -> Deletions:
    """Every entry that goes with `removal`, and the kept records that lose their parent."""
    members = snapshot.members | set(snapshot.records)
    out = Deletions(
        checkpoints={
            m
            for m in members
            if m in removal.checkpoints or split_member(m)[0] in removal.namespaces
        }
    )
    affected = {split_member(m)[0] for m in out.checkpoints} | removal.namespaces
    referenced: set[str] = set()
    for member in members - out.checkpoints:
        ns, _ = split_member(member)
        record = snapshot.records.get(member)
        if ns not in affected or record is None:
            continue
        versions = load(record.checkpoint)["channel_versions"]
        referenced.update(blob_field(ns, channel, v) for channel, v in versions.items())
        if record.parent is not None and f"{ns}:{record.parent}" in out.checkpoints:
            out.orphans[member] = record.orphaned().dump()
    out.blobs = [
        f for f in snapshot.blob_fields if split_member(f)[0] in affected and f not in referenced
    ]
    out.writes = [
        f
        for f in snapshot.write_fields
        if split_member(f)[0] in removal.namespaces or write_owner(f) in out.checkpoints
    ]
    live_runs, all_runs = set(), set()
    for entry in snapshot.run_members:
        run, _, member = entry.partition(":")
        all_runs.add(unquote(run))
        if member in out.checkpoints:
            out.run_members.append(entry)
        else:
            live_runs.add(unquote(run))
    out.gone_runs = all_runs - live_runs
    return out


async def remove(
    client: Redis, prefix: str, thread_id: str, plan: Callable[[Snapshot], Removal], load: Load
) -> set[str]:
    """Delete what `plan` picks from a consistent read of the thread, with what goes with it.

    Returns the runs left with no checkpoint in the thread (their run keys still name it).
    """
    keys = ThreadKeys.of(prefix, thread_id)
    for _ in range(RETRIES):
        async with client.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(*keys.all)
                snapshot = await _snapshot(pipe, keys)
                removal = plan(snapshot)
                if not removal.checkpoints and not removal.namespaces:
                    return set()
                gone = deletions(snapshot, removal, load)
                pipe.multi()  # type: ignore[no-untyped-call]  # untyped in redis-py
                _queue(pipe, keys, gone)
                await pipe.execute()
                return gone.gone_runs
            except WatchError:
                continue
    raise ThreadBusy(
        f"thread {thread_id!r} changed {RETRIES} times while checkpoints were being deleted "
        "from it; retry when no run is writing to it"
    )


async def _snapshot(pipe: Pipeline, keys: ThreadKeys) -> Snapshot:
    # Under WATCH the pipeline runs each command at once.
    ck = cast(dict[bytes, bytes], await pipe.hgetall(keys.ck))
    return Snapshot(
        members={text(m) for m in await pipe.zrange(keys.idx, 0, -1)},
        records={text(member): Record.load(raw) for member, raw in ck.items()},
        blob_fields=[text(f) for f in await pipe.hkeys(keys.blobs)],
        write_fields=[text(f) for f in await pipe.zrange(keys.wi, 0, -1)],
        run_members=[text(m) for m in await pipe.zrange(keys.runs, 0, -1)],
    )


def _queue(pipe: Pipeline, keys: ThreadKeys, gone: Deletions) -> None:
    if gone.checkpoints:
        pipe.hdel(keys.ck, *gone.checkpoints)
        pipe.zrem(keys.idx, *gone.checkpoints)
    if gone.blobs:
        pipe.hdel(keys.blobs, *gone.blobs)
    if gone.writes:
        pipe.hdel(keys.writes, *gone.writes)
        pipe.zrem(keys.wi, *gone.writes)
    if gone.run_members:
        pipe.zrem(keys.runs, *gone.run_members)
    if gone.gone_runs:
        pipe.srem(keys.runids, *gone.gone_runs)
    if gone.orphans:
        pipe.hset(keys.ck, mapping=cast(Any, gone.orphans))
