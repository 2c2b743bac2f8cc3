"""The `EventBroker` contract, passed by every backend: in memory and on Redis Streams (DB 6)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from runtime.events import RunEvent
from runtime.runs.broker import EventBroker, InMemoryBroker, ReplayGap
from runtime.runs.redis_broker import RedisStreamBroker
from tests.support.redis_scope import redis_scope

REDIS_DB = 6
MakeBroker = Callable[..., EventBroker]


@pytest.fixture(params=["memory", "redis"])
async def make_broker(request: pytest.FixtureRequest) -> AsyncIterator[MakeBroker]:
    """Makes brokers of the parametrized backend; `buffer` is the number of events held."""
    if request.param == "memory":
        yield lambda buffer=10_000: InMemoryBroker(buffer=buffer, retention_s=60)
        return
    async with redis_scope(REDIS_DB) as (client, prefix):
        made: list[RedisStreamBroker] = []

        def make(buffer: int = 10_000) -> EventBroker:
            broker = RedisStreamBroker(client, prefix=prefix, maxlen=buffer, retention_s=60)
            made.append(broker)
            return broker

        yield make
        for broker in made:
            await broker.aclose()


def event(n: int, **extra: Any) -> RunEvent:
    return RunEvent("progress", {"run_id": "r", "progress": n, "message": f"第{n}步", **extra})


async def collect(
    broker: EventBroker, run_id: str, *, after: int = 0, idle_s: float | None = None
) -> list[tuple[str, RunEvent] | None]:
    return [item async for item in broker.subscribe(run_id, after=after, idle_s=idle_s)]


async def test_a_closed_run_replays_every_event_in_order_with_its_id(
    make_broker: MakeBroker,
) -> None:
    broker = make_broker()
    await broker.open("r")
    ids = [await broker.publish("r", event(n, nested={"a": [1, "二"]})) for n in range(1, 4)]
    await broker.close("r")
    assert ids == ["r:1", "r:2", "r:3"]
    got = await collect(broker, "r")
    assert [item[0] for item in got if item] == ids
    assert [item[1] for item in got if item] == [
        event(n, nested={"a": [1, "二"]}) for n in range(1, 4)
    ]


async def test_resuming_after_an_id_gives_only_what_followed(make_broker: MakeBroker) -> None:
    broker = make_broker()
    await broker.open("r")
    for n in range(1, 6):
        await broker.publish("r", event(n))
    await broker.close("r")
    got = await collect(broker, "r", after=2)
    assert [item[0] for item in got if item] == ["r:3", "r:4", "r:5"]
    assert await collect(broker, "r", after=5) == []


async def test_a_live_subscriber_idles_with_none_then_gets_new_events_until_close(
    make_broker: MakeBroker,
) -> None:
    broker = make_broker()
    await broker.open("r")
    await broker.publish("r", event(1))
    seen: list[tuple[str, RunEvent] | None] = []
    idle = asyncio.Event()

    async def follow() -> None:
        async for item in broker.subscribe("r", idle_s=0.05):
            seen.append(item)
            if item is None:
                idle.set()

    follower = asyncio.create_task(follow())
    await idle.wait()  # it has caught up and is waiting: what follows arrives live
    for n in range(2, 5):
        await broker.publish("r", event(n))
    await broker.close("r")
    await follower
    assert seen[0] == ("r:1", event(1))
    assert [item[0] for item in seen if item] == ["r:1", "r:2", "r:3", "r:4"]
    assert None in seen


async def test_many_subscribers_each_get_every_event(make_broker: MakeBroker) -> None:
    broker = make_broker()
    await broker.open("r")
    waiting = [asyncio.Event() for _ in range(20)]

    async def follow(ready: asyncio.Event) -> list[str]:
        ids = []
        async for item in broker.subscribe("r", idle_s=0.05):
            if item is None:
                ready.set()
            else:
                ids.append(item[0])
        return ids

    followers = [asyncio.create_task(follow(ready)) for ready in waiting]
    for ready in waiting:
        await ready.wait()
    for n in range(1, 51):
        await broker.publish("r", event(n))
    await broker.close("r")
    for ids in await asyncio.gather(*followers):
        assert ids == [f"r:{n}" for n in range(1, 51)]


async def test_an_unknown_run_is_a_replay_gap(make_broker: MakeBroker) -> None:
    broker = make_broker()
    with pytest.raises(ReplayGap, match="not known"):
        await collect(broker, "nobody")
    assert await broker.last_sequence("nobody") is None
    assert await broker.is_closed("nobody") is True


async def test_events_dropped_from_the_buffer_are_a_replay_gap(make_broker: MakeBroker) -> None:
    broker = make_broker(buffer=100)
    await broker.open("r")
    for n in range(1, 1001):
        await broker.publish("r", event(n))
    await broker.close("r")
    with pytest.raises(ReplayGap, match=r"after r:0 are no\s+longer held"):
        await collect(broker, "r")
    tail = await collect(broker, "r", after=990)
    assert [item[0] for item in tail if item] == [f"r:{n}" for n in range(991, 1001)]


async def test_last_sequence_and_closed_follow_the_run(make_broker: MakeBroker) -> None:
    broker = make_broker()
    await broker.open("r")
    assert await broker.last_sequence("r") == 0
    assert await broker.is_closed("r") is False
    await broker.publish("r", event(1))
    await broker.publish("r", event(2))
    assert await broker.last_sequence("r") == 2
    await broker.close("r")
    assert await broker.is_closed("r") is True
    assert await broker.last_sequence("r") == 2


async def test_an_open_run_without_events_can_be_waited_on(make_broker: MakeBroker) -> None:
    broker = make_broker()
    await broker.open("r")
    follower = asyncio.create_task(collect(broker, "r"))
    await asyncio.sleep(0)
    await broker.publish("r", event(1))
    await broker.close("r")
    assert [item[0] for item in await follower if item] == ["r:1"]
