"""Server-Sent Events framing with sse-starlette, as ../shared/PROTOCOL.md says.

The first frame is `retry: 3000`; every run event carries its broker id; `data` is one line of
UTF-8 JSON; a named `heartbeat` event (no id) follows every `KPL_HEARTBEAT_S` of silence, so browser
code can tell a dead connection from a quiet one. sse-starlette's own comment pings are off.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import structlog
from sse_starlette import EventSourceResponse, ServerSentEvent
from sse_starlette.sse import SendTimeoutError
from starlette.types import Receive, Scope, Send

from runtime.chunks import CHUNK_EVENT
from runtime.errors import KplError, error_data
from runtime.events import RunEvent, StreamMode, for_mode
from runtime.runs.broker import EventBroker, event_id

log = structlog.get_logger(__name__)

EVENTS = (
    "started",
    "route",
    "node_start",
    "token",
    "progress",
    "node_output",
    "subgraph_start",
    "subgraph_node_output",
    "brief",
    "interrupt",
    "completed",
    "error",
    "heartbeat",
)
"""Every event name a stream may carry (../shared/PROTOCOL.md, Events)."""

EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "One event as a browser's EventSource delivers it",
    "required": ["event", "data"],
    "properties": {
        "event": {"type": "string", "enum": list(EVENTS)},
        "data": {
            "type": "string",
            "description": "one line of UTF-8 JSON; every event's but `heartbeat`'s has `run_id`",
            "contentMediaType": "application/json",
        },
        "id": {
            "type": "string",
            "description": "`<run_id>:<sequence>`, to hand back as `Last-Event-ID`",
            "pattern": "^[A-Za-z0-9._-]{1,128}:[0-9]{1,19}$",
        },
        "retry": {"type": "integer", "const": 3000},
    },
}
"""One Server-Sent Event, as OpenAPI 3.2's `itemSchema` of `text/event-stream` describes it."""

EVENT_STREAM_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Server-Sent Events: `retry: 3000`, then the run's events (`started`, "
        "..., `completed` or `error`), each with an `id`, and named `heartbeat`s in silences",
        "content": {"text/event-stream": {"itemSchema": EVENT_SCHEMA}},
    },
    400: {
        "description": "`invalid_request`: a malformed `Last-Event-ID` (header or "
        "`last_event_id` query)",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    },
}
"""OpenAPI `responses` of an endpoint that streams a run."""

RETRY_MS = 3000
PAST_THE_END = 2**62
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def to_json(data: Any) -> str:
    """One line of UTF-8 JSON."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def frame(frame_id: str | None, event: RunEvent) -> ServerSentEvent:
    """A run event as an SSE frame."""
    return ServerSentEvent(data=to_json(event.data), event=event.event, id=frame_id)


def heartbeat() -> ServerSentEvent:
    """The named keep-alive event."""
    return ServerSentEvent(data=to_json({"ts": int(time.time() * 1000)}), event="heartbeat")


class RunStreamResponse(EventSourceResponse):
    """sse-starlette's response, for which a client too slow to take a frame is news, not a fault.

    A frame not taken within `KPL_SSE_SEND_TIMEOUT_S` raises `SendTimeoutError` out of the
    response, which the server would log as an unhandled error with a traceback. The run goes on
    and the client can reconnect with `Last-Event-ID`: one info line says so.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Stream the frames; drop a stalled client quietly."""
        try:
            await super().__call__(scope, receive, send)
        except* SendTimeoutError:
            log.info(
                "dropped a client that stopped reading its stream",
                path=scope.get("path"),
                send_timeout_s=self.send_timeout,
            )


def sse_response(
    frames: AsyncIterator[ServerSentEvent], *, send_timeout_s: float
) -> EventSourceResponse:
    """A streaming response with the protocol's headers; a stalled client is dropped."""
    return RunStreamResponse(
        frames,
        headers=HEADERS,
        ping=0,
        send_timeout=send_timeout_s,
    )


async def run_frames(
    broker: EventBroker,
    run_id: str,
    *,
    after: int = 0,
    mode: StreamMode = "full",
    heartbeat_s: float,
    on_close: Callable[[bool], None] | None = None,
) -> AsyncIterator[ServerSentEvent]:
    """A run's events from the broker as frames, with heartbeats on silence.

    `on_close` is told whether the run's last event was sent, so that a client's disconnect can
    cancel an unfinished run when it asked for `on_disconnect=cancel`.
    """
    yield ServerSentEvent(retry=RETRY_MS)
    finished = False
    try:
        async for item in broker.subscribe(run_id, after=after, idle_s=heartbeat_s):
            if item is None:
                yield heartbeat()
                continue
            frame_id, event = item
            shown = for_mode(event, mode) if event.event != CHUNK_EVENT else None
            if shown is not None:  # LangGraph's own chunks are the /langgraph channel's
                yield frame(frame_id, shown)
            if event.event in ("completed", "error"):
                finished = True
    except KplError as exc:  # the response has started: report in the stream, never as a 500
        yield ServerSentEvent(
            data=to_json(error_data(exc, run_id=run_id, retriable=False)),
            event="error",
            # Past any real sequence: a reconnect with it finds nothing left and gets 204.
            id=event_id(run_id, PAST_THE_END),
        )
    finally:
        if on_close is not None:
            on_close(finished)


async def error_frames(error: KplError, *, run_id: str) -> AsyncIterator[ServerSentEvent]:
    """A stream holding one `error` event: how the chat endpoint reports problems to browsers."""
    yield ServerSentEvent(retry=RETRY_MS)
    # With its details: e.g. retry_after for rate_limited.
    data = error_data(error, run_id=run_id)
    yield ServerSentEvent(data=to_json(data), event="error", id=f"{run_id}:1")
