"""The onion pipeline wrapped around every run.

The contract (every line is tested in tests/middleware/test_pipeline.py):

- A middleware wraps the next handler: `__call__(ctx, call_next)` is an async generator that
  yields the run's events. A run is a stream, so a middleware sees, and may transform, drop or add,
  events in flight. The first middleware in the configured list is the outermost.
- Pre phases (code before iterating `call_next(ctx)`) run outer to inner; post phases (code after
  it, or in `finally`) run inner to outer.
- A middleware may short-circuit: yield its own events (or raise) without calling `call_next`.
  The outer middlewares' post phases still run.
- An exception raised inside is seen by every outer middleware (it propagates through their
  `async for`). If a post phase raises while an inner exception propagates, the pipeline raises
  `PostPhaseError` from the original, so the original is never hidden.
- Calling `call_next` twice raises `CallNextTwice`, naming the middleware.
- Context variables set outside the pipeline (request id, user, thread, run) are visible inside,
  since the whole onion runs in the caller's task.
- A middleware that acts only before the run (refuses it or notes something in the context, and
  passes every event through untouched) may say so with `before(ctx)`: the pipeline then awaits
  `before` where the layer's pre phase would run, in the same order, with the same context, its
  exception seen by the outer layers the same way, but keeps no suspended generator of it while
  the run waits (a run parked in a slow node holds one frame less per such layer).
- A middleware that takes no part in some runs (the result cache for a flow it does not cache)
  may say so with `passes(ctx)`: for a run it passes, the pipeline leaves it out of the onion,
  as if it were not configured (it would only have handed the events on).
- Ordering constraints are declared on each middleware (`must_follow`: names that must be outer
  to it, `outermost`) and checked when the pipeline is built; `OrderingError` names the two.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from middleware.errors import CallNextTwice, OrderingError, PostPhaseError
from runtime.events import RunEvent
from runtime.run_request import RunRequest

Handler = Callable[["RunContext"], AsyncIterator[RunEvent]]
"""What a middleware calls next: yields the run's events."""


@dataclass(kw_only=True)
class RunContext:
    """One run as the pipeline sees it."""

    request: RunRequest
    """What to run; a middleware may replace it (`dataclasses.replace`) before calling next."""
    user: str
    request_id: str
    attributes: dict[str, Any] = field(default_factory=dict)
    """Scratch space middlewares share (a rate-limit cost, a cache key, a span)."""

    @property
    def graph(self) -> str:
        """The flow the run executes."""
        return self.request.graph


class Middleware(Protocol):
    """One layer of the onion."""

    name: str
    """Unique in a pipeline; ordering constraints refer to it."""
    must_follow: tuple[str, ...]
    """Names that must come before (outside) this one when both are configured."""
    outermost: bool
    """True if nothing may wrap this one (tracing)."""

    def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Yield the run's events, calling `call_next(ctx)` at most once."""
        ...


class Passing(Protocol):
    """What a middleware that takes no part in some runs adds to `Middleware`."""

    def passes(self, ctx: RunContext) -> bool:
        """True when this run's events would pass untouched, with nothing done around them."""
        ...


class Precheck(Protocol):
    """What a middleware that acts only before the run adds to `Middleware`."""

    async def before(self, ctx: RunContext) -> None:
        """Refuse the run (raise) or note something in `ctx`; the events pass untouched."""
        ...


def check_order(middlewares: Sequence[Middleware]) -> None:
    """Raise `OrderingError` if the configured order breaks a declared constraint."""
    position = {m.name: i for i, m in enumerate(middlewares)}
    if len(position) != len(middlewares):
        names = [m.name for m in middlewares]
        twice = sorted({n for n in names if names.count(n) > 1})
        raise OrderingError(f"middleware configured twice: {', '.join(twice)}")
    for index, middleware in enumerate(middlewares):
        if middleware.outermost and index != 0:
            raise OrderingError(
                f"{middleware.name} must be outermost, but {middlewares[0].name} wraps it"
            )
        for earlier in middleware.must_follow:
            if earlier in position and position[earlier] > index:
                raise OrderingError(
                    f"{earlier} must come before {middleware.name} "
                    f"(configured: {middleware.name} at {index + 1}, {earlier} at {position[earlier] + 1})"
                )


