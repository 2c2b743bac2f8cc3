"""LangGraph's key-value `BaseStore` on plain Redis (no modules): thread records beside Redis checkpoints.

Layout under a prefix (`kpl` by default), every name percent-encoded so no namespace or key can
reach another's keys (`("a", "b:c")` and `("a:b", "c")` stay apart):

    {prefix}:{store}:item:<ns>:<key>   hash: value (JSON), created_at, updated_at (ISO 8601, UTC)
    {prefix}:{store}:keys:<ns>         set of the namespace's keys (the per-namespace index)
    {prefix}:{store}:namespace-index   sorted set (all scores 0, so in byte order) of the
                                       namespaces holding at least one item

where `<ns>` is the namespace's labels, each percent-encoded, joined by `/`. The `{store}` hash tag
keeps every key in one Redis Cluster slot, which the scripts below need. A put is one Lua
script, and so is a delete, so a namespace leaves the set exactly when its last item goes; gets,
puts and deletes go through a `SharedPipeline` (runtime/redis_pipelining.py), so concurrent runs'
thread records share round trips, and so do the gets and puts of one batch (a thread record and
its owner's copy: one round trip). Search finds the namespaces under its prefix by a range of the
namespace index (`ZRANGEBYLEX`: a user's own namespace among thousands costs no more than among
ten), then reads all their items: right for thread records, a user's threads and other small
collections, not for large ones. `setup()` moves the index of a store from before it was sorted
(the set `{prefix}:{store}:namespaces`). There is no vector index, so a search with `query`
is refused; TTLs are not supported (LangGraph's `BaseStore` refuses a `ttl` for such stores).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

from langgraph.store.base import (
    BaseStore,
    GetOp,
    Item,
    ListNamespacesOp,
    MatchCondition,
    Op,
    PutOp,
    Result,
    SearchItem,
    SearchOp,
    validate_op_namespace,
)
from redis.asyncio import Redis

from runtime.errors import ConfigError, KplError
from runtime.redis_pipelining import SharedPipeline

_DELETE = """
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
if redis.call('SCARD', KEYS[2]) == 0 then
    redis.call('ZREM', KEYS[3], ARGV[2])
end
return 1
"""
"""Delete one item; drop its namespace from the set when it was the last one (atomically)."""

_PUT = """
redis.call('HSETNX', KEYS[1], 'created_at', ARGV[2])
redis.call('HSET', KEYS[1], 'value', ARGV[1], 'updated_at', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[3])
redis.call('ZADD', KEYS[3], 0, ARGV[4])
return 1
"""

_SORT_INDEX = """
local members = redis.call('SMEMBERS', KEYS[1])
for _, member in ipairs(members) do
    redis.call('ZADD', KEYS[2], 0, member)
