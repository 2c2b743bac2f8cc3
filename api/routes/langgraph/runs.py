"""`/langgraph/threads/{id}/runs`: a thread's runs as LangGraph's (lifecycle.py runs them).

Streamed, waited for, or in the background; listed, read, cancelled (`interrupt`, or `rollback`
where the checkpoint store can), joined, and their streams joined again from a `Last-Event-ID`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import NotBuilt
from api.routes.langgraph.lifecycle import (
    can_roll_back,
    outcome,
    owned_run,
    roll_back,
    start_run,
    stream_run_parts,
)
from api.routes.langgraph.schemas import RunCreate
from api.routes.langgraph.streaming import (
    STREAM_RESPONSE,
    Parts,
    end_only,
    masker,
    requested_modes,
    stream_response,
)
from api.services import ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE
from api.streaming import last_event_id

router = APIRouter()
BAD_EVENT_ID: dict[int | str, dict[str, Any]] = {400: EVENT_STREAM_RESPONSE[400]}
"""A malformed `Last-Event-ID` (api/streaming.py)."""
FROM_THE_START = frozenset({"-1", "0"})
"""`Last-Event-ID`s that ask for a run's stream from its first event."""


@router.post(
    "/threads/{thread_id}/runs/stream",
    summary="Start a run and stream it (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def stream_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> Response:
    """Parts in the body's `stream_mode`s; `Location` when `stream_resumable`."""
    run, modes = await start_run(services, user, thread_id, body)
    parts = Parts(modes, subgraphs=body.stream_subgraphs, mask=masker(services))
    return stream_run_parts(
        services,
        run,
        parts,
        after=0,
        cancel_on_disconnect=body.on_disconnect == "cancel",
        resumable=body.stream_resumable,
    )


@router.post("/threads/{thread_id}/runs/wait", summary="Start a run and wait for its end")
async def wait_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> JSONResponse:
    """The run's last values (`__interrupt__` when it paused), or `__error__`."""
    run, _ = await start_run(services, user, thread_id, body)
    return JSONResponse(
        await outcome(services, run),
        headers={"Content-Location": f"/threads/{thread_id}/runs/{run.run_id}"},
    )


@router.post("/threads/{thread_id}/runs", summary="Start a run in the background")
async def create_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> JSONResponse:
    """The run as LangGraph's `Run`; join it, or stream it with `join_stream`."""
    run, _ = await start_run(services, user, thread_id, body)
    return JSONResponse(
        shapes.run(run, metadata=body.metadata),
        headers={"Content-Location": f"/threads/{thread_id}/runs/{run.run_id}"},
    )


@router.get("/threads/{thread_id}/runs", summary="A thread's runs, newest first")
async def list_runs(
    thread_id: str,
    services: ServicesDep,
    user: UserDep,
    limit: int = Query(default=10, ge=1, le=1000),
    offset: int = Query(default=0, ge=0),
    status: str | None = None,
) -> list[dict[str, Any]]:
    """The runs whose records are held (`KPL_EVENT_RETENTION_S` after they end)."""
    await services.threads.owned(thread_id, user)
    listed = [shapes.run(run) for run in await services.runs.of_thread(thread_id)]
    if status:
        listed = [run for run in listed if run["status"] == status]
    return listed[offset : offset + limit]


@router.get("/threads/{thread_id}/runs/{run_id}", summary="A run")
async def get_run(
    thread_id: str, run_id: str, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """Its status: `pending`, `running`, `success`, `interrupted`, `error` or `timeout`."""
    return shapes.run(await owned_run(services, user, thread_id, run_id))


@router.delete("/threads/{thread_id}/runs/{run_id}", summary="Delete a run")
async def delete_run(thread_id: str, run_id: str, services: ServicesDep, user: UserDep) -> None:
    """Not served: run records expire `KPL_EVENT_RETENTION_S` after the run's end."""
    await owned_run(services, user, thread_id, run_id)
    raise NotBuilt("deleting runs", "run records expire by themselves")


@router.post(
    "/threads/{thread_id}/runs/{run_id}/cancel",
    summary="Cancel a run",
    responses={202: {"description": "the cancel is asked for (`wait` false)"}},
)
async def cancel_run(
    thread_id: str,
    run_id: str,
    services: ServicesDep,
    user: UserDep,
    wait: bool = False,
    action: str = "interrupt",
) -> JSONResponse:
    """`action=interrupt` stops the run at its next step, keeping its last checkpoint; with
    `wait`, answers once it stopped. `rollback` also deletes what the run wrote (always waits;
    501 where the checkpoint store cannot)."""
    if action not in ("interrupt", "rollback"):
        raise NotBuilt(f"cancel action {action!r}", "cancel with action interrupt or rollback")
    if action == "rollback":
        can_roll_back(services, "cancel action rollback")
    await owned_run(services, user, thread_id, run_id)
    if action == "rollback":
        return JSONResponse(shapes.run(await roll_back(services, run_id)))
    run = await services.runs.cancel(run_id, wait=wait)
    return JSONResponse(shapes.run(run), status_code=200 if wait else 202)


@router.get("/threads/{thread_id}/runs/{run_id}/join", summary="Wait for a run's end")
async def join_run(
    thread_id: str, run_id: str, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """As `wait`, for a run already started."""
    return await outcome(services, await owned_run(services, user, thread_id, run_id))


@router.get(
    "/threads/{thread_id}/runs/{run_id}/stream",
    summary="Join a run's stream (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def joinstream_run_parts(
    thread_id: str,
    run_id: str,
    request: Request,
    services: ServicesDep,
    user: UserDep,
    stream_mode: Annotated[list[str] | None, Query()] = None,
    cancel_on_disconnect: bool = False,
) -> Response:
    """From the start, or after `Last-Event-ID` (an event id of this run) with no gap and no
    repeat; in the named `stream_mode`s, or every mode the run publishes."""
    run = await owned_run(services, user, thread_id, run_id)
    named = [mode for mode in stream_mode or () if mode]
    modes = requested_modes(named) if named else None
    # The JS SDK joins with `-1` for "from the start" (LangGraph's own ids are sequences).
    from_start = request.headers.get("last-event-id", "").strip() in FROM_THE_START
    seen = None if from_start else last_event_id(request)
    after = seen[1] if seen is not None and seen[0] == run_id else 0
    parts = Parts(modes, mask=masker(services))
    if await services.broker.last_sequence(run_id) is None:  # its events are gone
        return stream_response(services, end_only())
    return stream_run_parts(
        services, run, parts, after=after, cancel_on_disconnect=cancel_on_disconnect, resumable=True
    )
