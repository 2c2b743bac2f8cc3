"""Thread locks: the `ThreadLock` contract for both backends, and what Redis leases add (DB 7).

Two `RedisThreadLeases` on two clients stand for two workers; a lease written straight into Redis
and never renewed stands for a worker that died holding it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis

from runtime.errors import ThreadBusy
from runtime.locks import LOST_HOLD, LocalThreadLocks, ThreadLock
from runtime.redis_pipelining import SharedPipeline
from runtime.runs.redis_locks import RedisThreadLeases
from tests.support.redis_scope import redis_scope, redis_url, until

REDIS_DB = 7


@pytest.fixture(params=["local", "redis"])
async def locks(request: pytest.FixtureRequest) -> AsyncIterator[ThreadLock]:
    if request.param == "local":
        yield LocalThreadLocks()
        return
    async with redis_scope(REDIS_DB) as (client, prefix):
        leases = RedisThreadLeases(client, prefix=prefix, ttl_s=3.0)
        yield leases
        await leases.aclose()


async def test_a_held_thread_refuses_a_second_holder_that_will_not_wait(
    locks: ThreadLock,
) -> None:
    assert await locks.is_held("t") is False
    async with locks.hold("t", wait=False):
        assert await locks.is_held("t") is True
        with pytest.raises(ThreadBusy, match="thread t is running another run"):
            async with locks.hold("t", wait=False):
                pass
        async with locks.hold("another", wait=False):
            pass  # other threads are free
    assert await locks.is_held("t") is False


async def test_a_waiting_holder_gets_the_thread_once_it_is_released(locks: ThreadLock) -> None:
    order: list[str] = []
    first_in = asyncio.Event()
    let_go = asyncio.Event()

    async def first() -> None:
        async with locks.hold("t", wait=False):
            order.append("first in")
            first_in.set()
            await let_go.wait()
            order.append("first out")

    async def second() -> None:
        await first_in.wait()
        async with locks.hold("t", wait=True):
            order.append("second in")

    tasks = [asyncio.create_task(first()), asyncio.create_task(second())]
    await first_in.wait()
    let_go.set()
    await asyncio.gather(*tasks)
    assert order == ["first in", "first out", "second in"]


async def leases_on_another_client(prefix: str, ttl_s: float) -> tuple[Redis, RedisThreadLeases]:
    client = Redis.from_url(redis_url(REDIS_DB), decode_responses=True)
    return client, RedisThreadLeases(client, prefix=prefix, ttl_s=ttl_s)


async def test_a_lease_held_by_one_worker_is_busy_for_another(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    mine = RedisThreadLeases(client, prefix=prefix, ttl_s=5)
    other_client, theirs = await leases_on_another_client(prefix, 5)
    try:
        async with mine.hold("t", wait=False):
            with pytest.raises(ThreadBusy):
                async with theirs.hold("t", wait=False):
                    pass
            assert await theirs.is_held("t")
        async with theirs.hold("t", wait=False):
            pass
    finally:
        await other_client.aclose()


async def test_a_release_on_one_worker_wakes_a_waiter_on_another(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    # The waiter's own retry comes only every 200 s: it gets the thread by the release notice.
    mine = RedisThreadLeases(client, prefix=prefix, ttl_s=600)
    other_client, theirs = await leases_on_another_client(prefix, 600)
    try:
        held = asyncio.Event()
        let_go = asyncio.Event()

        async def holder() -> None:
            async with mine.hold("t", wait=False):
                held.set()
                await let_go.wait()

        holding = asyncio.create_task(holder())
        await held.wait()
        waiting = asyncio.create_task(_hold_once(theirs, "t"))
        await until(lambda: listening(client, theirs.channel))  # it failed once, now waits
        let_go.set()
        await holding
        await waiting
    finally:
        await theirs.aclose()
        await other_client.aclose()


async def listening(client: Redis, channel: str) -> bool:
    """True once some client subscribes to `channel`."""
    return bool((await client.pubsub_numsub(channel))[0][1])


async def _hold_once(leases: RedisThreadLeases, thread_id: str) -> None:
    async with leases.hold(thread_id, wait=True):
        pass


async def test_the_lease_of_a_dead_worker_expires_and_a_waiter_takes_over(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    await client.set(f"{prefix}:lease:t", "a-dead-workers-token", px=300)  # never renewed
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=0.3)
    try:
        with pytest.raises(ThreadBusy):
            async with leases.hold("t", wait=False):
                pass
        async with leases.hold("t", wait=True):  # expiry publishes nothing: the retry finds it
            assert await client.get(f"{prefix}:lease:t") != "a-dead-workers-token"
    finally:
        await leases.aclose()


async def test_renewal_keeps_a_lease_for_longer_than_its_ttl(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=0.3)
    async with leases.hold("t", wait=False):
        token = await client.get(f"{prefix}:lease:t")
        await asyncio.sleep(1.2)  # four lifetimes of an unrenewed lease
        assert await client.get(f"{prefix}:lease:t") == token
    assert await client.exists(f"{prefix}:lease:t") == 0


async def test_a_lost_lease_cancels_its_holder_with_lost_hold(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=0.3)
    inside = asyncio.Event()

    async def run() -> tuple[object, ...]:
        try:
            async with leases.hold("t", wait=False):
                inside.set()
                await asyncio.Event().wait()  # would run forever unprotected
        except asyncio.CancelledError as exc:
            return exc.args
        return ()

    holder = asyncio.create_task(run())
    await inside.wait()
    await client.delete(f"{prefix}:lease:t")  # taken away (expired during an outage, say)
    assert await holder == (LOST_HOLD,)


async def test_a_release_never_deletes_someone_elses_lease(scope: tuple[Redis, str]) -> None:
    client, prefix = scope
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=30)
    key = f"{prefix}:lease:t"
    async with leases.hold("t", wait=False):
        await client.set(key, "a-newer-holders-token")  # ours expired; another took it
    assert await client.get(key) == "a-newer-holders-token"


def test_a_lease_needs_a_positive_ttl() -> None:
    with pytest.raises(ValueError, match="ttl_s must be > 0"):
        RedisThreadLeases(Redis(), ttl_s=0)


async def test_taking_a_lease_again_with_its_own_token_counts_as_taken(
    scope: tuple[Redis, str],
) -> None:
    client, prefix = scope
    leases = RedisThreadLeases(client, prefix=prefix, ttl_s=5)
    key = f"{prefix}:lease:t"
    assert await leases._take(keys=[key], args=["mine", 5000]) == 1
    assert await leases._take(keys=[key], args=["mine", 5000]) == 1  # a retried command
    assert await leases._take(keys=[key], args=["theirs", 5000]) == 0


class CountedClient:
    """A client whose pipelines are counted: a `SharedPipeline`'s round trips."""

    def __init__(self, client: Redis) -> None:
        self.client = client
        self.round_trips = 0

    def pipeline(self, **options: Any) -> Any:
        self.round_trips += 1
        return self.client.pipeline(**options)

    def register_script(self, script: str) -> Any:
        return self.client.register_script(script)


