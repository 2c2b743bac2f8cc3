"""`/langgraph/threads/{id}/runs` and the stateless `/langgraph/runs`: runs as LangGraph's.

Every run is the run manager's (runtime/runs/manager.py): admitted and run through the pipeline
(auth, rate limits, validation, content guard, deadline, ...) exactly as `/api/v1`'s, on the same
executor, holding the same thread lock; it only also asks the executor for LangGraph's own chunks
(runtime/chunks.py). So `multitask_strategy` `reject`/`interrupt`/`enqueue`, `on_disconnect`,
joins and cancels behave as on `/api/v1`. `command.resume` answers a pending interrupt (a
`material_id` in it names an uploaded material, as on `/api/v1`); `command.update` and `goto` go
into LangGraph's `Command`. `wait` and `join` answer the run's last `values` (with
`__interrupt__` when it paused), or `{"__error__": {"error", "message"}}` when it failed.

Paths in `Location` and `Content-Location` are relative to the API's root (`/threads/...`), as
LangGraph's server writes them and the SDK resolves them against its `url`.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Send

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import NotBuilt
from api.routes.langgraph.schemas import Body, RunCreate
from api.routes.langgraph.shapes import forget_thread
from api.routes.langgraph.streaming import (
    STREAM_RESPONSE,
    Parts,
    chunk_modes,
    end_only,
    frames,
    masker,
    requested_modes,
    stream_response,
)
from api.routes.materials import expand_material_id
from api.services import Services, ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE
from api.streaming import last_event_id
from runtime.chunks import CHUNK_EVENT, LangGraphOptions, plain
from runtime.errors import InvalidRunInput
from runtime.executor import NO_RESUME, RunRequest, new_id
from runtime.runs.broker import ReplayGap
from runtime.runs.manager import Run, RunNotFound
from runtime.runs.threads import ThreadNotFound

router = APIRouter()
BAD_EVENT_ID: dict[int | str, dict[str, Any]] = {400: EVENT_STREAM_RESPONSE[400]}
"""A malformed `Last-Event-ID` (api/streaming.py)."""


def _goto(goto: Any) -> Any:
    """`Command.goto` as LangGraph takes it: a `{"node", "input"}` is a `Send`."""
    if isinstance(goto, dict):
        return Send(goto["node"], goto.get("input"))
    if isinstance(goto, list):
        return [_goto(item) for item in goto]
    return goto


async def _start(
    services: Services, user: str, thread_id: str, body: RunCreate
) -> tuple[Run, list[str]]:
    """Start the run the body asks for on the caller's thread; the run and its stream modes."""
    body.check_built()
    if body.multitask_strategy == "rollback":
        _can_roll_back(services, "multitask_strategy rollback")
    modes = requested_modes(body.stream_mode)
    graph = shapes.graph_of_assistant(services.executor, body.assistant_id)
    info = await services.threads.find(thread_id)
    if info is None and body.if_not_exists == "create":
        info = await services.threads.create(thread_id, user, graph=graph)
    if info is None or info.owner != user:
        raise ThreadNotFound(f"no thread {thread_id}")
    command = body.command
    resuming = command is not None and command.resume is not None
    steering = command is not None and (command.update is not None or command.goto is not None)
    if command is not None and not (resuming or steering):
        raise InvalidRunInput(
            "command holds nothing: send resume (the answer to the pending interrupt), "
            "update or goto"
        )
    options = LangGraphOptions(
        modes=chunk_modes(modes),
        update=command.update if command is not None else None,
        goto=_goto(command.goto) if command is not None else None,
        interrupt_before="*"
        if body.interrupt_before == "*"
        else tuple(body.interrupt_before or ()),
        interrupt_after="*" if body.interrupt_after == "*" else tuple(body.interrupt_after or ()),
    )
    request = RunRequest(
        graph=graph,
        thread_id=thread_id,
        input=None if command is not None else await expand_material_id(services, user, body.input),
        resume=(
            await expand_material_id(services, user, command.resume)
            if command is not None and resuming
            else NO_RESUME
        ),
        run_id=new_id(),
        langgraph=options,
    )
    strategy = body.multitask_strategy
    if strategy == "rollback":
        running = await services.runs.active(thread_id)
        if running is not None:
            await _roll_back(services, running.run_id)
        strategy = "interrupt"  # a run that came in meanwhile is stopped, as LangGraph's would be
    run = await services.runs.start(request, owner=user, strategy=strategy)
    await services.threads.set_graph(info, graph)
    return run, modes


