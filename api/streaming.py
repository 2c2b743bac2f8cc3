"""Connecting a client to a run: where to start reading, and what a disconnect does.

Both the runs API and the chat endpoint come here, so reconnects behave the same everywhere: a
`Last-Event-ID` (header) or `last_event_id` (query) names the run and the last event seen; the
stream resumes after it, and a finished run with nothing left answers 204 so browsers stop. A
malformed id is a 400, never a reason to start a new run.
"""

from __future__ import annotations

from typing import Literal

from fastapi import Request, Response
from sse_starlette import EventSourceResponse

from api.errors import BadRequest
from api.services import Services
from api.sse import run_frames, sse_response
from runtime.events import StreamMode
from runtime.runs.broker import parse_event_id

OnDisconnect = Literal["continue", "cancel"]


def last_event_id(request: Request) -> tuple[str, int] | None:
    """(run_id, sequence) the client last saw, from the header or the query; None if absent.

    `BadRequest` (400) when one is sent and is not an id this server gave out.
    """
    raw = request.headers.get("last-event-id") or request.query_params.get("last_event_id")
    if not raw:
        return None
    parsed = parse_event_id(raw)
    if parsed is None:
        shown = raw if len(raw) <= 40 else raw[:40] + "..."
        raise BadRequest(
            f"Last-Event-ID {shown!r} is not an event id of this server (<run_id>:<sequence>, "
            "as sent in an event's `id:`); reconnect without it to start afresh",
            details={"length": len(raw)},
        )
    return parsed


def stream_run(
    services: Services,
    run_id: str,
    *,
    after: int = 0,
    mode: StreamMode = "full",
    on_disconnect: OnDisconnect = "continue",
) -> EventSourceResponse:
    """The run's events from `after` as an SSE response."""

    def closed(finished: bool) -> None:
        if not finished and on_disconnect == "cancel":
            services.runs.cancel_nowait(run_id)

    frames = run_frames(
        services.broker,
        run_id,
        after=after,
        mode=mode,
        heartbeat_s=services.settings.heartbeat_s,
        on_close=closed,
    )
    return sse_response(frames, send_timeout_s=services.settings.sse_send_timeout_s)


async def resume_stream(
    services: Services, run_id: str, after: int, *, mode: StreamMode = "full"
) -> Response:
    """Resume a run's stream after an event; 204 when the run ended and nothing is left."""
    last = await services.broker.last_sequence(run_id)
    if last is None or (after >= last and await services.broker.is_closed(run_id)):
        return Response(status_code=204)
    return stream_run(services, run_id, after=after, mode=mode)