class Pipeline:
    """Middlewares around a handler, composed once and checked when built."""

    def __init__(self, middlewares: Sequence[Middleware], handler: Handler) -> None:
        check_order(middlewares)
        self.middlewares = tuple(middlewares)
        self.handler = handler
        self._prechecks: tuple[Precheck | None, ...] = tuple(
            middleware if callable(getattr(middleware, "before", None)) else None  # type: ignore[misc]
            for middleware in self.middlewares
        )
        self._passing: tuple[Passing | None, ...] = tuple(
            middleware if callable(getattr(middleware, "passes", None)) else None  # type: ignore[misc]
            for middleware in self.middlewares
        )

    @property
    def names(self) -> list[str]:
        """The configured order, outermost first."""
        return [m.name for m in self.middlewares]

    def __call__(self, ctx: RunContext) -> AsyncIterator[RunEvent]:
        """The run's events, through every middleware."""
        return self._layer(0, ctx, {})

    async def aclose(self) -> None:
        """Close what the layers opened (the rate limiter's Redis client), innermost first."""
        for middleware in reversed(self.middlewares):
            close = getattr(middleware, "aclose", None)
            if close is not None:
                await close()

    def _layer(
        self, index: int, ctx: RunContext, raised: dict[int, BaseException]
    ) -> AsyncIterator[RunEvent]:
        # Prechecks from `index` on run first thing in the next layer that wraps the events
        # (or the innermost), so none of them stays suspended as a frame of its own; a layer
        # that passes this run is left out.
        wrapping = index
        while wrapping < len(self.middlewares) and (
            self._prechecks[wrapping] is not None or self._passes(wrapping, ctx)
        ):
            wrapping += 1
        if wrapping == len(self.middlewares):
            return self._innermost(index, wrapping, ctx, raised)
        return self._guarded(index, wrapping, ctx, raised)

    def _passes(self, index: int, ctx: RunContext) -> bool:
        passing = self._passing[index]
        return passing is not None and passing.passes(ctx)

    async def _prechecked(self, first: int, wrapping: int, ctx: RunContext) -> None:
        for index in range(first, wrapping):
            check = self._prechecks[index]
            if check is not None:  # else a layer that passes this run
                await check.before(ctx)

    async def _innermost(
        self, first: int, index: int, ctx: RunContext, raised: dict[int, BaseException]
    ) -> AsyncIterator[RunEvent]:
        stream: AsyncIterator[RunEvent] | None = None
        try:
            await self._prechecked(first, index, ctx)
            stream = self.handler(ctx)
            async for event in stream:
                yield event
        except Exception as exc:
            _let_out(raised, first, index, exc)
            raise
        finally:
            if stream is not None:
                await _close(stream)

    async def _guarded(
        self, first: int, index: int, ctx: RunContext, raised: dict[int, BaseException]
    ) -> AsyncIterator[RunEvent]:
        # `raised` records, per run, what each layer let out: a layer that fails with another
        # error than its inner layer's failed in its post phase, and must not hide that one.
        # The prechecks before `index` let out whatever this layer lets out.
        try:
            await self._prechecked(first, index, ctx)
        except Exception as exc:
            _let_out(raised, first, index - 1, exc)
            raise
        middleware = self.middlewares[index]
        handed: list[AsyncIterator[RunEvent]] = []

        def call_next(inner_ctx: RunContext) -> AsyncIterator[RunEvent]:
            if handed:
                raise CallNextTwice(f"middleware {middleware.name} called call_next twice")
            stream = self._layer(index + 1, inner_ctx, raised)
            handed.append(stream)
            return stream

        layer = middleware(ctx, call_next)
        try:
            async for event in layer:
                yield event
        except Exception as exc:
            inner = raised.get(index + 1)
            if inner is not None and exc is not inner:
                error = PostPhaseError(
                    f"middleware {middleware.name} failed after an inner error: {exc!r}"
                )
                _let_out(raised, first, index, error)
                raise error from inner
            _let_out(raised, first, index, exc)
            raise
        finally:
            # A layer that stopped early (the client went away) has not closed what it was
            # reading; close the inner stream first, then this layer, so every post phase runs,
            # inner to outer, in this task.
            for stream in handed:
                await _close(stream)
            await _close(layer)


def _let_out(raised: dict[int, BaseException], first: int, last: int, exc: BaseException) -> None:
    """Layers `first` to `last` let `exc` out (prechecks pass on what the layer inside lets out)."""
    for index in range(first, last + 1):
        raised[index] = exc


async def _close(stream: AsyncIterator[RunEvent]) -> None:
    close = getattr(stream, "aclose", None)
    if close is not None:
        await close()
