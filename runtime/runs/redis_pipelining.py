"""The workers' Lua script calls, sent to Redis together: one round trip for many runs' calls.

    calls = ScriptPipeline(client)
    claimed = await calls.run(claim_script, keys=[...], args=[...])

Every run transition the workers share is one Lua script (a claim, a status update, a lease taken
or given back, a batch of events appended). Each is atomic on its own; none needs to be atomic
with another run's. So the calls that concurrent runs make while a round trip is in flight wait
for it, and then all go in one pipeline (`transaction=False`): at one run at a time nothing waits
(the first call goes at once), and at fifty a round trip carries the calls of many runs, costing
the worker one connection checkout, one write and one read for them all instead of one each.

A reply is handed to its own caller, errors too (a script's error to its caller alone). When the
connection fails, every caller of that round trip gets the error, as it would have on its own
connection (the client's one retry applies to the whole pipeline: every script sent through it
is safe to repeat, runtime/redis_connect.py). A caller that is cancelled stops waiting; its call
may still run, as a call cancelled in flight may. A script Redis does not know (after a restart
or a `SCRIPT FLUSH`) is loaded and its call sent again.

Only scripts go through here: a blocking read (`XREAD BLOCK`) or a pub/sub subscription keeps
its own connection.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError


@dataclass(slots=True)
class _Call:
    script: AsyncScript
    keys: list[Any]
    args: list[Any]
    reply: asyncio.Future[Any]


class ScriptPipeline:
    """Lua script calls of concurrent tasks on one client, sent a pipeline at a time."""

    def __init__(self, client: Redis) -> None:
        self.client = client
        self._waiting: list[_Call] = []
        self._sender: asyncio.Task[None] | None = None

    def register(self, script: str) -> AsyncScript:
        """A script to `run` (its sha computed once; it is loaded into Redis when first needed)."""
        return self.client.register_script(script)

    async def run(self, script: AsyncScript, *, keys: list[Any], args: list[Any]) -> Any:
        """The script's reply, or the error it raised; sent with the calls made meanwhile."""
        call = _Call(script, keys, args, asyncio.get_running_loop().create_future())
        self._waiting.append(call)
        if self._sender is None or self._sender.done():
            self._sender = asyncio.create_task(self._send(), name="redis-script-pipeline")
        return await call.reply

    async def _send(self) -> None:
        """Send what waits, a pipeline at a time, until nothing does."""
        while self._waiting:
            calls, self._waiting = self._waiting, []
            calls = [call for call in calls if not call.reply.done()]  # cancelled meanwhile
            if not calls:
                continue
            try:
                replies = await self._round_trip(calls)
                unknown = [c for c, r in zip(calls, replies, strict=True) if _no_script(r)]
                if unknown:  # Redis lost its scripts: load them, then send those calls again
                    for script in {id(c.script): c.script for c in unknown}.values():
                        script.sha = await self.client.script_load(script.script)
                    again = await self._round_trip(unknown)
                    replies = [
                        again[unknown.index(c)] if _no_script(r) else r
                        for c, r in zip(calls, replies, strict=True)
                    ]
            except asyncio.CancelledError:  # the loop is closing
                for call in calls:
                    call.reply.cancel()
                raise
            except Exception as exc:  # the connection failed: each caller sees it
                for call in calls:
                    if not call.reply.done():
                        call.reply.set_exception(exc)
                continue
            for call, reply in zip(calls, replies, strict=True):
                if call.reply.done():
                    continue
                if isinstance(reply, Exception):
                    call.reply.set_exception(reply)
                else:
                    call.reply.set_result(reply)

    async def _round_trip(self, calls: list[_Call]) -> list[Any]:
        async with self.client.pipeline(transaction=False) as pipe:
            for call in calls:
                pipe.evalsha(call.script.sha, len(call.keys), *call.keys, *call.args)
            return list(await pipe.execute(raise_on_error=False))


def _no_script(reply: Any) -> bool:
    return isinstance(reply, NoScriptError)
