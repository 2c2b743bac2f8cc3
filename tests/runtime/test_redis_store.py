"""RedisStore against a real Redis (DB 5): items, escaping, search, namespaces, and LangGraph parity."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from langgraph.store.base import BaseStore, GetOp, InvalidNamespaceError, PutOp
from langgraph.store.memory import InMemoryStore
from redis.asyncio import Redis

from runtime.stores.redis_store import RedisStore, StoreQueryUnsupported
from tests.runtime.conftest import REDIS_STORE


@pytest.fixture
async def client() -> AsyncIterator[Redis]:
    """A client on DB 5."""
    async with Redis.from_url(REDIS_STORE) as redis_client:
        yield redis_client


@pytest.fixture
def store(client: Redis, redis_prefix: str) -> RedisStore:
    """A store under this test's own prefix."""
    return RedisStore(client, prefix=redis_prefix)


async def test_put_get_update_delete(store: RedisStore) -> None:
    assert await store.aget(("kpl", "threads"), "t1") is None
    await store.aput(("kpl", "threads"), "t1", {"owner": "ann", "graph": None})
    first = await store.aget(("kpl", "threads"), "t1")
    assert first is not None
    assert (first.namespace, first.key, first.value) == (
        ("kpl", "threads"),
        "t1",
        {"owner": "ann", "graph": None},
    )
    await store.aput(("kpl", "threads"), "t1", {"owner": "ann", "graph": "chain"})
    second = await store.aget(("kpl", "threads"), "t1")
    assert second is not None
    assert second.value == {"owner": "ann", "graph": "chain"}
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    await store.adelete(("kpl", "threads"), "t1")
    assert await store.aget(("kpl", "threads"), "t1") is None
    await store.adelete(("kpl", "threads"), "t1")  # deleting what is gone is no error


async def test_unicode_values_round_trip(store: RedisStore) -> None:
    value = {"title": "眼镜验光", "scores": [1, 2.5], "nested": {"ok": True}}
    await store.aput(("课程",), "第一章", value)
    item = await store.aget(("课程",), "第一章")
    assert item is not None
    assert item.value == value
    assert await store.alist_namespaces() == [("课程",)]


async def test_namespaces_and_keys_cannot_reach_each_other(store: RedisStore) -> None:
    lookalikes: list[tuple[tuple[str, ...], str]] = [
        (("a", "b:c"), "d"),
        (("a:b", "c"), "d"),
        (("a", "b"), "c:d"),
        (("a", "b"), "c/d"),
        (("a", "b", "c"), "d"),
        (("a/b",), "c"),
        (("a%2Fb",), "c"),
        (("a*",), "k"),
    ]
    for index, (namespace, key) in enumerate(lookalikes):
        await store.aput(namespace, key, {"n": index})
    for index, (namespace, key) in enumerate(lookalikes):
        item = await store.aget(namespace, key)
        assert item is not None
        assert item.value == {"n": index}
    assert sorted(await store.alist_namespaces()) == sorted({ns for ns, _ in lookalikes})
    found = await store.asearch(("a", "b"), limit=100)
    assert sorted((i.namespace, i.key) for i in found) == [
        (("a", "b"), "c/d"),
        (("a", "b"), "c:d"),
        (("a", "b", "c"), "d"),
    ]


async def test_every_key_lives_under_the_prefix(
    store: RedisStore, client: Redis, redis_prefix: str
) -> None:
    await store.aput(("x", "y"), "k", {"v": 1})
    keys = [key.decode() async for key in client.scan_iter(match=f"{redis_prefix}:*")]
    assert sorted(keys) == [
        f"{redis_prefix}:{{store}}:item:x/y:k",
        f"{redis_prefix}:{{store}}:keys:x/y",
        f"{redis_prefix}:{{store}}:namespace-index",
    ]


