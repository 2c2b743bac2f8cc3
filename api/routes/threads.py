"""`/threads`: create, read and delete threads; their state and checkpoint history."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response
from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel

from api.schemas import Checkpoint, ThreadState, ThreadStatus
from api.services import Services, ServicesDep, UserDep
from runtime.executor import new_id
from runtime.runs.threads import ThreadInfo

router = APIRouter(prefix="/threads", tags=["threads"])


class ThreadCreated(BaseModel):
    """A new thread."""

    thread_id: str
    created_at: float


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}


async def thread_status(services: Services, info: ThreadInfo) -> dict[str, Any]:
    """The thread's record with its run status: idle, running, interrupted or error."""
    run = await services.runs.latest(info.thread_id)
    status = "idle"
    if run is not None and run.status in ("pending", "running"):
        status = "running"
    elif run is not None and run.status in ("error", "timeout"):
        status = "error"
    interrupt = None
    if status == "running":
        graph = info.graph or await services.executor.thread_graph(info.thread_id)
    else:
        graph, snapshot = await services.executor.thread_state(info.thread_id, info.graph)
        if snapshot is not None and snapshot.interrupts:
            status = "interrupted"
            interrupt = snapshot.interrupts[0].value
    return {
        **info.public(),
        "graph": graph,
        "status": status,
        "run_id": run.run_id if run else None,
        "interrupt": interrupt,
        "updated_at": run.updated_at if run else info.created_at,
    }


@router.post("", status_code=201, summary="Create a thread", response_model=ThreadCreated)
async def create_thread(services: ServicesDep, user: UserDep) -> ThreadCreated:
    """A new, empty thread owned by the caller."""
    info = await services.threads.create(new_id(), user)
    return ThreadCreated(thread_id=info.thread_id, created_at=info.created_at)


@router.get("/{thread_id}", summary="A thread and its status", response_model=ThreadStatus)
async def get_thread(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """404 `not_found` for an unknown thread or another user's."""
    return await thread_status(services, await services.threads.owned(thread_id, user))


@router.delete("/{thread_id}", status_code=204, summary="Delete a thread and its checkpoints")
async def delete_thread(thread_id: str, services: ServicesDep, user: UserDep) -> Response:
    """Its checkpoints are gone afterwards."""
    await services.threads.delete(thread_id, user)
    return Response(status_code=204)


async def _graph_of(services: Services, info: ThreadInfo) -> str | None:
    graph = info.graph or await services.executor.thread_graph(info.thread_id)
    return graph if graph in services.executor.registry.names() else None


@router.get("/{thread_id}/state", summary="The thread's current state", response_model=ThreadState)
async def get_state(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """`values`, `next`, pending `interrupts` and the `checkpoint_id`."""
    info = await services.threads.owned(thread_id, user)
    _, snapshot = await services.executor.thread_state(thread_id, info.graph)
    if snapshot is None:
        return {"values": {}, "next": [], "interrupts": [], "checkpoint_id": None}
    return {
        "values": snapshot.values,
        "next": list(snapshot.next),
        "interrupts": [{"id": i.id, "value": i.value} for i in snapshot.interrupts],
        "checkpoint_id": (snapshot.config or {}).get("configurable", {}).get("checkpoint_id"),
    }


@router.get(
    "/{thread_id}/history",
    summary="The thread's checkpoints, newest first",
    response_model=list[Checkpoint],
)
async def get_history(
    thread_id: str,
    services: ServicesDep,
    user: UserDep,
    limit: int = Query(default=20, ge=1, le=200),
) -> list[dict[str, Any]]:
    """Each checkpoint's id, step, source, values and next nodes."""
    info = await services.threads.owned(thread_id, user)
    graph = await _graph_of(services, info)
    if graph is None:
        return []
    history = []
    compiled = await services.executor.thread_compiled(graph, thread_id)
    async for snapshot in compiled.aget_state_history(_config(thread_id), limit=limit):
        history.append(
            {
                "checkpoint_id": (snapshot.config or {})
                .get("configurable", {})
                .get("checkpoint_id"),
                "step": (snapshot.metadata or {}).get("step"),
                "source": (snapshot.metadata or {}).get("source"),
                "run_id": (snapshot.metadata or {}).get("run_id"),
                "created_at": snapshot.created_at,
                "values": snapshot.values,
                "next": list(snapshot.next),
            }
        )
    return history