end
redis.call('DEL', KEYS[1])
return #members
"""
"""Move the namespaces of the unsorted set of earlier versions into the sorted index (idempotent)."""
"""Write one item (its `created_at` kept), and index it and its namespace (atomically)."""


class StoreQueryUnsupported(KplError):
    """A search asked for semantic (`query`) matching, which needs a vector index."""

    code = "invalid_request"


class RedisStore(BaseStore):
    """A `BaseStore` over a Redis client: get, put, delete, filtered search, namespace listing."""

    def __init__(self, client: Redis, *, prefix: str = "kpl") -> None:
        if not prefix or "{" in prefix or "}" in prefix:
            raise ConfigError(
                f"Redis key prefix {prefix!r}: it must be non-empty and hold no '{{' or '}}', "
                "which would move the hash tag that keeps the store in one cluster slot"
            )
        self.client = client
        self.prefix = prefix
        self._namespaces = f"{prefix}:{{store}}:namespace-index"
        self._unsorted_namespaces = f"{prefix}:{{store}}:namespaces"  # before the sorted index
        self._calls = SharedPipeline(client)  # concurrent runs' gets and puts, together
        self._delete = self._calls.register(_DELETE)
        self._put_item = self._calls.register(_PUT)

    async def setup(self) -> None:
        """Move a store from before the sorted namespace index onto it (once; idempotent)."""
        if await self.client.exists(self._unsorted_namespaces):
            await self.client.eval(_SORT_INDEX, 2, self._unsorted_namespaces, self._namespaces)

    def batch(self, ops: Iterable[Op]) -> list[Result]:
        """Not offered: the store is asynchronous; use `abatch` (or `aget`, `aput`, ...)."""
        raise NotImplementedError(
            "RedisStore is asynchronous: call abatch/aget/aput/adelete/asearch instead"
        )

    async def abatch(self, ops: Iterable[Op]) -> list[Result]:
        """Run `ops` in order; each result sits at its op's position.

        A run of gets and puts is sent together: their calls enter the shared pipeline in order,
        before it sends, so they take one round trip and Redis runs them in order.
        """
        results: list[Result] = []
        pending: list[GetOp | PutOp] = []
        for op in ops:
            validate_op_namespace(op)
            if isinstance(op, GetOp | PutOp):
                pending.append(op)
                continue
            results += await self._get_and_put(pending)
            pending = []
            if isinstance(op, SearchOp):
                results.append(await self._search(op))
            elif isinstance(op, ListNamespacesOp):
                results.append(await self._list_namespaces(op))
            else:
                raise TypeError(f"RedisStore cannot run {type(op).__name__}")
        results += await self._get_and_put(pending)
        return results

    async def _get_and_put(self, ops: Sequence[GetOp | PutOp]) -> list[Result]:
        if len(ops) == 1:
            return [await self._one(ops[0])]
        return list(await asyncio.gather(*(self._one(op) for op in ops)))

    async def _one(self, op: GetOp | PutOp) -> Item | None:
        if isinstance(op, GetOp):
            return await self._get(op.namespace, op.key)
        await self._put(op)
        return None

    def _item_key(self, namespace: str, key: str) -> str:
        return f"{self.prefix}:{{store}}:item:{namespace}:{quote(key, safe='')}"

    def _index_key(self, namespace: str) -> str:
        return f"{self.prefix}:{{store}}:keys:{namespace}"

    async def _get(self, namespace: tuple[str, ...], key: str) -> Item | None:
        item_key = self._item_key(_encode(namespace), key)
        (fields,) = await self._calls.send(
            [("HMGET", item_key, "value", "created_at", "updated_at")]
        )
        return _item(namespace, key, fields)

    async def _put(self, op: PutOp) -> None:
        namespace = _encode(op.namespace)
        item_key = self._item_key(namespace, op.key)
        keys = [item_key, self._index_key(namespace), self._namespaces]
        if op.value is None:
            await self._calls.run(self._delete, keys=keys, args=[op.key, namespace])
            return
        now = datetime.now(UTC).isoformat()
        value = json.dumps(op.value, ensure_ascii=False)
        await self._calls.run(self._put_item, keys=keys, args=[value, now, op.key, namespace])

    async def _all_namespaces(self) -> list[tuple[str, ...]]:
        members: list[Any] = await self.client.zrange(self._namespaces, 0, -1)
        return [_decode(_text(member)) for member in members]

    async def _namespaces_under(self, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The namespaces that are `prefix` or start with it, by two ranges of the index: the
        prefix itself, and what follows it after a `/` (labels are percent-encoded, so a `/` in
        the encoding is always a separator, and `0` is the byte after it)."""
        if not prefix:
            return await self._all_namespaces()
        encoded = _encode(prefix)
        async with self.client.pipeline(transaction=False) as pipe:
            pipe.zrangebylex(self._namespaces, f"[{encoded}", f"[{encoded}")
            pipe.zrangebylex(self._namespaces, f"[{encoded}/", f"({encoded}0")
            itself, below = await pipe.execute()
        return [_decode(_text(member)) for member in [*itself, *below]]

    async def _search(self, op: SearchOp) -> list[SearchItem]:
        if op.query:
            raise StoreQueryUnsupported(
                f"RedisStore has no vector index, so it cannot search by query {op.query!r}; "
                "search with namespace_prefix and filter, or use a store with an index "
                "(AsyncPostgresStore with index=...)"
            )
        namespaces = await self._namespaces_under(op.namespace_prefix)
        async with self.client.pipeline(transaction=False) as pipe:
            for namespace in namespaces:
                pipe.smembers(self._index_key(_encode(namespace)))
            key_sets: list[set[bytes | str]] = await pipe.execute()
        wanted = [
            (namespace, _text(key))
            for namespace, keys in zip(namespaces, key_sets, strict=True)
            for key in keys
        ]
        async with self.client.pipeline(transaction=False) as pipe:
            for namespace, key in wanted:
                pipe.hmget(
                    self._item_key(_encode(namespace), key), ["value", "created_at", "updated_at"]
                )
            rows: list[list[bytes | str | None]] = await pipe.execute()
        found = []
        for (namespace, key), fields in zip(wanted, rows, strict=True):
            item = _item(namespace, key, fields)
            if item is not None and _matches(item.value, op.filter or {}):
                found.append(item)
        found.sort(key=lambda item: (item.namespace, item.key))
        found.sort(key=lambda item: item.updated_at, reverse=True)
        return [
            SearchItem(
                namespace=item.namespace,
                key=item.key,
                value=item.value,
                created_at=item.created_at,
                updated_at=item.updated_at,
            )
            for item in found[op.offset : op.offset + op.limit]
        ]

    async def _list_namespaces(self, op: ListNamespacesOp) -> list[tuple[str, ...]]:
        namespaces = [
            ns
            for ns in await self._all_namespaces()
            if all(_fits(condition, ns) for condition in op.match_conditions or ())
        ]
        if op.max_depth is not None:
            namespaces = [ns[: op.max_depth] for ns in namespaces]
        return sorted(set(namespaces))[op.offset : op.offset + op.limit]


