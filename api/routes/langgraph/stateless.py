"""The stateless `/langgraph/runs`: a run on a thread made for it, forgotten when it ends.

LangGraph's default for these is `on_completion=delete`: the thread is deleted once its run
ended (`keep` keeps it). Also: a batch of them, and cancelling many runs at once.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, Literal

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from api.routes.langgraph import shapes
from api.routes.langgraph.lifecycle import (
    can_roll_back,
    outcome,
    owned_run,
    roll_back,
    start_run,
    stream_run_parts,
)
from api.routes.langgraph.runs import BAD_EVENT_ID
from api.routes.langgraph.schemas import CancelMany, RunCreate
from api.routes.langgraph.shapes import forget_thread
from api.routes.langgraph.streaming import STREAM_RESPONSE, Parts, masker
from api.services import Services, ServicesDep, UserDep
from runtime.errors import InvalidRunInput
from runtime.run_request import new_id
from runtime.runs.manager import Run
from runtime.runs.threads import ThreadNotFound

router = APIRouter(prefix="/runs")


@router.post(
    "/stream",
    summary="A run on a new thread, streamed (SSE)",
    responses={**STREAM_RESPONSE, **BAD_EVENT_ID},
)
async def statelessstream_run_parts(
    body: RunCreate, services: ServicesDep, user: UserDep
) -> Response:
    """As a thread's run, on a thread made for it: deleted once the run ends, unless
    `on_completion=keep` (LangGraph's default for stateless runs is `delete`)."""
    run, modes = await start_run(services, user, await _new_thread(services, user, body), body)
    _forget_when_done(services, run, user, body)
    parts = Parts(modes, subgraphs=body.stream_subgraphs, mask=masker(services))
    return stream_run_parts(
        services,
        run,
        parts,
        after=0,
        cancel_on_disconnect=body.on_disconnect == "cancel",
        resumable=body.stream_resumable,
    )


@router.post("/wait", summary="A run on a new thread, waited for")
async def stateless_wait(body: RunCreate, services: ServicesDep, user: UserDep) -> JSONResponse:
    """As a thread's `wait`, on a thread made for it (deleted afterwards unless
    `on_completion=keep`)."""
    run, _ = await start_run(services, user, await _new_thread(services, user, body), body)
    result = await outcome(services, run)
    if body.on_completion != "keep":
        await forget_thread(services, run.thread_id, user)
    return JSONResponse(
        result, headers={"Content-Location": f"/threads/{run.thread_id}/runs/{run.run_id}"}
    )


@router.post("", summary="A run on a new thread, in the background")
async def stateless_create(body: RunCreate, services: ServicesDep, user: UserDep) -> JSONResponse:
    """As a thread's background run, on a thread made for it (deleted once the run ends unless
    `on_completion=keep`)."""
    run, _ = await start_run(services, user, await _new_thread(services, user, body), body)
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


@router.post("/batch", summary="Start many stateless runs in the background")
async def batch(
    body: list[RunCreate], services: ServicesDep, user: UserDep
) -> list[dict[str, Any]]:
    """Each payload as `POST /runs`, in order; the runs as LangGraph's `Run`s. Every payload is
    checked before any run starts (a field not served, an unknown assistant)."""
    for payload in body:
        payload.check_built()
        shapes.graph_of_assistant(services.executor, payload.assistant_id)
    started = []
    for payload in body:
        thread_id = await _new_thread(services, user, payload)
        run, _ = await start_run(services, user, thread_id, payload)
        _forget_when_done(services, run, user, payload)
        started.append(shapes.run(run, metadata=payload.metadata))
    return started


@router.post("/cancel", status_code=204, summary="Cancel many runs")
async def cancel_many(
    body: CancelMany,
    services: ServicesDep,
    user: UserDep,
    action: Literal["interrupt", "rollback"] = "interrupt",
) -> Response:
    """The caller's runs named by `run_ids` (on `thread_id`), or all of the caller's runs in
    `status` (`pending`, `running`, `all`: every run that has not ended), on `thread_id` or on
    every thread; `rollback` also deletes what they wrote where the checkpoint store can."""
    if action == "rollback":
        can_roll_back(services, "cancel action rollback")
    if body.run_ids:
        if body.thread_id is None:
            raise InvalidRunInput("name the thread_id of the run_ids to cancel")
        runs = [await owned_run(services, user, body.thread_id, r) for r in body.run_ids]
    elif body.status is not None:
        threads = (
            [await services.threads.owned(body.thread_id, user)]
            if body.thread_id is not None
            else await services.threads.owned_by(user)
        )
        runs = [
            run
            for info in threads
            for run in await services.runs.of_thread(info.thread_id)
            if not run.ended and body.status in ("all", run.status)
        ]
    else:
        raise InvalidRunInput("name run_ids (with their thread_id) or a status to cancel")
    for run in runs:
        if action == "rollback":
            await roll_back(services, run.run_id)
        else:
            await services.runs.cancel(run.run_id, wait=True)
    return Response(status_code=204)
