"""A result cache for exam generation: the same material and blueprint give the cached exam.

The key is a sha256 over the normalised material (Unicode NFC, whitespace collapsed, so a re-pasted
text with other line breaks still hits) or the course id, every other input field (the blueprint,
its id, the flat counts, difficulty, knowledge points, language; fields left `None` are dropped),
and the graph's version (which covers the flow's code and the authored content it reads, so an edited
course or blueprint misses).

On a hit the middleware short-circuits: it yields `started` and then `completed` with the cached
output and `cached: true`, both carrying the request's own (fresh) run id and thread id; the handler
is not called and the thread gets no checkpoint. On a miss the run passes through and its output is
stored when it completes with status `success`. Resumes and runs without input are never cached.
The cache is a bounded LRU with a time to live, in this process, shared by all users (an exam from
the same material and blueprint is not personal). It sits inside the content guard, so a cached
output is masked on the way out like a fresh one.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from middleware.pipeline import Handler, RunContext
from runtime.errors import ConfigError
from runtime.events import RunEvent

MATERIAL = "material"


@dataclass(frozen=True, kw_only=True)
class ResultCacheConfig:
    """Which flows are cached and for how long (settings `KPL_RESULT_CACHE_*`)."""

    graphs: tuple[str, ...] = ("exam_generation",)
    max_entries: int = 256
    ttl_s: float = 3600.0
    graph_version: Callable[[str], str] | None = None
    """The registered version of a graph (e.g. `registry.get(name).version`), part of the key."""


def normalise_material(text: str) -> str:
    """The material as the key sees it: NFC, whitespace runs collapsed, ends stripped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cache_key(graph: str, payload: dict[str, Any], version: str = "") -> str:
    """The cache key of a run of `graph` with input `payload`."""
    fields = {k: v for k, v in payload.items() if v is not None and k != MATERIAL}
    material = payload.get(MATERIAL)
    if isinstance(material, str):
        fields[MATERIAL] = hashlib.sha256(normalise_material(material).encode()).hexdigest()
    body = json.dumps(
        {"graph": graph, "version": version, "input": fields},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


class LruTtl:
    """A bounded least-recently-used map whose entries expire."""

    def __init__(self, max_entries: int, ttl_s: float) -> None:
        self.max_entries = max_entries
        self.ttl_s = ttl_s
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()

    def get(self, key: str) -> Any | None:
        """The live value under `key`, or None (an expired one is dropped)."""
        item = self._items.get(key)
        if item is None:
            return None
        expires, value = item
        if time.monotonic() >= expires:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return value

    def put(self, key: str, value: Any) -> None:
        """Store `value`, evicting the least recently used entry when full."""
        self._items[key] = (time.monotonic() + self.ttl_s, value)
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class ResultCache:
    """Answers a repeated exam generation from the cache (short-circuit)."""

    name = "result_cache"
    must_follow: tuple[str, ...] = ("rate_limit", "validation", "content_guard", "metrics")
    """A cached answer is still a counted, checked and measured run."""
    outermost = False

    def __init__(self, config: ResultCacheConfig | None = None) -> None:
        self.config = config or ResultCacheConfig()
        if self.config.max_entries < 1 or self.config.ttl_s <= 0:
            raise ConfigError(
                "the result cache needs max_entries >= 1 and ttl_s > 0; "
                "leave the middleware out to disable caching"
            )
        self.entries = LruTtl(self.config.max_entries, self.config.ttl_s)

    def passes(self, ctx: RunContext) -> bool:
        """True when the run is not cacheable: the pipeline leaves this layer out of it."""
        request = ctx.request
        return ctx.graph not in self.config.graphs or request.resuming or request.input is None

    def key_for(self, ctx: RunContext) -> str | None:
        """The request's cache key, or None when it is not cacheable."""
        if self.passes(ctx):
            return None
        request = ctx.request
        assert request.input is not None  # passes() said so
        version = self.config.graph_version(ctx.graph) if self.config.graph_version else ""
        return cache_key(ctx.graph, request.input, version)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Answer from the cache, or run and remember a successful output."""
        key = self.key_for(ctx)
        if key is None:
            async for event in call_next(ctx):
                yield event
            return
        ctx.attributes["cache_key"] = key
        cached = self.entries.get(key)
        if cached is not None:
            ctx.attributes["cache_hit"] = True
            request = ctx.request
            base = {"run_id": request.run_id, "thread_id": request.thread_id}
            yield RunEvent(
                "started",
                {
                    **base,
                    "graph": ctx.graph,
                    "stream_mode": request.stream_mode,
                    "resumed": False,
                    "cached": True,
                },
            )
            yield RunEvent(
                "completed",
                {**base, "status": "success", "output": copy.deepcopy(cached), "cached": True},
            )
            return
        ctx.attributes["cache_hit"] = False
        async for event in call_next(ctx):
            if event.event == "completed" and event.data.get("status") == "success":
                self.entries.put(key, copy.deepcopy(event.data.get("output")))
            yield event