async def test_search_filters_pages_and_puts_the_latest_first(store: RedisStore) -> None:
    for index in range(6):
        await store.aput(
            ("kpl", "threads"), f"t{index}", {"owner": "ann" if index % 2 else "bob", "n": index}
        )
    await store.aput(("kpl", "other"), "x", {"owner": "ann", "n": 99})
    await store.aput(("elsewhere",), "y", {"owner": "ann", "n": 100})

    annes = await store.asearch(("kpl", "threads"), filter={"owner": "ann"}, limit=10)
    assert [item.key for item in annes] == ["t5", "t3", "t1"]
    assert all(item.score is None for item in annes)
    assert [i.key for i in await store.asearch(("kpl",), filter={"owner": "ann"})] == [
        "x",
        "t5",
        "t3",
        "t1",
    ]
    page = await store.asearch(("kpl", "threads"), limit=2, offset=1)
    assert [item.key for item in page] == ["t4", "t3"]
    assert [i.key for i in await store.asearch((), filter={"n": {"$gte": 5, "$lt": 100}})] == [
        "x",
        "t5",
    ]
    assert [i.key for i in await store.asearch(("kpl", "threads"), filter={"n": {"$ne": 0}})] == [
        "t5",
        "t4",
        "t3",
        "t2",
        "t1",
    ]
    assert await store.asearch(("nothing",)) == []


async def test_a_semantic_query_is_refused_with_a_way_out(store: RedisStore) -> None:
    with pytest.raises(StoreQueryUnsupported) as refused:
        await store.asearch(("kpl",), query="eyewear lessons")
    assert "no vector index" in refused.value.message
    assert "filter" in refused.value.message


async def test_namespaces_list_by_prefix_suffix_depth_and_page(store: RedisStore) -> None:
    for namespace in [("a", "b", "c"), ("a", "b", "d"), ("a", "e"), ("f", "b", "c")]:
        await store.aput(namespace, "k", {"v": 1})
    assert await store.alist_namespaces(prefix=("a",)) == [
        ("a", "b", "c"),
        ("a", "b", "d"),
        ("a", "e"),
    ]
    assert await store.alist_namespaces(suffix=("b", "c")) == [("a", "b", "c"), ("f", "b", "c")]
    assert await store.alist_namespaces(prefix=("*", "b")) == [
        ("a", "b", "c"),
        ("a", "b", "d"),
        ("f", "b", "c"),
    ]
    assert await store.alist_namespaces(max_depth=2) == [("a", "b"), ("a", "e"), ("f", "b")]
    assert await store.alist_namespaces(limit=2, offset=1) == [("a", "b", "d"), ("a", "e")]


async def test_a_namespace_goes_with_its_last_item_even_under_concurrency(
    store: RedisStore,
) -> None:
    keys = [f"k{i}" for i in range(40)]
    await asyncio.gather(*(store.aput(("busy",), key, {"v": key}) for key in keys))
    assert await store.alist_namespaces() == [("busy",)]
    await asyncio.gather(*(store.adelete(("busy",), key) for key in keys[:-1]))
    assert await store.alist_namespaces() == [("busy",)]
    await store.adelete(("busy",), keys[-1])
    assert await store.alist_namespaces() == []
    assert await store.asearch(("busy",)) == []


async def test_a_batch_runs_in_order_and_checks_labels(store: RedisStore) -> None:
    results = await store.abatch(
        [
            PutOp(("ns",), "k", {"v": 1}),
            GetOp(("ns",), "k"),
            PutOp(("ns",), "k", None),
            GetOp(("ns",), "k"),
        ]
    )
    assert results[0] is None
    assert results[1] is not None and results[1].value == {"v": 1}  # type: ignore[union-attr]
    assert results[3] is None
    with pytest.raises(InvalidNamespaceError):
        await store.abatch([GetOp(("a.b",), "k")])


async def test_sync_calls_point_to_the_async_api(store: RedisStore) -> None:
    with pytest.raises(NotImplementedError, match="abatch"):
        store.get(("ns",), "k")


