"""The stateless `/langgraph/runs`: a run on a thread made for it, forgotten when it ends.

LangGraph's default for these is `on_completion=delete`: the thread is deleted once its run
ended (`keep` keeps it). Batches and bulk cancels are not served (501).
"""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import NotBuilt
from api.routes.langgraph.lifecycle import outcome, start_run, stream_run_parts
from api.routes.langgraph.runs import BAD_EVENT_ID
from api.routes.langgraph.schemas import Body, RunCreate
from api.routes.langgraph.shapes import forget_thread
from api.routes.langgraph.streaming import STREAM_RESPONSE, Parts, masker
from api.services import Services, ServicesDep, UserDep
from runtime.executor import new_id
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


@router.post("/batch", summary="Start many runs")
async def batch(body: list[Body], services: ServicesDep, user: UserDep) -> None:
    """Not served: start each run."""
    raise NotBuilt("runs batch")


@router.post("/cancel", summary="Cancel many runs")
async def cancel_many(body: Body, services: ServicesDep, user: UserDep) -> None:
    """Not served: cancel each run."""
    raise NotBuilt("runs cancel_many", "cancel each run")
