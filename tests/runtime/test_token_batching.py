"""`TokenBatcher` on its own: what is held and when it goes out, told by what was published
(the app-level behaviour is in tests/api/test_token_batching.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from runtime.events import RunEvent
from runtime.runs.token_batching import TokenBatcher

LONG = 3600.0
"""An interval no test waits out: what is held stays held until another event or the end."""


def token(text: str, node: str = "speak", namespace: tuple[str, ...] = ()) -> RunEvent:
    return RunEvent(
        "token", {"run_id": "r", "node": node, "namespace": list(namespace), "text": text}
    )


def other(name: Any = "node_output", node: str = "speak") -> RunEvent:
    return RunEvent(name, {"run_id": "r", "node": node})


class Published(list[RunEvent]):
    """The events published, in order; `arrived` is set at each."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = asyncio.Event()

    async def __call__(self, event: RunEvent) -> None:
        self.append(event)
        self.arrived.set()

    def texts(self) -> list[str]:
        return [e.data["text"] if e.event == "token" else f"<{e.event}>" for e in self]


async def test_the_first_token_goes_at_once_and_the_rest_with_the_next_event() -> None:
    published = Published()
    batcher = TokenBatcher(published, interval_s=LONG)
    await batcher.publish(token("a"))
    assert published.texts() == ["a"]
    for text in "bcd":
        await batcher.publish(token(text))
    assert published.texts() == ["a"]  # held
    await batcher.publish(other())
    assert published.texts() == ["a", "bcd", "<node_output>"]
    await batcher.publish(token("e"))  # after another event: a first token again
    assert published.texts()[-1] == "e"
    await batcher.close()


async def test_another_node_or_namespace_flushes_and_starts_its_own_window() -> None:
    published = Published()
    batcher = TokenBatcher(published, interval_s=LONG)
    for event in (
        token("a"),
        token("b"),
        token("x", node="close"),
        token("y", node="close"),
        token("s", namespace=("sub",)),
        token("t", namespace=("sub",)),
    ):
        await batcher.publish(event)
    await batcher.close()
    assert published.texts() == ["a", "b", "x", "y", "s", "t"]
    assert [e.data["node"] for e in published] == ["speak"] * 2 + ["close"] * 2 + ["speak"] * 2
    assert published[-1].data["namespace"] == ["sub"]


async def test_close_sends_what_is_held_and_discard_drops_it() -> None:
    published = Published()
    batcher = TokenBatcher(published, interval_s=LONG)
    await batcher.publish(token("a"))
    await batcher.publish(token("b"))
    await batcher.close()
    assert published.texts() == ["a", "b"]

    dropped = Published()
    batcher = TokenBatcher(dropped, interval_s=LONG)
    await batcher.publish(token("a"))
    await batcher.publish(token("b"))
    batcher.discard()
    await batcher.close()
    assert dropped.texts() == ["a"]


async def test_the_timer_sends_held_text_and_a_quiet_window_closes() -> None:
    published = Published()
    batcher = TokenBatcher(published, interval_s=0.01)
    await batcher.publish(token("a"))
    await batcher.publish(token("b"))
    await batcher.publish(token("c"))
    while published.texts() != ["a", "bc"]:  # the timer publishes "bc" with no other event
        published.arrived.clear()
        await published.arrived.wait()
    timer = batcher._timer
    assert timer is not None
    await asyncio.wait({timer})  # a window in which nothing came closes: its timer ends
    await batcher.publish(token("d"))  # so the next token is a first token: at once
    assert published.texts() == ["a", "bc", "d"]
    await batcher.close()


async def test_interval_zero_publishes_every_event_as_it_comes() -> None:
    published = Published()
    batcher = TokenBatcher(published, interval_s=0)
    for text in "abc":
        await batcher.publish(token(text))
    assert published.texts() == ["a", "b", "c"]
    await batcher.close()


async def test_a_failed_timer_publish_is_raised_to_the_run() -> None:
    calls = 0

    async def failing(event: RunEvent) -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise ConnectionError("broker down")

    batcher = TokenBatcher(failing, interval_s=0.01)
    await batcher.publish(token("a"))
    await batcher.publish(token("b"))
    timer = batcher._timer
    assert timer is not None
    await asyncio.wait({timer})  # its publish of "b" failed
    with pytest.raises(ConnectionError):
        await batcher.publish(other())