async def test_ttls_are_refused(store: RedisStore) -> None:
    with pytest.raises(NotImplementedError, match="TTL"):
        await store.aput(("ns",), "k", {"v": 1}, ttl=5)


async def _scenario(store: BaseStore) -> dict[str, Any]:
    """The same writes and reads on any store; returns what was read, order-free."""
    for index in range(5):
        await store.aput(
            ("users", f"u{index % 2}", "prefs"), f"k{index}", {"i": index, "even": index % 2 == 0}
        )
    await store.aput(("users", "u0", "prefs"), "k0", {"i": 10, "even": True})
    await store.adelete(("users", "u1", "prefs"), "k3")
    await store.aput(("docs",), "readme", {"lang": "zh", "tags": ["a", "b"], "meta": {"v": 2}})

    def rows(items: list[Any]) -> list[tuple[Any, ...]]:
        return sorted((item.namespace, item.key, repr(item.value)) for item in items)

    return {
        "all": rows(await store.asearch((), limit=100)),
        "users": rows(await store.asearch(("users",), limit=100)),
        "u1": rows(await store.asearch(("users", "u1"), limit=100)),
        "even": rows(await store.asearch(("users",), filter={"even": True}, limit=100)),
        "gt": rows(await store.asearch(("users",), filter={"i": {"$gt": 2}}, limit=100)),
        "nested": rows(await store.asearch((), filter={"meta": {"v": 2}}, limit=100)),
        "list": rows(await store.asearch((), filter={"tags": ["a", "b"]}, limit=100)),
        "namespaces": await store.alist_namespaces(),
        "depth1": await store.alist_namespaces(max_depth=1),
        "suffix": await store.alist_namespaces(suffix=("prefs",)),
        "get": getattr(await store.aget(("users", "u0", "prefs"), "k0"), "value", None),
        "gone": await store.aget(("users", "u1", "prefs"), "k3"),
    }


async def test_reads_what_langgraphs_in_memory_store_reads(store: RedisStore) -> None:
    expected = await _scenario(InMemoryStore())
    assert await _scenario(store) == expected
    assert expected["even"] and expected["gt"] and expected["nested"] and expected["list"]


async def test_a_search_finds_the_namespaces_under_its_prefix_and_no_lookalike(
    store: RedisStore,
) -> None:
    for namespace in [("a",), ("a", "b"), ("a", "b", "c"), ("a-b",), ("a~b",), ("ab",), ("a/b",)]:
        await store.aput(namespace, "k", {"at": "/".join(namespace)})
    found = await store.asearch(("a",), limit=100)
    assert sorted(item.value["at"] for item in found) == ["a", "a/b", "a/b/c"]
    found = await store.asearch(("a", "b"), limit=100)
    assert sorted(item.value["at"] for item in found) == ["a/b", "a/b/c"]
    assert [item.value["at"] for item in await store.asearch(("a/b",))] == ["a/b"]
    assert len(await store.asearch((), limit=100)) == 7


async def test_setup_moves_a_store_from_before_the_sorted_namespace_index(
    store: RedisStore, client: Redis, redis_prefix: str
) -> None:
    await store.aput(("kpl", "threads"), "t1", {"owner": "ann"})
    await store.aput(("kpl", "materials"), "m1", {"owner": "ann"})
    index = f"{redis_prefix}:{{store}}:namespace-index"
    unsorted = f"{redis_prefix}:{{store}}:namespaces"
    # as an earlier version left it: the namespaces in a plain set
    members = await client.zrange(index, 0, -1)
    await client.delete(index)
    await client.sadd(unsorted, *members)

    await store.setup()
    await store.setup()  # idempotent
    assert not await client.exists(unsorted)
    assert [item.key for item in await store.asearch(("kpl", "threads"))] == ["t1"]
    assert await store.alist_namespaces() == [("kpl", "materials"), ("kpl", "threads")]