def _encode(namespace: tuple[str, ...]) -> str:
    return "/".join(quote(label, safe="") for label in namespace)


def _decode(encoded: str) -> tuple[str, ...]:
    return tuple(unquote(label) for label in encoded.split("/"))


def _text(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def _item(
    namespace: tuple[str, ...], key: str, fields: Sequence[bytes | str | None]
) -> Item | None:
    value, created_at, updated_at = fields
    if value is None or created_at is None or updated_at is None:
        return None
    return Item(
        value=json.loads(value),
        key=key,
        namespace=namespace,
        created_at=datetime.fromisoformat(_text(created_at)),
        updated_at=datetime.fromisoformat(_text(updated_at)),
    )


def _fits(condition: MatchCondition, namespace: tuple[str, ...]) -> bool:
    """Whether `namespace` starts (prefix) or ends (suffix) with the path; `*` matches any label."""
    path = condition.path
    if len(namespace) < len(path):
        return False
    if condition.match_type == "prefix":
        pairs = zip(namespace, path, strict=False)
    elif condition.match_type == "suffix":
        pairs = zip(reversed(namespace), reversed(path), strict=False)
    else:
        raise ValueError(f"unknown namespace match type {condition.match_type!r}")
    return all(wanted in ("*", label) for label, wanted in pairs)


_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "$eq": lambda value, wanted: value == wanted,
    "$ne": lambda value, wanted: value != wanted,
    "$gt": lambda value, wanted: value is not None and value > wanted,
    "$gte": lambda value, wanted: value is not None and value >= wanted,
    "$lt": lambda value, wanted: value is not None and value < wanted,
    "$lte": lambda value, wanted: value is not None and value <= wanted,
}


def _matches(value: Any, wanted: Any) -> bool:
    """LangGraph's filter semantics: nested equality, or `{"$gt": 3}`-style comparisons."""
    if isinstance(wanted, dict):
        if any(name.startswith("$") for name in wanted):
            for name, operand in wanted.items():
                compare = _COMPARISONS.get(name)
                if compare is None:
                    raise ValueError(
                        f"unknown filter operator {name!r}; use {sorted(_COMPARISONS)}"
                    )
                try:
                    if not compare(value, operand):
                        return False
                except TypeError:
                    return False
            return True
        return isinstance(value, dict) and all(
            _matches(value.get(name), part) for name, part in wanted.items()
        )
    return bool(value == wanted)