def _can_roll_back(services: Services, part: str) -> None:
    """`NotBuilt` unless the checkpoint store deletes a run's checkpoints (`adelete_for_runs`:
    the Redis saver here; LangGraph's SQLite and Postgres savers do not)."""
    saver = services.executor.checkpointer
    if type(saver).adelete_for_runs is BaseCheckpointSaver.adelete_for_runs:
        raise NotBuilt(part, f"the checkpoint store {type(saver).__name__} cannot delete a run's")


async def _roll_back(services: Services, run_id: str) -> Run:
    """Stop the run and delete the checkpoints it wrote: the thread is as it was before it."""
    run = await services.runs.cancel(run_id, wait=True)
    await services.executor.checkpointer.adelete_for_runs([run_id])
    return run


async def _owned_run(services: Services, user: str, thread_id: str, run_id: str) -> Run:
    await services.threads.owned(thread_id, user)
    run = await services.runs.get(run_id)
    if run.thread_id != thread_id or run.owner != user:
        raise RunNotFound(f"no run {run_id}")
    return run


def _locations(thread_id: str, run_id: str, *, then: str) -> dict[str, str]:
    base = f"/threads/{thread_id}/runs/{run_id}"
    return {"Location": f"{base}/{then}", "Content-Location": base}


def _stream(
    services: Services,
    run: Run,
    parts: Parts,
    *,
    after: int,
    cancel_on_disconnect: bool,
    resumable: bool,
) -> Response:
    def closed(finished: bool) -> None:
        if not finished and cancel_on_disconnect:
            services.runs.cancel_nowait(run.run_id)

    where = _locations(run.thread_id, run.run_id, then="stream")
    return stream_response(
        services,
        frames(services, run.run_id, parts, after=after, on_close=closed),
        location=where["Location"] if resumable else None,
        content_location=where["Content-Location"],
    )


async def _outcome(services: Services, run: Run) -> dict[str, Any]:
    """What `wait` and `join` answer: the run's last values (and `__interrupt__`), or
    `__error__`."""
    values: Any = None
    error: dict[str, Any] | None = None
    try:
        async for item in services.broker.subscribe(run.run_id):
            if item is None:
                continue
            event = item[1]
            if event.event == CHUNK_EVENT and event.data["mode"] == "values":
                if not event.data.get("ns"):
                    values = event.data["data"]
            elif event.event == "completed" and values is None:
                values = event.data.get("output") or {}
            elif event.event == "error":
                error = event.data
    except ReplayGap:  # its events are gone: the thread's state is what it left
        pass
    ended = await services.runs.wait(run.run_id)
    if error is not None or ended.status in ("error", "timeout"):
        error = error or ended.error or {}
        return {
            "__error__": {
                "error": error.get("code", ended.status),
                "message": error.get("message", f"the run ended {ended.status}"),
            }
        }
    info = await services.threads.find(run.thread_id)
    _, snapshot = await services.executor.thread_state(run.thread_id, info.graph if info else None)
    if values is None:
        values = plain(snapshot.values) if snapshot is not None else {}
    result = dict(values) if isinstance(values, dict) else {"value": values}
    if snapshot is not None and snapshot.interrupts and "__interrupt__" not in result:
        result["__interrupt__"] = [plain(i) for i in snapshot.interrupts]
    mask = masker(services)
    masked: dict[str, Any] = mask(result) if mask is not None else result
    return masked


