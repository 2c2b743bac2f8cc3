"""`RedisSaver`'s reads: a checkpoint by id, a namespace's latest, and listings, in two round trips.

The index, then the records with their write names, then the blobs and write values: two round
trips for a checkpoint by id, and for the latest (`READ_LATEST` finds it and reads its record and
write names in one script); no scan. Reads go through the saver's `SharedPipeline`
(runtime/redis_pipelining.py): concurrent runs share round trips. Pending writes come back in
LangGraph's order (task path, task id, index). Only `checkpoints(None)` (every thread) SCANs, for the
thread indexes; LangGraph lists with a thread, and a registry of every thread would be a hot key.
Every read with a TTL refreshes the thread's keys and its runs' keys (runtime/stores/redis_saver.py).
Values are decoded with the `loads` the saver passes on each call (its `serde.loads_typed`, which
`with_allowlist` may replace on a clone).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import ormsgpack
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    get_checkpoint_id,
    writes_sort_key,
)
from redis.asyncio import Redis

from runtime.redis_pipelining import Command, SharedPipeline
from runtime.stores.redis_layout import (
    Record,
    ThreadKeys,
    blob_field,
    esc,
    prefix_range,
    run_key,
    split_member,
    text,
    thread_pattern,
    writes_prefix,
)

Loads = Callable[[tuple[str, bytes]], Any]
"""How stored values are decoded: the saver's `serde.loads_typed`."""

PAGE = 100
"""Checkpoints loaded per round trip when listing."""

READ_LATEST = """
-- KEYS: idx, ck, wi, runids. ARGV: the namespace's lex bounds (max, min), '1' to list the runs.
-- The namespace's latest checkpoint with its record and write names: `aget_tuple`'s first two
-- round trips in one (its write fields' prefix is `writes_prefix`: the id percent-encoded).
local latest = redis.call('ZREVRANGEBYLEX', KEYS[1], ARGV[1], ARGV[2], 'LIMIT', 0, 1)
if #latest == 0 then return false end
local member = latest[1]
local ns, id = string.match(member, '^([^:]*):(.*)$')
local encoded = (string.gsub(id, '[^%w_%.~%-]', function(c)
  return string.format('%%%02X', string.byte(c))
end))
local prefix = ns .. ':' .. encoded .. ':'
local names = redis.call('ZRANGEBYLEX', KEYS[3], '[' .. prefix, '(' .. ns .. ':' .. encoded .. ';')
local runs = {}
if ARGV[3] == '1' then runs = redis.call('SMEMBERS', KEYS[4]) end
return {member, redis.call('HGET', KEYS[2], member), names, runs}
"""


@dataclass(frozen=True, slots=True)
class _Found:
    """A checkpoint read in the first round trip, waiting for its blobs and writes."""

    member: str
    checkpoint: Checkpoint
    metadata: CheckpointMetadata
    parent: str | None
    blob_fields: list[str]  # in the order of checkpoint["channel_versions"]
    write_fields: list[str]


