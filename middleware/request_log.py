"""Request logging: one structured line when a run starts through the pipeline, one when it ends.

For the run's duration the request id, user, thread, run and graph are bound into structlog's
context variables, so every line logged inside the run (by the executor, a node, another
middleware) carries them. The end line says how the run ended (`status`), how long it took
(`duration_ms`) and how many events it sent. Neither line ever carries the run's input or resume
value: learners paste their own material, which stays out of logs.

Statuses: the `completed` event's status (`success`, `interrupted`), `error` (an `error` event,
with its `code`), `refused` (a middleware or the handler raised a `KplError` before the run
started, with its `code`), `failed` (any other exception) and `cancelled` (the client left).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import structlog

from middleware.pipeline import Handler, RunContext
from runtime.errors import KplError
from runtime.events import RunEvent
from runtime.log_context import log_context


@dataclass(frozen=True, kw_only=True)
class RequestLogConfig:
    """How runs are logged."""

    logger_name: str = "kpl.run"
    """The structlog logger the start and end lines go to."""


class RequestLog:
    """Binds the run's identifiers for its duration and logs its start and end."""

    name = "request_log"
    must_follow: tuple[str, ...] = ()
    outermost = False

    def __init__(self, config: RequestLogConfig | None = None) -> None:
        self.config = config or RequestLogConfig()
        self.log = structlog.get_logger(self.config.logger_name)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Yield the run's events unchanged, logging around them."""
        request = ctx.request
        started = time.perf_counter()
        events = 0
        ending: dict[str, Any] = {"status": "running"}
        with log_context(
            request_id=ctx.request_id,
            user=ctx.user,
            thread_id=request.thread_id,
            run_id=request.run_id,
            graph=request.graph,
        ):
            self.log.info(
                "run requested",
                resuming=request.resuming,
                stream_mode=request.stream_mode,
            )
            try:
                async for event in call_next(ctx):
                    events += 1
                    if event.event == "completed":
                        ending = {"status": event.data.get("status", "success")}
                    elif event.event == "error":
                        ending = {"status": "error", "code": event.data.get("code")}
                    yield event
                if ending["status"] == "running":
                    ending = {"status": "no_terminal_event"}  # a handler bug: say so
            except KplError as exc:
                ending = {"status": "refused", "code": exc.code}
                raise
            except (GeneratorExit, asyncio.CancelledError):
                if ending["status"] == "running":
                    ending = {"status": "cancelled"}  # the client left before the run ended
                raise
            except Exception as exc:  # logged and re-raised: the API's boundary answers it
                ending = {"status": "failed", "error_type": type(exc).__name__}
                raise
            finally:
                self.log.info(
                    "run finished",
                    **ending,
                    duration_ms=round((time.perf_counter() - started) * 1000, 3),
                    events=events,
                )