@router.post(
    "/threads/{thread_id}/runs/stream",
    summary="Start a run and stream it (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def stream_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> Response:
    """Parts in the body's `stream_mode`s; `Location` when `stream_resumable`."""
    run, modes = await _start(services, user, thread_id, body)
    parts = Parts(modes, subgraphs=body.stream_subgraphs, mask=masker(services))
    return _stream(
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
    run, _ = await _start(services, user, thread_id, body)
    return JSONResponse(
        await _outcome(services, run),
        headers={"Content-Location": f"/threads/{thread_id}/runs/{run.run_id}"},
    )


@router.post("/threads/{thread_id}/runs", summary="Start a run in the background")
async def create_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> JSONResponse:
    """The run as LangGraph's `Run`; join it, or stream it with `join_stream`."""
    run, _ = await _start(services, user, thread_id, body)
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
    return shapes.run(await _owned_run(services, user, thread_id, run_id))


@router.delete("/threads/{thread_id}/runs/{run_id}", summary="Delete a run")
async def delete_run(thread_id: str, run_id: str, services: ServicesDep, user: UserDep) -> None:
    """Not served: run records expire `KPL_EVENT_RETENTION_S` after the run's end."""
    await _owned_run(services, user, thread_id, run_id)
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
        _can_roll_back(services, "cancel action rollback")
    await _owned_run(services, user, thread_id, run_id)
    if action == "rollback":
        return JSONResponse(shapes.run(await _roll_back(services, run_id)))
    run = await services.runs.cancel(run_id, wait=wait)
    return JSONResponse(shapes.run(run), status_code=200 if wait else 202)


@router.get("/threads/{thread_id}/runs/{run_id}/join", summary="Wait for a run's end")
async def join_run(
    thread_id: str, run_id: str, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """As `wait`, for a run already started."""
    return await _outcome(services, await _owned_run(services, user, thread_id, run_id))


@router.get(
    "/threads/{thread_id}/runs/{run_id}/stream",
    summary="Join a run's stream (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def join_stream(
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
    run = await _owned_run(services, user, thread_id, run_id)
    named = [mode for mode in stream_mode or () if mode]
    modes = requested_modes(named) if named else None
    seen = last_event_id(request)
    after = seen[1] if seen is not None and seen[0] == run_id else 0
    parts = Parts(modes, mask=masker(services), values_seen=after > 0)
    if await services.broker.last_sequence(run_id) is None:  # its events are gone
        return stream_response(services, end_only())
    return _stream(
        services, run, parts, after=after, cancel_on_disconnect=cancel_on_disconnect, resumable=True
    )


@router.post(
    "/runs/stream",
    summary="A run on a new thread, streamed (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def stateless_stream(body: RunCreate, services: ServicesDep, user: UserDep) -> Response:
    """As a thread's run, on a thread made for it: deleted once the run ends, unless
    `on_completion=keep` (LangGraph's default for stateless runs is `delete`)."""
    run, modes = await _start(services, user, await _new_thread(services, user, body), body)
    _forget_when_done(services, run, user, body)
    parts = Parts(modes, subgraphs=body.stream_subgraphs, mask=masker(services))
    return _stream(
        services,
        run,
        parts,
        after=0,
        cancel_on_disconnect=body.on_disconnect == "cancel",
        resumable=body.stream_resumable,
    )


@router.post("/runs/wait", summary="A run on a new thread, waited for")
async def stateless_wait(body: RunCreate, services: ServicesDep, user: UserDep) -> JSONResponse:
    """As a thread's `wait`, on a thread made for it (deleted afterwards unless
    `on_completion=keep`)."""
    run, _ = await _start(services, user, await _new_thread(services, user, body), body)
    outcome = await _outcome(services, run)
    if body.on_completion != "keep":
        await forget_thread(services, run.thread_id, user)
    return JSONResponse(
        outcome, headers={"Content-Location": f"/threads/{run.thread_id}/runs/{run.run_id}"}
    )


@router.post("/runs", summary="A run on a new thread, in the background")
async def stateless_create(body: RunCreate, services: ServicesDep, user: UserDep) -> JSONResponse:
    """As a thread's background run, on a thread made for it (deleted once the run ends unless
    `on_completion=keep`)."""
    run, _ = await _start(services, user, await _new_thread(services, user, body), body)
    _forget_when_done(services, run, user, body)
    return JSONResponse(
        shapes.run(run, metadata=body.metadata),
        headers={"Content-Location": f"/threads/{run.thread_id}/runs/{run.run_id}"},
    )


async def _new_thread(services: Services, user: str, body: RunCreate) -> str:
    graph = shapes.graph_of_assistant(services.executor, body.assistant_id)
    return (await services.threads.create(new_id(), user, graph=graph)).thread_id


_FORGETTING: set[asyncio.Task[None]] = set()
"""Stateless runs' threads waiting for their run's end to be deleted (kept referenced)."""


def _forget_when_done(services: Services, run: Run, user: str, body: RunCreate) -> None:
    """Delete a stateless run's thread once the run ends (unless `on_completion=keep`)."""
    if body.on_completion == "keep":
        return

    async def forget() -> None:
        await services.runs.wait(run.run_id)
        with contextlib.suppress(ThreadNotFound):  # the client deleted it first
            await forget_thread(services, run.thread_id, user)

    task = asyncio.create_task(forget(), name=f"forget-thread-{run.thread_id}")
    _FORGETTING.add(task)
    task.add_done_callback(_FORGETTING.discard)


@router.post("/runs/batch", summary="Start many runs")
async def batch(body: list[Body], services: ServicesDep, user: UserDep) -> None:
    """Not served: start each run."""
    raise NotBuilt("runs batch")


@router.post("/runs/cancel", summary="Cancel many runs")
async def cancel_many(body: Body, services: ServicesDep, user: UserDep) -> None:
    """Not served: cancel each run."""
    raise NotBuilt("runs cancel_many", "cancel each run")