async def test_one_loop_renews_every_lease_in_one_round_trip_and_finds_a_lost_one(
    scope: tuple[Redis, str],
) -> None:
    """Twelve leases taken at different moments, each held beyond its TTL: one renewal task, one
    round trip a round (a task and a round trip per lease before); the one taken away is found
    and only its holder is cancelled."""
    client, prefix = scope
    counted = CountedClient(client)
    ttl_s = 0.6
    leases = RedisThreadLeases(
        client,
        prefix=prefix,
        ttl_s=ttl_s,
        scripts=SharedPipeline(counted),  # type: ignore[arg-type]
    )
    threads = [f"t{i}" for i in range(12)]
    inside: list[str] = []
    all_in = asyncio.Event()
    release = asyncio.Event()

    async def hold(thread_id: str) -> tuple[object, ...]:
        try:
            async with leases.hold(thread_id, wait=False):
                inside.append(thread_id)
                if len(inside) == len(threads):
                    all_in.set()
                await release.wait()
        except asyncio.CancelledError as exc:
            return exc.args
        return ()

    holders = []
    for thread_id in threads:  # spread over one renewal interval
        holders.append(asyncio.create_task(hold(thread_id)))
        await asyncio.sleep(ttl_s / 3 / len(threads))
    await all_in.wait()
    renewing = [t for t in asyncio.all_tasks() if t.get_name().startswith("lease-")]
    assert [t.get_name() for t in renewing] == ["lease-renewal"]

    before = counted.round_trips
    await asyncio.sleep(ttl_s * 1.5)  # four or five rounds, every lease outliving its TTL
    rounds = counted.round_trips - before
    assert 3 <= rounds <= 6, rounds  # one a round, not one a lease (about 50)
    for thread_id in threads:
        assert await client.exists(f"{prefix}:lease:{thread_id}")

    await client.delete(f"{prefix}:lease:t3")  # taken away (expired during an outage, say)
    assert await holders[3] == (LOST_HOLD,)
    assert not any(holder.done() for i, holder in enumerate(holders) if i != 3)
    release.set()
    assert [await holder for i, holder in enumerate(holders) if i != 3] == [()] * 11
    for thread_id in threads:
        assert not await client.exists(f"{prefix}:lease:{thread_id}")
    await leases.aclose()
