"""Token batching: a run's model chunks go out as fewer, longer `token` events.

A model streams a chunk every few milliseconds, often a single character or word, and each went
out as its own `token` event: ~111 bytes of envelope (id, event name, run id, node, namespace) for
four characters of text. `TokenBatcher` sits between the run's event stream and the broker
(`RunManager` publishes every event through it) and throttles tokens per node:

- the first token of a node (any token after another event, or after a quiet interval) is
  published at once: batching never delays the first text a learner sees;
- tokens of the same node and namespace arriving within the flush interval after it are held and
  published together, as one `token` event whose `text` is theirs concatenated, when the interval
  ends (a timer, so text never waits for the model's next chunk);
- any other event (a `node_output`, another node's token, `completed`) first publishes what is
  held, so order is kept: a node's output never overtakes its tokens;
- `close()` publishes what is held when the run ends, however it ends.

An interval of 0 turns batching off: every event is published as it comes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from runtime.events import RunEvent

Publish = Callable[[RunEvent], Awaitable[Any]]
"""Where events go (the broker's `publish` for one run)."""

__all__ = ["Publish", "TokenBatcher"]


class TokenBatcher:
    """Publishes one run's events, joining the tokens of a node that arrive within
    `interval_s` of each other's window into one `token` event (see the module's docstring)."""

    def __init__(self, publish: Publish, *, interval_s: float) -> None:
        self._publish = publish
        self.interval_s = interval_s
        self._lock = asyncio.Lock()
        """Held while publishing, by the run and by the timer: events leave in order."""
        self._key: tuple[Any, tuple[str, ...]] | None = None
        """(node, namespace) of the open window's tokens."""
        self._held: list[RunEvent] = []
        """Tokens of the open window not yet published."""
        self._timer: asyncio.Task[None] | None = None
        """The open window: publishes what is held every interval, ends on a quiet one."""
        self._failure: BaseException | None = None
        """What the timer's publishing raised; raised to the run at its next event."""

    async def publish(self, event: RunEvent) -> None:
        """Publish `event`, or hold it if it is a token inside an open window."""
        if self.interval_s <= 0:
            await self._publish(event)
            return
        async with self._lock:
            self._raise_failure()
            key = _token_key(event)
            if key is not None and key == self._key and self._timer is not None:
                self._held.append(event)  # inside the window: published when it ends
                return
            await self._end_window()
            await self._publish(event)
            if key is not None:  # a node's first token: published above, opens a window
                self._key = key
                self._timer = asyncio.create_task(self._tick(), name="token-flush")

    async def close(self) -> None:
        """Publish what is held and stop the timer (the run has ended)."""
        async with self._lock:
            await self._end_window()
            self._raise_failure()

    def discard(self) -> None:
        """Drop what is held and stop the timer (the run's stream was ended by someone else)."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self._key = None
        self._held = []

    async def _tick(self) -> None:
        """The open window's timer: every interval, publish what came in it; a window in
        which nothing came closes (the node's next token is again published at once)."""
        try:
            while True:
                await asyncio.sleep(self.interval_s)
                async with self._lock:
                    if not self._held:
                        self._timer = None
                        self._key = None
                        return
                    await self._flush()
        except Exception as exc:  # the broker failed: the run learns it at its next event
            self._failure = exc
            self._timer = None
            self._key = None

    async def _end_window(self) -> None:
        """Stop the timer and publish what is held (called with the lock held)."""
        if self._timer is not None:
            # It is asleep or waiting for the lock we hold, never mid-publish: cancelled there.
            self._timer.cancel()
        self._timer = self._key = None
        await self._flush()

    async def _flush(self) -> None:
        """Publish the held tokens as one event (called with the lock held)."""
        if not self._held:
            return
        held, self._held = self._held, []
        first = held[0]
        text = "".join(str(event.data.get("text", "")) for event in held)
        await self._publish(RunEvent("token", {**first.data, "text": text}))

    def _raise_failure(self) -> None:
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure


def _token_key(event: RunEvent) -> tuple[Any, tuple[str, ...]] | None:
    """What a token's window is per: its node and namespace; None for any other event."""
    if event.event != "token":
        return None
    return event.data.get("node"), tuple(event.data.get("namespace") or ())
