"""Redis calls of concurrent tasks, sent together: one round trip for many runs' calls.

    calls = SharedPipeline(client)
    claimed = await calls.run(claim_script, keys=[...], args=[...])
    (latest,) = await calls.send([("ZREVRANGEBYLEX", idx, high, low, "LIMIT", 0, 1)])

Every run transition the workers share is one Lua script (a claim, a status update, a lease taken
or given back, a batch of events appended, a checkpoint stored), and reads are a command or a few.
None needs to be atomic with another run's. So the calls that concurrent runs make while a round
trip is in flight wait for it, and then all go in one pipeline (`transaction=False`): at one run
at a time nothing waits (the first call goes at once), and at fifty a round trip carries the calls
of many runs, costing the worker one connection checkout, one write and one read for them all
instead of one each. A caller's commands go together, in order, with no other caller's between.

A reply is handed to its own caller, errors too (a script's error to its caller alone). When the
connection fails, every caller of that round trip gets the error, as it would have on its own
connection (the client's one retry applies to the whole pipeline: every write sent through here
is safe to repeat, runtime/redis_connect.py). A caller that is cancelled stops waiting; its call
may still run, as a call cancelled in flight may. A script Redis does not know (after a restart
or a `SCRIPT FLUSH`) is loaded and its caller's commands sent again.

Only short commands go through here: a blocking read (`XREAD BLOCK`), a pub/sub subscription or
a transaction under WATCH keeps its own connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError

Command = tuple[Any, ...]
"""A command as redis-py's `execute_command` takes it: ("HMGET", key, field, ...)."""


@dataclass(slots=True)
class _Call:
    commands: Sequence[Command]
    replies: asyncio.Future[list[Any]]


class SharedPipeline:
    """Calls of concurrent tasks on one client, sent a pipeline at a time."""

    def __init__(self, client: Redis) -> None:
        self.client = client
        self._waiting: list[_Call] = []
        self._sender: asyncio.Task[None] | None = None

    def register(self, script: str) -> AsyncScript:
        """A script to `run` (its sha computed once; it is loaded into Redis when first needed)."""
        return self.client.register_script(script)

    async def send(self, commands: Sequence[Command]) -> list[Any]:
        """The replies of `commands`, in order; the first command's error is raised."""
        replies = await self.send_all(commands)
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
        return replies

    async def send_all(self, commands: Sequence[Command]) -> list[Any]:
        """The replies of `commands`, in order, an error in place of the reply of a command that
        failed; sent with the calls made meanwhile. Raises when the connection fails."""
        call = _Call(commands, asyncio.get_running_loop().create_future())
        self._waiting.append(call)
        if self._sender is None or self._sender.done():
            self._sender = asyncio.create_task(self._send(), name="redis-shared-pipeline")
        return await call.replies

    async def run(
        self,
        script: AsyncScript,
        *,
        keys: Sequence[Any],
        args: Sequence[Any],
        before: Sequence[Command] = (),
    ) -> Any:
        """The script's reply, or the error it raised; `before`: commands sent ahead of it in the
        same round trip, on the same connection (their replies are dropped, their errors raised)."""
        commands = [*before, ("EVALSHA", script.sha, len(keys), *keys, *args)]
        replies = await self.send_all(commands)
        if isinstance(replies[-1], NoScriptError):  # a fresh or flushed Redis: load, send again
            (loaded,) = await self.send([("SCRIPT LOAD", script.script)])
            script.sha = loaded.decode() if isinstance(loaded, bytes) else str(loaded)
            commands[-1] = ("EVALSHA", script.sha, len(keys), *keys, *args)
            replies = await self.send_all(commands)
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
        return replies[-1]

    async def _send(self) -> None:
        """Send what waits, a pipeline at a time, until nothing does."""
        while self._waiting:
            calls, self._waiting = self._waiting, []
            calls = [call for call in calls if not call.replies.done()]  # cancelled meanwhile
            if not calls:
                continue
            try:
                async with self.client.pipeline(transaction=False) as pipe:
                    for call in calls:
                        for command in call.commands:
                            pipe.execute_command(*command)
                    replies = list(await pipe.execute(raise_on_error=False))
            except asyncio.CancelledError:  # the loop is closing
                for call in calls:
                    call.replies.cancel()
                raise
            except Exception as exc:  # the connection failed: each caller sees it
                for call in calls:
                    if not call.replies.done():
                        call.replies.set_exception(exc)
                continue
            for call in calls:
                mine, replies = replies[: len(call.commands)], replies[len(call.commands) :]
                if not call.replies.done():
                    call.replies.set_result(mine)
