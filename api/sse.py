"""Server-Sent Events framing with sse-starlette, as ../shared/PROTOCOL.md says.

The first frame is `retry: 3000`; every run event carries its broker id; `data` is one line of
UTF-8 JSON; a named `heartbeat` event (no id) follows every `KPL_HEARTBEAT_S` of silence, so browser
code can tell a dead connection from a quiet one. sse-starlette's own comment pings are off.

A run's frames are encoded here to bytes (orjson, byte for byte what sse-starlette's
`ServerSentEvent.encode` writes for them), and the events a broker already holds when one is read
go out in one write: the first event is sent as soon as it is there, the ones published with it
share its write (docs/benchmarks.md: a `send` per frame was a seventh of the server's time).
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
import structlog
from sse_starlette import EventSourceResponse, ServerSentEvent
from sse_starlette.sse import SendTimeoutError
from starlette.types import Receive, Scope, Send

from runtime.chunks import CHUNK_EVENT
from runtime.errors import KplError, error_data
from runtime.events import RunEvent, StreamMode, for_mode
from runtime.runs.broker import EventBroker, HeldEvents, event_id

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


ORJSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
"""As `json.dumps(..., default=str)` writes them: `1` keys as `"1"`, datetimes through `str`."""


def json_bytes(data: Any) -> bytes:
    """One line of UTF-8 JSON, as bytes: orjson, or the standard library for what orjson refuses
    (an integer past 64 bits, a string with a lone surrogate)."""
    try:
        return orjson.dumps(data, default=str, option=ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
        return text.encode("utf-8", "backslashreplace")


def to_json(data: Any) -> str:
    """One line of UTF-8 JSON."""
    return json_bytes(data).decode("utf-8")


def frame(frame_id: str | None, event: RunEvent) -> ServerSentEvent:
    """A run event as an SSE frame."""
    return ServerSentEvent(data=to_json(event.data), event=event.event, id=frame_id)


def frame_bytes(frame_id: str, event: RunEvent) -> bytes:
    """A run event's SSE frame, encoded: what `frame(...).encode()` gives, without its copies.

    Ids (`<run_id>:<sequence>`), event names and one-line JSON hold no line break, so nothing
    needs splitting.
    """
    return b"id: %b\r\nevent: %b\r\ndata: %b\r\n\r\n" % (
        frame_id.encode(),
        event.event.encode(),
        json_bytes(event.data),
    )


def heartbeat() -> ServerSentEvent:
    """The named keep-alive event."""
    return ServerSentEvent(data=to_json({"ts": int(time.time() * 1000)}), event="heartbeat")


def heartbeat_bytes() -> bytes:
    """The named keep-alive event, encoded."""
    return b'event: heartbeat\r\ndata: {"ts":%d}\r\n\r\n' % int(time.time() * 1000)


RETRY_FRAME = b"retry: %d\r\n\r\n" % RETRY_MS


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
    frames: AsyncIterator[ServerSentEvent] | AsyncIterator[bytes], *, send_timeout_s: float
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
) -> AsyncIterator[bytes]:
    """A run's events from the broker as encoded frames, with heartbeats on silence.

    Events the broker already holds when one is read are joined into one chunk (one write to
    the socket); with a broker that cannot say what it holds (`HeldEvents`), each goes alone.
    `on_close` is told whether the run's last event was sent, so that a client's disconnect can
    cancel an unfinished run when it asked for `on_disconnect=cancel`.
    """
    held = broker if isinstance(broker, HeldEvents) else None
    chunk: list[bytes] = []
    if held is not None and held.held_last(run_id) > after:
        chunk.append(RETRY_FRAME)  # an event is there already: `retry` shares its write
    else:
        yield RETRY_FRAME
    finished = ending = False
    try:
        async for item in broker.subscribe(run_id, after=after, idle_s=heartbeat_s):
            if item is None:
                yield heartbeat_bytes()
                continue
            frame_id, event = item
            shown = for_mode(event, mode) if event.event != CHUNK_EVENT else None
            if shown is not None:  # LangGraph's own chunks are the /langgraph channel's
                chunk.append(frame_bytes(frame_id, shown))
            ending = ending or event.event in ("completed", "error")
            if held is not None and _sequence(frame_id) < held.held_last(run_id):
                continue  # the next event is there already: it goes in the same write
            if chunk:
                yield b"".join(chunk)
                chunk.clear()
            finished = ending
    except KplError as exc:  # the response has started: report in the stream, never as a 500
        # Past any real sequence: a reconnect with it finds nothing left and gets 204.
        chunk.append(frame_bytes(event_id(run_id, PAST_THE_END), _error_event(exc, run_id)))
        yield b"".join(chunk)
    finally:
        if on_close is not None:
            on_close(finished)


def _sequence(frame_id: str) -> int:
    return int(frame_id.rpartition(":")[2])


def _error_event(exc: KplError, run_id: str) -> RunEvent:
    return RunEvent("error", error_data(exc, run_id=run_id, retriable=False))


async def error_frames(error: KplError, *, run_id: str) -> AsyncIterator[ServerSentEvent]:
    """A stream holding one `error` event: how the chat endpoint reports problems to browsers."""
    yield ServerSentEvent(retry=RETRY_MS)
    # With its details: e.g. retry_after for rate_limited.
    data = error_data(error, run_id=run_id)
    yield ServerSentEvent(data=to_json(data), event="error", id=f"{run_id}:1")
