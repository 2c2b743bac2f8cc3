"""Rate limiting of run starts, per user, with the `limits` library.

Every run a user starts (a resume too: each turn of a role play is a run) costs `cost` hits
(default 1; a flow may weigh more, e.g. exam_generation costs 5 since it is the expensive one)
against a limit in `limits`' notation (`KPL_RATE_LIMIT`, default `60/minute`; a flow may have its
own). Over the limit, the middleware RAISES `RateLimited` before yielding anything (code
`rate_limited`, `details["retry_after"]` in whole seconds, at least 1), which the API frames as a
JSON error with `Retry-After` or as a stream's `error` event.

Storage is a `limits` storage URI (`memory://`, or `redis://...` to share the counts between
workers: `KPL_REDIS_URL` does it unless `KPL_RATE_LIMIT_STORAGE` says otherwise) and the strategy is the sliding window counter: it weights the previous window's
count, so a burst cannot straddle two windows, at a fraction of the moving window's cost (the
moving window's memory storage expires entries by walking every key; measured with
`python -m bench.middleware_overhead`, it alone added about 0.7 ms to a 7 ms run).
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

from middleware.pipeline import Handler, RunContext
from runtime.errors import ConfigError, KplError
from runtime.events import RunEvent
from runtime.redis_connect import redis_options

DEFAULT_LIMIT = "60/minute"


class RateLimited(KplError):
    """The user started too many runs; `details["retry_after"]` says when to try again."""

    code = "rate_limited"
    retriable = True


@dataclass(frozen=True, kw_only=True)
class RateLimitConfig:
    """How many runs a user may start (settings `KPL_RATE_LIMIT*`)."""

    limit: str = DEFAULT_LIMIT
    """The default limit, in `limits` notation (`60/minute`, `1000 per day`, `10/second`)."""
    per_flow: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """A flow's own limit, replacing the default for its runs (counted separately)."""
    costs: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"exam_generation": 5})
    )
    """How many hits one run of a flow costs (default 1)."""
    storage_uri: str = "memory://"
    """Where counts live: `memory://` (one process) or a Redis URI (shared)."""
    key_prefix: str = "kpl:limits"
    """The prefix of the counters' keys in a shared storage."""


def _parse_limit(text: str, setting: str) -> RateLimitItem:
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError(
            f"{setting}={text!r} is not a rate limit; write it like '60/minute' or '1000 per day'"
        ) from exc


class RateLimit:
    """Refuses a run when its user is over the limit (raises `RateLimited`)."""

    name = "rate_limit"
    must_follow: tuple[str, ...] = ("auth",)
    """The principal must be known before it is counted."""
    outermost = False

    def __init__(self, config: RateLimitConfig | None = None) -> None:
        self.config = config or RateLimitConfig()
        self._default = _parse_limit(self.config.limit, "KPL_RATE_LIMIT")
        self._per_flow = {
            flow: _parse_limit(text, f"KPL_RATE_LIMIT_FLOWS[{flow}]")
            for flow, text in self.config.per_flow.items()
        }
        for flow, cost in self.config.costs.items():
            if cost < 1:
                raise ConfigError(f"the rate-limit cost of {flow} is {cost}; make it 1 or more")
        uri = self.config.storage_uri
        # limits.aio needs its async storages, spelt `async+<scheme>://`.
        uri = uri if uri.startswith("async+") else f"async+{uri}"
        # Redis through the `redis` package the project already uses (limits defaults to
        # coredis), configured as the workers' own client (retry after a Redis restart).
        options: dict[str, Any] = (
            {
                "implementation": "redispy",
                "key_prefix": self.config.key_prefix,
                **redis_options(),
            }
            if uri.startswith(("async+redis://", "async+rediss://"))
            else {}
        )
        self._storage = storage_from_string(uri, **options)
        self._limiter = SlidingWindowCounterRateLimiter(self._storage)

    def _item(self, graph: str) -> tuple[RateLimitItem, str]:
        # A flow with its own limit is counted in its own bucket, so it neither eats nor is
        # eaten by the default budget.
        if graph in self._per_flow:
            return self._per_flow[graph], graph
        return self._default, "*"

    async def acquire(self, user: str, graph: str) -> None:
        """Count one run of `graph` by `user`, or raise `RateLimited` when over the limit."""
        item, bucket = self._item(graph)
        cost = self.config.costs.get(graph, 1)
        if await self._limiter.hit(item, user, bucket, cost=cost):
            return
        stats = await self._limiter.get_window_stats(item, user, bucket)
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        raise RateLimited(
            f"too many runs: the limit is {item} per user"
            + (f" for {graph}" if bucket != "*" else "")
            + f" and one {graph} run costs {cost}; try again in {retry_after} s",
            details={"retry_after": retry_after, "limit": str(item), "cost": cost},
        )

    async def aclose(self) -> None:
        """Close the storage's Redis client, if it has one.

        limits (5.x) offers no close; its redis-py bridge keeps the client it made as
        `bridge.storage`. Left open, the client's connection outlived the server's event loop
        (an unclosed transport at the loop's close, which stalled every in-process server with
        Redis for the whole of its stop timeout under warnings-as-errors).
        """
        client = getattr(getattr(self._storage, "bridge", None), "storage", None)
        close = getattr(client, "aclose", None)
        if close is not None:
            await close()

    async def before(self, ctx: RunContext) -> None:
        """Count the run, or refuse it (the pipeline's `Precheck`)."""
        await self.acquire(ctx.user, ctx.graph)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Count the run, then pass its events through untouched."""
        await self.before(ctx)
        async for event in call_next(ctx):
            yield event
