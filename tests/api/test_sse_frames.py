"""A run's SSE frames as api/sse.py writes them: byte for byte sse-starlette's encoding, and the
events a broker already holds joined into one write (the first as soon as it is there)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator
from typing import cast

from sse_starlette import ServerSentEvent

from api.sse import frame, run_frames
from runtime.events import RunEvent
from runtime.runs.broker import InMemoryBroker, event_id


def events(run_id: str) -> list[RunEvent]:
    return [
        RunEvent("started", {"run_id": run_id, "thread_id": "t", "graph": "chain"}),
        RunEvent("node_start", {"run_id": run_id, "node": "a", "namespace": [], "step": 1}),
        RunEvent(
            "node_output",
            {"run_id": run_id, "node": "a", "output": {"text": '你好 "x"\n', "n": 1.5}},
        ),
    ]


class OneAtATime:
    """The in-memory broker seen through the `EventBroker` protocol only: it cannot say what it
    holds, so every event goes in a write of its own."""

    def __init__(self, broker: InMemoryBroker) -> None:
        self.broker = broker

    def subscribe(
        self, run_id: str, *, after: int = 0, idle_s: float | None = None
    ) -> AsyncIterator[tuple[str, RunEvent] | None]:
        return self.broker.subscribe(run_id, after=after, idle_s=idle_s)


async def chunks(frames: AsyncIterator[bytes]) -> list[bytes]:
    return [chunk async for chunk in frames]


def expected(run_id: str, items: list[RunEvent], first: int = 1) -> list[bytes]:
    return [frame(event_id(run_id, first + i), e).encode() for i, e in enumerate(items)]


async def test_held_events_share_one_write_with_the_retry_frame() -> None:
    broker = InMemoryBroker()
    await broker.open("r")
    run = [*events("r"), RunEvent("completed", {"run_id": "r", "status": "success"})]
    for event in run:
        await broker.publish("r", event)
    await broker.close("r")
    closed: list[bool] = []
    written = await chunks(run_frames(broker, "r", heartbeat_s=5, on_close=closed.append))
    retry = ServerSentEvent(retry=3000).encode()
    assert written == [retry + b"".join(expected("r", run))]
    assert closed == [True]


async def test_a_live_event_is_written_as_soon_as_it_is_published() -> None:
    broker = InMemoryBroker()
    await broker.open("r")
    frames = cast(AsyncGenerator[bytes, None], run_frames(broker, "r", heartbeat_s=5))
    assert await anext(frames) == ServerSentEvent(retry=3000).encode()  # nothing held yet
    first, second, third = events("r")
    await broker.publish("r", first)
    assert await asyncio.wait_for(anext(frames), 5) == expected("r", [first])[0]
    await broker.publish("r", second)
    await broker.publish("r", third)
    assert await asyncio.wait_for(anext(frames), 5) == b"".join(
        expected("r", [second, third], first=2)
    )
    await frames.aclose()


async def test_a_broker_that_cannot_tell_what_it_holds_gets_a_write_per_event() -> None:
    broker = InMemoryBroker()
    await broker.open("r")
    for event in events("r"):
        await broker.publish("r", event)
    await broker.close("r")
    written = await chunks(run_frames(OneAtATime(broker), "r", heartbeat_s=5))  # type: ignore[arg-type]
    assert written == [ServerSentEvent(retry=3000).encode(), *expected("r", events("r"))]
