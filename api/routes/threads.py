"""`/threads`: create, list, read and delete threads; their runs, state and checkpoint history.

A thread's `status` (`idle`, `running`, `interrupted`, `error`) is computed from its newest run's
record and its checkpoint, the same way for `GET /threads/{id}`, the list and the chat status. Its
`title` (api/thread_titles.py) comes from its state; its `updated_at` is the last activity its
record holds (runtime/runs/threads.py).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from langchain_core.runnables import RunnableConfig

from api.errors import InvalidParameter, documented_errors
from api.schemas import (
    Checkpoint,
    ThreadCreated,
    ThreadPage,
    ThreadRuns,
    ThreadState,
    ThreadStatus,
    iso_utc,
)
from api.services import Services, ServicesDep, UserDep
from api.thread_titles import thread_title
from runtime.run_request import new_id
from runtime.runs.threads import ThreadInfo, newest_first

router = APIRouter(prefix="/threads", tags=["threads"])

ThreadStatusName = Literal["idle", "running", "interrupted", "error"]


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}


async def thread_status(services: Services, info: ThreadInfo) -> dict[str, Any]:
    """The thread's record with its run status: idle, running, interrupted or error."""
    status, _ = await _observe(services, info, values=False)
    return status


async def _observe(
    services: Services, info: ThreadInfo, *, values: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The thread's status and (with `values`, or when the state is read anyway) its state."""
    run = await services.runs.latest(info.thread_id)
    status: ThreadStatusName = "idle"
    if run is not None and run.status in ("pending", "running"):
        status = "running"
    elif run is not None and run.status in ("error", "timeout"):
        status = "error"
    interrupt = None
    state: dict[str, Any] = {}
    if status == "running" and not values:
        graph = info.graph or await services.executor.thread_graph(info.thread_id)
    else:
        graph, snapshot = await services.executor.thread_state(info.thread_id, info.graph)
        if snapshot is not None:
            state = snapshot.values if isinstance(snapshot.values, dict) else {}
            if status != "running" and snapshot.interrupts:
                status = "interrupted"
                interrupt = snapshot.interrupts[0].value
    seen = {
        **info.public(),
        "graph": graph,
        "status": status,
        "run_id": run.run_id if run else None,
        "interrupt": interrupt,
        # the record's activity, or the newest run's last change if its end is newer
        "updated_at": max(info.updated_at, run.updated_at if run else 0.0),
    }
    return seen, state


@router.post("", status_code=201, summary="Create a thread", response_model=ThreadCreated)
async def create_thread(services: ServicesDep, user: UserDep) -> ThreadCreated:
    """A new, empty thread owned by the caller."""
    info = await services.threads.create(new_id(), user)
    return ThreadCreated(thread_id=info.thread_id, created_at=iso_utc(info.created_at))


@router.get(
    "",
    summary="The caller's threads, newest activity first",
    response_model=ThreadPage,
    responses=documented_errors(422),
)
async def list_threads(
    services: ServicesDep,
    user: UserDep,
    limit: int = Query(default=20, ge=1, le=100),
    cursor: str | None = Query(
        default=None, description="`next_cursor` of the previous page; omit for the first"
    ),
    graph: str | None = Query(default=None, description="only threads that last ran this flow"),
    status: Annotated[ThreadStatusName | None, Query(description="only threads in it")] = None,
) -> dict[str, Any]:
    """Ordered by last activity (a run started or ended), then by id; a cursor names the last
    thread shown, so a page after it has no gap and no repeat while threads are not touched."""
    after = _read_cursor(cursor) if cursor is not None else None
    listed = await services.threads.owned_by(user, graph=graph)
    if after is not None:
        listed = [info for info in listed if newest_first(info) < after]
    items: list[dict[str, Any]] = []
    last: ThreadInfo | None = None
    more = False
    for info in listed:
        seen, state = await _observe(services, info, values=True)
        if status is not None and seen["status"] != status:
            continue
        if len(items) == limit:
            more = True
            break
        items.append(
            {
                "thread_id": info.thread_id,
                "graph": seen["graph"],
                "status": seen["status"],
                "title": thread_title(state, services.executor.context.library),
                "created_at": info.created_at,
                "updated_at": info.updated_at,  # the order's key, as the record holds it
            }
        )
        last = info
    next_cursor = _write_cursor(newest_first(last)) if more and last is not None else None
    return {"items": items, "next_cursor": next_cursor}


def _write_cursor(position: tuple[float, str]) -> str:
    text = json.dumps(list(position), separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _read_cursor(cursor: str) -> tuple[float, str]:
    """The position a cursor names; `InvalidParameter` for one this API did not hand out."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        updated_at, thread_id = json.loads(raw)
        if isinstance(updated_at, int | float) and isinstance(thread_id, str):
            return float(updated_at), thread_id
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError):
        pass
    raise InvalidParameter(
        f"cursor {cursor[:80]!r} is not one this API handed out: pass the `next_cursor` of the "
        "previous page unchanged, or leave cursor out for the first page",
        details={"parameter": "cursor"},
    )


@router.get(
    "/{thread_id}/runs",
    summary="The thread's runs, newest first",
    response_model=ThreadRuns,
)
async def list_runs(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """The runs whose records are held: all that have not ended, and the ended ones for
    `KPL_EVENT_RETENTION_S` after their end. 404 `not_found` for another user's thread."""
    await services.threads.owned(thread_id, user)
    return {
        "items": [
            {
                "run_id": run.run_id,
                "status": run.status,
                "graph": run.graph,
                "created_at": run.created_at,
                "ended_at": run.updated_at if run.ended else None,
            }
            for run in await services.runs.of_thread(thread_id)
        ]
    }


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
