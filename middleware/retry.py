"""Retry of runs that failed retriably before their first event reached the client.

A run is retried when its handler raised a retriable `KplError` (a busy thread, every model
provider down) or its first event is a retriable `error` event, with nothing else sent yet. Once
any event has gone out, a failure is the client's to see: replaying would duplicate what it
already showed. Up to `attempts` tries, sleeping `backoff_s * backoff_factor ** (try - 1)` (at
most `max_backoff_s`) between them; the last failure is passed on as it came.

Preamble events (`started` by default) say a run began but show nothing of its work; they are
held back until the next event, so a run that fails right after starting can still be retried
(the retry sends its own `started`).

Why a handler wrapper, not a middleware: the pipeline forbids calling `call_next` twice, and a
retry must run only the attempt itself again, not the outer middlewares' pre phases (one log line,
one rate-limit charge per request). So it wraps the pipeline's handler, the innermost layer:

    Pipeline(middlewares, RetryingHandler(executor.stream, RetryConfig()))
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import structlog

from middleware.deadline import close
from middleware.pipeline import Handler, RunContext
from runtime.errors import KplError
from runtime.events import RunEvent
from runtime.run_request import RunRequest

log = structlog.get_logger(__name__)


@dataclass(frozen=True, kw_only=True)
class RetryConfig:
    """How often and how patiently a run is retried."""

    attempts: int = 3
    """Tries in all, the first included; 1 turns retrying off."""
    backoff_s: float = 0.2
    """Pause before the second try."""
    backoff_factor: float = 2.0
    """Each further pause is this many times the previous one."""
    max_backoff_s: float = 2.0
    """No pause is longer than this."""
    preamble: frozenset[str] = frozenset({"started"})
    """Events held back until the next one, so a failure right after them is still retriable."""

    def pause(self, attempt: int) -> float:
        """Seconds to wait after failed try number `attempt` (1-based)."""
        return min(self.max_backoff_s, self.backoff_s * self.backoff_factor ** (attempt - 1))


class _Retriable(Exception):
    """An attempt failed in a way that may be retried, before any of its events went out."""

    def __init__(self, code: str) -> None:
        super().__init__(f"retriable failure: {code}")
        self.code = code


class RetryingHandler:
    """A handler that runs the wrapped one again when it failed retriably before any event."""

    def __init__(
        self,
        handler: Callable[[RunRequest], AsyncIterator[RunEvent]] | Handler,
        config: RetryConfig | None = None,
        *,
        takes_request: bool = True,
    ) -> None:
        self.handler = handler
        self.config = config or RetryConfig()
        self.takes_request = takes_request
        """True when `handler` takes a `RunRequest` (`GraphExecutor.stream`), not a context."""

    def _attempt(self, ctx: RunContext) -> AsyncIterator[RunEvent]:
        if self.takes_request:
            return self.handler(ctx.request)  # type: ignore[arg-type]
        return self.handler(ctx)  # type: ignore[arg-type]

    async def __call__(self, ctx: RunContext) -> AsyncIterator[RunEvent]:
        """The run's events, from the first attempt that did not fail retriably up front."""
        attempts = max(1, self.config.attempts)
        for attempt in range(1, attempts + 1):
            events = self._one(ctx, retry=attempt < attempts)
            try:
                async for event in events:
                    yield event
                return
            except _Retriable as failed:
                log.warning(
                    "run failed retriably before its first event, retrying",
                    attempt=attempt,
                    code=failed.code,
                )
                await asyncio.sleep(self.config.pause(attempt))
            finally:
                # Closed now, not at garbage collection: a client that left must free the thread.
                await close(events)
        raise AssertionError("unreachable: the last attempt never raises _Retriable")

    async def _one(self, ctx: RunContext, *, retry: bool) -> AsyncIterator[RunEvent]:
        held: list[RunEvent] = []
        sent = False
        events = self._attempt(ctx)
        try:
            async for event in events:
                if not sent:
                    if event.event in self.config.preamble:
                        held.append(event)
                        continue
                    if retry and event.event == "error" and event.data.get("retriable"):
                        raise _Retriable(str(event.data.get("code")))
                    sent = True
                    for early in held:
                        yield early
                    held.clear()
                yield event
        except KplError as exc:
            if retry and not sent and exc.retriable:
                raise _Retriable(exc.code) from exc
            raise
        finally:
            await close(events)
        for early in held:  # the run ended after its preamble alone
            yield early
