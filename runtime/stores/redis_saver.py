"""LangGraph checkpoints on plain Redis: core commands only (Redis 6/7, Valkey, managed Redis).

LangGraph's `langgraph-checkpoint-redis` needs the RedisJSON and RediSearch modules and refuses to
start without them; this saver needs neither. It passes LangGraph's conformance suite, base and
every extended capability (tests/runtime/test_conformance.py). Keys: runtime/stores/redis_layout.py, one
hash tag per thread, a thread always the same seven keys.

- Reads (runtime/stores/redis_saver_reads.py): the index, then the records with their write names,
  then the blobs and write values: two round trips for a checkpoint by id, and for the latest
  (`READ_LATEST` finds it and reads its record and write names in one script); no scan. Reads and writes go through
  the saver's `SharedPipeline` (runtime/redis_pipelining.py): concurrent runs share round trips. Pending writes come back in
  LangGraph's order (task path, task id, index). Only `alist(None)` (every thread) SCANs, for the
  thread indexes; LangGraph lists with a thread, and a registry of every thread would be a hot key.
- Writes: `aput` and `aput_writes` are one Lua script each (atomic, on the thread's slot, one
  round trip: runtime/stores/redis_saver_writes.py). A channel value is stored once per version (HSETNX:
  history is never rewritten); a task's regular write is kept once, LangGraph's special channels
  (errors, interrupts) replace theirs, as in the other savers. A checkpoint with a `run_id` first
  adds its thread to the run's key (another slot), sent ahead of the script in the same round trip,
  so the run index never misses a checkpoint: at worst it names a thread with none left.
- Deletes: `adelete_thread` unlinks the thread's keys; `aprune` and `adelete_for_runs` WATCH them,
  read, and delete in one MULTI what runtime/stores/redis_pruning.py works out, reading again if a run
  wrote meanwhile (`ThreadBusy` after `redis_pruning.RETRIES` tries). `aprune("keep_latest")` keeps each namespace's
  latest checkpoint, as the Postgres saver does; pre-v4 checkpoints keep their `pending_sends` inside
  the stored checkpoint (as with InMemorySaver and SQLite), so no parent is kept for them.
  `acopy_thread` copies a MULTI snapshot of the source's keys onto the target's.
- TTL (`ttl_s`): every write sets it on all the thread's keys, and every read (`aget_tuple`,
  `alist`) refreshes them and the keys of the thread's runs: a thread expires as a whole, `ttl_s`
  after it was last read or written, so no checkpoint outlives the blobs and writes it needs.
- Deserialization is strict: without `serde`, the project's `strict_serializer()`; the saver's own
  envelopes are plain msgpack lists of strings, bytes and ints.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import Any, NoReturn

import ormsgpack
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    WRITES_IDX_MAP,
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    get_serializable_checkpoint_metadata,
)
from langgraph.checkpoint.serde.base import SerializerProtocol
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from runtime.errors import ConfigError
from runtime.redis_connect import open_redis
from runtime.redis_pipelining import SharedPipeline
from runtime.stores import redis_pruning as pruning
from runtime.stores.redis_layout import (
    Record,
    ThreadKeys,
    blob_field,
    esc,
    run_key,
    text,
    writes_prefix,
)
from runtime.stores.redis_saver_reads import SaverReads, checkpoint_config
from runtime.stores.redis_saver_writes import SaverWrites
from runtime.stores.serde import strict_serializer

PRUNE_STRATEGIES = ("keep_latest", "delete")


class RedisSaver(BaseCheckpointSaver[str]):
    """A LangGraph checkpoint saver on a Redis client (`decode_responses=False`); async API only."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = "kpl",
        ttl_s: float | None = None,
        serde: SerializerProtocol | None = None,
    ) -> None:
        super().__init__(serde=serde or strict_serializer())
        if not prefix or "{" in prefix or "}" in prefix:
            raise ConfigError(
                f"Redis key prefix {prefix!r}: it must be non-empty and hold no '{{' or '}}', "
                "which would move the hash tag that keeps a thread in one cluster slot"
            )
        if ttl_s is not None and ttl_s <= 0:
            raise ConfigError(f"checkpoint TTL {ttl_s!r}: give seconds > 0, or None to keep")
        if client.connection_pool.connection_kwargs.get("decode_responses"):
            raise ConfigError(
                "RedisSaver needs a client with decode_responses=False: checkpoints are bytes"
            )
        self.client = client
        self.prefix = prefix
        self.ttl_s = ttl_s
        self._ttl_ms = None if ttl_s is None else max(1, round(ttl_s * 1000))
        self._calls = SharedPipeline(client)  # concurrent runs' reads and writes, together
        self._writes = SaverWrites(self._calls, self._ttl_ms)
        self._reads = SaverReads(client, self._calls, prefix=prefix, ttl_ms=self._ttl_ms)

    @classmethod
    @asynccontextmanager
    async def from_url(
        cls,
        url: str,
        *,
        prefix: str = "kpl",
        ttl_s: float | None = None,
        serde: SerializerProtocol | None = None,
    ) -> AsyncIterator[RedisSaver]:
        """Open a client for `url` (redis:// or rediss://), yield a saver on it, close it on exit."""
        async with open_redis(url, what="checkpoint URL") as client:
            yield cls(client, prefix=prefix, ttl_s=ttl_s, serde=serde)

    def _keys(self, thread_id: object) -> ThreadKeys:
        return ThreadKeys.of(self.prefix, thread_id)

    def _expire(self, pipe: Pipeline, keys: Iterable[str]) -> None:
        if self._ttl_ms is not None:
            for key in keys:
                pipe.pexpire(key, self._ttl_ms)

    # -- reads -------------------------------------------------------------------------------

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        """The checkpoint named by `config`, or its namespace's latest; None if there is none."""
        return await self._reads.get_tuple(config, self.serde.loads_typed)

    async def alist(
        self,
        config: RunnableConfig | None,
        *,
        filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        """Checkpoints newest first: of a thread (of a namespace, if given), or of every thread.

        `filter` keeps those whose metadata has each given key equal to the given value.
        """
        loads = self.serde.loads_typed
        async for item in self._reads.checkpoints(
            config, loads, filter=filter, before=before, limit=limit
        ):
            yield item

    # -- writes ------------------------------------------------------------------------------

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        """Store a checkpoint and the channel values of `new_versions`, atomically."""
        configurable = config["configurable"]
        thread_id = str(configurable["thread_id"])
        ns = configurable.get("checkpoint_ns", "")
        keys = self._keys(thread_id)
        member = f"{esc(ns)}:{checkpoint['id']}"
        values = checkpoint["channel_values"]
        saved_metadata = get_serializable_checkpoint_metadata(config, metadata)
        record = Record(
            self.serde.dumps_typed({k: v for k, v in checkpoint.items() if k != "channel_values"}),
            self.serde.dumps_typed(saved_metadata),
            configurable.get("checkpoint_id"),
        )
        blobs = {
            blob_field(esc(ns), channel, version): ormsgpack.packb(
                [*self.serde.dumps_typed(values[channel])] if channel in values else ["empty", b""]
            )
            for channel, version in new_versions.items()
        }
        run_id = saved_metadata.get("run_id")
        run = (
            None if run_id is None else (run_key(self.prefix, str(run_id)), str(run_id), thread_id)
        )
        await self._writes.put_checkpoint(keys, member, record.dump(), blobs, run)
        return checkpoint_config(thread_id, ns, checkpoint["id"])

    async def aput_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        """Store a task's writes against a checkpoint, atomically."""
        if not writes:
            return
        configurable = config["configurable"]
        keys = self._keys(configurable["thread_id"])
        ns = esc(configurable.get("checkpoint_ns", ""))
        prefix = writes_prefix(ns, configurable["checkpoint_id"])
        stored = []
        for position, (channel, value) in enumerate(writes):
            idx = WRITES_IDX_MAP.get(channel, position)
            kind, data = self.serde.dumps_typed(value)
            payload = ormsgpack.packb([task_path, task_id, idx, channel, kind, data])
            # errors, interrupts (idx < 0): the latest stands; a regular write is kept once
            stored.append((f"{prefix}{esc(task_id)}:{idx}", payload, idx < 0))
        await self._writes.put_writes(keys, stored)

    async def _register_run(self, run_id: str, thread_ids: Sequence[str]) -> None:
        key = run_key(self.prefix, run_id)
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.sadd(key, *thread_ids)
            self._expire(pipe, [key])
            await pipe.execute()

    async def _unregister(self, thread_id: str, run_ids: Iterable[str]) -> None:
        pipe = self.client.pipeline(transaction=False)
        for run_id in run_ids:
            pipe.srem(run_key(self.prefix, run_id), thread_id)
        if len(pipe):
            await pipe.execute()

    def get_next_version(self, current: str | None, channel: None) -> str:
        """A version after `current`: a zero-padded counter, a random tie-break (as Postgres)."""
        if current is None:
            current_v = 0
        elif isinstance(current, int):
            current_v = current
        else:
            current_v = int(current.split(".")[0])
        return f"{current_v + 1:032}.{random.random():016}"

    # -- deletes and copies ------------------------------------------------------------------

    async def adelete_thread(self, thread_id: str) -> None:
        """Delete every checkpoint, blob and write of a thread."""
        keys = self._keys(thread_id)
        runs = [text(r) for r in await self.client.smembers(keys.runids)]
        await self.client.unlink(*keys.all)
        await self._unregister(str(thread_id), runs)

    async def adelete_for_runs(self, run_ids: Sequence[str]) -> None:
        """Delete the checkpoints these runs wrote, with their writes, in every thread."""
        if isinstance(run_ids, str):
            raise TypeError("run_ids must be a sequence of run IDs, not a str")
        runs = sorted({str(r) for r in run_ids})
        if not runs:
            return
        pipe = self.client.pipeline(transaction=False)
        for run_id in runs:
            pipe.smembers(run_key(self.prefix, run_id))
        threads: dict[str, set[str]] = defaultdict(set)
        for run_id, thread_ids in zip(runs, await pipe.execute(), strict=True):
            for thread_id in thread_ids:
                threads[text(thread_id)].add(run_id)
        for thread_id, its_runs in threads.items():
            plan = partial(pruning.of_runs, its_runs, self.serde.loads_typed)
            await pruning.remove(self.client, self.prefix, thread_id, plan, self.serde.loads_typed)
            await self._unregister(thread_id, its_runs)

    async def acopy_thread(self, source_thread_id: str, target_thread_id: str) -> None:
        """Copy every checkpoint, blob and write of one thread onto another (same names replaced)."""
        src, dst = self._keys(source_thread_id), self._keys(target_thread_id)
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.zrange(src.idx, 0, -1)
            pipe.hgetall(src.ck)
            pipe.hgetall(src.blobs)
            pipe.hgetall(src.writes)
            pipe.zrange(src.wi, 0, -1)
            pipe.zrange(src.runs, 0, -1)
            pipe.smembers(src.runids)
            idx, records, blobs, writes, wi, runs, runids = await pipe.execute()
        if not idx:
            return
        for run_id in runids:
            await self._register_run(text(run_id), [str(target_thread_id)])
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.zadd(dst.idx, dict.fromkeys(idx, 0))
            pipe.hset(dst.ck, mapping=records)
            if blobs:
                pipe.hset(dst.blobs, mapping=blobs)
            if writes:
                pipe.hset(dst.writes, mapping=writes)
                pipe.zadd(dst.wi, dict.fromkeys(wi, 0))
            if runs:
                pipe.zadd(dst.runs, dict.fromkeys(runs, 0))
                pipe.sadd(dst.runids, *runids)
            self._expire(pipe, dst.all)
            await pipe.execute()

    async def aprune(self, thread_ids: Sequence[str], *, strategy: str = "keep_latest") -> None:
        """`keep_latest`: keep each namespace's latest checkpoint; `delete`: delete the threads."""
        if isinstance(thread_ids, str):
            raise TypeError("thread_ids must be a sequence of thread IDs, not a str")
        if strategy not in PRUNE_STRATEGIES:
            raise ValueError(f"Unknown prune strategy: {strategy!r}")
        threads = [str(t) for t in thread_ids]
        if strategy == "delete":
            for thread_id in threads:
                await self.adelete_thread(thread_id)
            return
        load = self.serde.loads_typed
        for thread_id in threads:  # refuse before pruning any, as the Postgres saver does
            records = await self.client.hvals(self._keys(thread_id).ck)
            pruning.refuse_delta(thread_id, (Record.load(r) for r in records), load)
        for thread_id in threads:
            plan = partial(pruning.keep_latest, thread_id, load)
            gone_runs = await pruning.remove(self.client, self.prefix, thread_id, plan, load)
            await self._unregister(thread_id, gone_runs)

    # -- the sync API: this runtime is async throughout -------------------------------------

    def get_tuple(self, *args: Any, **kwargs: Any) -> CheckpointTuple | None:
        """Not available: use `aget_tuple`."""
        _sync_only("get_tuple")

    def list(self, *args: Any, **kwargs: Any) -> Iterator[CheckpointTuple]:
        """Not available: use `alist`."""
        _sync_only("list")

    def put(self, *args: Any, **kwargs: Any) -> RunnableConfig:
        """Not available: use `aput`."""
        _sync_only("put")

    def put_writes(self, *args: Any, **kwargs: Any) -> None:
        """Not available: use `aput_writes`."""
        _sync_only("put_writes")

    def delete_thread(self, *args: Any, **kwargs: Any) -> None:
        """Not available: use `adelete_thread`."""
        _sync_only("delete_thread")

    def delete_for_runs(self, *args: Any, **kwargs: Any) -> None:
        """Not available: use `adelete_for_runs`."""
        _sync_only("delete_for_runs")

    def copy_thread(self, *args: Any, **kwargs: Any) -> None:
        """Not available: use `acopy_thread`."""
        _sync_only("copy_thread")

    def prune(self, *args: Any, **kwargs: Any) -> None:
        """Not available: use `aprune`."""
        _sync_only("prune")


def _sync_only(name: str) -> NoReturn:
    raise NotImplementedError(
        f"RedisSaver.{name} is not available: the saver is async only; await a{name}(...) "
        "instead (run graphs with ainvoke/astream)"
    )
