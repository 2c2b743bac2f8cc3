"""`RedisSaver`'s writes: one Lua script per `aput` or `aput_writes`, in one round trip.

A script runs atomically on the thread's slot (its keys share one hash tag: runtime/stores/redis_layout.py)
and answers with one reply, where a MULTI/EXEC of the same commands answers each of them twice
(QUEUED, then the result), which redis-py parses one by one. Both scripts use only HSET, HSETNX,
ZADD, SADD and PEXPIRE with values computed before sending, so a script run twice (the client
retries once after a dropped connection) leaves what running it once left.

A checkpoint with a `run_id` adds its thread to the run's key (another slot, so not in the script):
`SADD` goes first in the same non-transactional pipeline, and Redis runs a connection's commands in
order, so the run index never misses a checkpoint: at worst it names a thread with none left.
Both go through the saver's `SharedPipeline` (runtime/redis_pipelining.py): concurrent runs'
checkpoints share round trips.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from redis.commands.core import AsyncScript

from runtime.redis_pipelining import SharedPipeline
from runtime.stores.redis_layout import ThreadKeys, esc

PUT_CHECKPOINT = """
-- KEYS: the thread's keys (ThreadKeys.all). ARGV: ttl ms or '', member, record, runs member or '',
-- run id, then blob field, blob pairs.
local ttl, member, record, run_member, run_id = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
for i = 6, #ARGV, 2 do
    redis.call('HSETNX', KEYS[3], ARGV[i], ARGV[i + 1])
end
redis.call('HSET', KEYS[2], member, record)
redis.call('ZADD', KEYS[1], 0, member)
if run_member ~= '' then
    redis.call('ZADD', KEYS[6], 0, run_member)
    redis.call('SADD', KEYS[7], run_id)
end
if ttl ~= '' then
    for _, key in ipairs(KEYS) do
        redis.call('PEXPIRE', key, ttl)
    end
end
return 1
"""

PUT_WRITES = """
-- KEYS: the thread's keys (ThreadKeys.all). ARGV: ttl ms or '', then field, payload, '1' to
-- replace (errors, interrupts: the latest stands) or '0' to keep the first, per write.
local ttl = ARGV[1]
for i = 2, #ARGV, 3 do
    if ARGV[i + 2] == '1' then
        redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 1])
    else
        redis.call('HSETNX', KEYS[4], ARGV[i], ARGV[i + 1])
    end
    redis.call('ZADD', KEYS[5], 0, ARGV[i])
end
if ttl ~= '' then
    for _, key in ipairs(KEYS) do
        redis.call('PEXPIRE', key, ttl)
    end
end
return 1
"""


class SaverWrites:
    """The saver's two write scripts on one client (`decode_responses=False`)."""

    def __init__(self, calls: SharedPipeline, ttl_ms: int | None) -> None:
        self.calls = calls
        self._ttl = "" if ttl_ms is None else str(ttl_ms)
        self._put_checkpoint = calls.register(PUT_CHECKPOINT)
        self._put_writes = calls.register(PUT_WRITES)

    async def put_checkpoint(
        self,
        keys: ThreadKeys,
        member: str,
        record: bytes,
        blobs: dict[str, bytes],
        run: tuple[str, str, str] | None,
    ) -> None:
        """Store a checkpoint record and its new blobs; `run`: (run key, run id, thread id)."""
        registration: tuple[str, str] | None = None
        run_member, run_id = "", ""
        if run is not None:
            key, run_id, thread_id = run
            registration = (key, thread_id)
            run_member = f"{esc(run_id)}:{member}"
        args: list[str | bytes] = [self._ttl, member, record, run_member, run_id]
        for field, blob in blobs.items():
            args += [field, blob]
        await self._run(self._put_checkpoint, keys, args, registration)

    async def put_writes(self, keys: ThreadKeys, writes: Sequence[tuple[str, bytes, bool]]) -> None:
        """Store a task's writes: (field, payload, replace) each."""
        args: list[str | bytes] = [self._ttl]
        for field, payload, replace in writes:
            args += [field, payload, "1" if replace else "0"]
        await self._run(self._put_writes, keys, args, None)

    async def _run(
        self,
        script: AsyncScript,
        keys: ThreadKeys,
        args: list[str | bytes],
        registration: tuple[str, str] | None,
    ) -> None:
        """Send `registration` (run key, thread id) first if given, then the script."""
        before: list[tuple[Any, ...]] = []
        if registration is not None:
            run_key, thread_id = registration
            before.append(("SADD", run_key, thread_id))
            if self._ttl:
                before.append(("PEXPIRE", run_key, int(self._ttl)))
        await self.calls.run(script, keys=keys.all, args=args, before=before)