class SaverReads:
    """The saver's reads on one client (`decode_responses=False`)."""

    def __init__(
        self, client: Redis, calls: SharedPipeline, *, prefix: str, ttl_ms: int | None
    ) -> None:
        self.client = client
        self.prefix = prefix
        self._calls = calls
        self._ttl_ms = ttl_ms
        self._read_latest = calls.register(READ_LATEST)

    def _keys(self, thread_id: object) -> ThreadKeys:
        return ThreadKeys.of(self.prefix, thread_id)

    def _expiries(self, keys: Iterable[str]) -> list[Command]:
        return [] if self._ttl_ms is None else [("PEXPIRE", key, self._ttl_ms) for key in keys]

    async def get_tuple(self, config: RunnableConfig, loads: Loads) -> CheckpointTuple | None:
        """The checkpoint named by `config`, or its namespace's latest; None if there is none."""
        configurable = config["configurable"]
        thread_id = str(configurable["thread_id"])
        ns = esc(configurable.get("checkpoint_ns", ""))
        if checkpoint_id := get_checkpoint_id(config):
            member = f"{ns}:{checkpoint_id}"
            loaded = await self._load(thread_id, [member], loads, filter=None, refresh=True)
            return loaded.get(member)
        low, high = prefix_range(f"{ns}:")
        keys = self._keys(thread_id)
        refresh = self._ttl_ms is not None
        latest = await self._calls.run(
            self._read_latest,
            keys=[keys.idx, keys.ck, keys.wi, keys.runids],
            args=[high, low, "1" if refresh else "0"],
        )
        if not latest:
            return None
        raw_member, record, names, runs = latest
        member = text(raw_member)
        loaded = await self._complete(
            thread_id,
            [member],
            [record],
            [names],
            [text(r) for r in runs],
            loads,
            filter=None,
            refresh=refresh,
        )
        return loaded.get(member)

    async def checkpoints(
        self,
        config: RunnableConfig | None,
        loads: Loads,
        *,
        filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        """Checkpoints newest first: of a thread (of a namespace, if given), or of every thread.

        `filter` keeps those whose metadata has each given key equal to the given value.
        """
        if limit is not None and limit <= 0:
            return
        configurable = config["configurable"] if config else {}
        ns = configurable.get("checkpoint_ns")
        checkpoint_id = configurable.get("checkpoint_id")
        before_id = get_checkpoint_id(before) if before else None
        threads = [str(configurable["thread_id"])] if config else [t async for t in self._threads()]
        candidates: list[tuple[str, str, str]] = []  # (checkpoint id, thread id, member)
        for thread_id in threads:
            cap = None if filter else limit
            members = await self._candidates(thread_id, ns, checkpoint_id, before_id, cap)
            candidates.extend((split_member(m)[1], thread_id, m) for m in members)
        candidates.sort(reverse=True)
        refreshed: set[str] = set()
        for start in range(0, len(candidates), PAGE):
            page = candidates[start : start + PAGE]
            by_thread: dict[str, list[str]] = defaultdict(list)
            for _, thread_id, member in page:
                by_thread[thread_id].append(member)
            loaded: dict[tuple[str, str], CheckpointTuple] = {}
            for thread_id, members in by_thread.items():
                refresh = thread_id not in refreshed
                refreshed.add(thread_id)
                found = await self._load(thread_id, members, loads, filter=filter, refresh=refresh)
                loaded.update({(thread_id, m): t for m, t in found.items()})
            for _, thread_id, member in page:
                if (item := loaded.get((thread_id, member))) is not None:
                    yield item
                    if limit is not None:
                        limit -= 1
                        if limit == 0:
                            return

    async def _threads(self) -> AsyncIterator[str]:
        """Every thread under the prefix: the saver's one SCAN, for `checkpoints(None)` alone."""
        pattern, shape = thread_pattern(self.prefix)
        async for key in self.client.scan_iter(match=pattern, count=500, _type="zset"):
            if matched := shape.fullmatch(text(key)):
                yield unquote(matched.group(1))

    async def _candidates(
        self,
        thread_id: str,
        ns: str | None,
        checkpoint_id: str | None,
        before_id: str | None,
        cap: int | None,
    ) -> list[str]:
        """Index members of a thread that `alist` may return (at most `cap` if given)."""
        idx = self._keys(thread_id).idx
        if ns is not None:
            encoded = esc(ns)
            if checkpoint_id:
                wanted = before_id is None or checkpoint_id < before_id
                return [f"{encoded}:{checkpoint_id}"] if wanted else []
            low, high = prefix_range(f"{encoded}:")
            if before_id is not None:
                high = f"({encoded}:{before_id}"
            window = {"start": 0, "num": cap} if cap is not None else {}
            return [text(m) for m in await self.client.zrevrangebylex(idx, high, low, **window)]
        members = [text(m) for m in await self.client.zrange(idx, 0, -1)]
        return [
            m
            for m in members
            if (not checkpoint_id or split_member(m)[1] == checkpoint_id)
            and (before_id is None or split_member(m)[1] < before_id)
        ]

    async def _load(
        self,
        thread_id: str,
        members: list[str],
        loads: Loads,
        *,
        filter: dict[str, Any] | None,
        refresh: bool,
    ) -> dict[str, CheckpointTuple]:
        """Checkpoints of one thread, by member: those that exist and whose metadata matches."""
        keys = self._keys(thread_id)
        refresh = refresh and self._ttl_ms is not None
        reads: list[Command] = [("HMGET", keys.ck, *members)]
        for member in members:
            reads.append(
                ("ZRANGEBYLEX", keys.wi, *prefix_range(writes_prefix(*split_member(member))))
            )
        if refresh:
            reads.append(("SMEMBERS", keys.runids))
        records, *write_names = await self._calls.send(reads)
        runs = [text(r) for r in write_names.pop()] if refresh else []
        return await self._complete(
            thread_id, members, records, write_names, runs, loads, filter=filter, refresh=refresh
        )

    async def _complete(
        self,
        thread_id: str,
        members: list[str],
        records: list[bytes | None],
        write_names: list[list[bytes]],
        runs: list[str],
        loads: Loads,
        *,
        filter: dict[str, Any] | None,
        refresh: bool,
    ) -> dict[str, CheckpointTuple]:
        """`_load`'s second round trip: the blobs and write values of the records read."""
        keys = self._keys(thread_id)
        found: list[_Found] = []
        for member, raw, names in zip(members, records, write_names, strict=True):
            if raw is None:
                continue
            record = Record.load(raw)
            metadata = loads(record.metadata)
            if filter and not all(metadata.get(k) == v for k, v in filter.items()):
                continue
            checkpoint = loads(record.checkpoint)
            ns = split_member(member)[0]
            versions = checkpoint["channel_versions"].items()
            blobs = [blob_field(ns, channel, version) for channel, version in versions]
            found.append(
                _Found(member, checkpoint, metadata, record.parent, blobs, [text(n) for n in names])
            )

        blob_fields = [f for item in found for f in item.blob_fields]
        write_fields = [f for item in found for f in item.write_fields]
        reads = []
        if blob_fields:
            reads.append(("HMGET", keys.blobs, *blob_fields))
        if write_fields:
            reads.append(("HMGET", keys.writes, *write_fields))
        if refresh:
            reads += self._expiries([*keys.all, *(run_key(self.prefix, r) for r in runs)])
        replies = await self._calls.send(reads) if reads else []
        blob_values = dict(zip(blob_fields, replies.pop(0) if blob_fields else [], strict=True))
        write_values = dict(zip(write_fields, replies.pop(0) if write_fields else [], strict=True))
        return {
            item.member: self._tuple(thread_id, item, blob_values, write_values, loads)
            for item in found
        }

    def _tuple(
        self,
        thread_id: str,
        item: _Found,
        blobs: dict[str, bytes | None],
        writes: dict[str, bytes | None],
        loads: Loads,
    ) -> CheckpointTuple:
        values: dict[str, Any] = {}
        channels = item.checkpoint["channel_versions"]
        for channel, field in zip(channels, item.blob_fields, strict=True):
            if (blob := blobs.get(field)) is not None:
                kind, data = ormsgpack.unpackb(blob)
                if kind != "empty":
                    values[channel] = loads((kind, data))
        stored = [ormsgpack.unpackb(w) for f in item.write_fields if (w := writes.get(f))]
        stored.sort(key=lambda w: writes_sort_key(w[0], w[1], w[2]))
        ns, checkpoint_id = split_member(item.member)
        return CheckpointTuple(
            config=checkpoint_config(thread_id, unquote(ns), checkpoint_id),
            checkpoint={**item.checkpoint, "channel_values": values},
            metadata=item.metadata,
            parent_config=checkpoint_config(thread_id, unquote(ns), item.parent)
            if item.parent
            else None,
            pending_writes=[
                (task_id, channel, loads((kind, data)))
                for _, task_id, _, channel, kind, data in stored
            ],
        )


def checkpoint_config(thread_id: str, ns: str, checkpoint_id: str) -> RunnableConfig:
    """The config that names a checkpoint, as LangGraph passes it back."""
    return {
        "configurable": {
            "thread_id": thread_id,
            "checkpoint_ns": ns,
            "checkpoint_id": checkpoint_id,
        }
    }
