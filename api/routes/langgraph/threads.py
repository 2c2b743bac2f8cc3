"""`/langgraph/threads`: the project's threads as LangGraph's, with their state and history.

A thread belongs to its creator; another user's is a 404, as in `/api/v1`. A thread's LangGraph
`metadata` is kept beside its record (shapes.py). State is read with `GraphExecutor.thread_state`
and the version of the graph that wrote it; `update_state` writes a checkpoint through LangGraph's
`aupdate_state` while holding the thread's lock, so it never interleaves with a run.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Response
from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import IdTaken, NotBuilt
from api.routes.langgraph.schemas import (
    CheckpointQuery,
    HistoryQuery,
    StateUpdate,
    ThreadCreate,
    ThreadPatch,
    ThreadPrune,
    ThreadSearch,
    selected,
)
from api.services import Services, ServicesDep, UserDep
from runtime.errors import InvalidRunInput
from runtime.run_request import new_id
from runtime.runs.threads import ThreadInfo
from runtime.stores.thread_copy import copy_thread

router = APIRouter(prefix="/threads")


def _config(thread_id: str, checkpoint: dict[str, Any] | None = None) -> RunnableConfig:
    configurable: dict[str, Any] = {"thread_id": thread_id, "checkpoint_ns": ""}
    if checkpoint:
        configurable.update(
            {k: v for k, v in checkpoint.items() if k in ("checkpoint_id", "checkpoint_ns") and v}
        )
    return {"configurable": configurable}


async def _compiled(
    services: Services, info: ThreadInfo
) -> tuple[str, CompiledStateGraph[Any, Any, Any, Any]] | None:
    """The graph a thread runs and its compiled version for the thread; None before any run."""
    graph = info.graph or await services.executor.thread_graph(info.thread_id)
    if graph is None or graph not in services.executor.registry.names():
        return None
    return graph, await services.executor.thread_compiled(graph, info.thread_id)


@router.post("", summary="Create a thread")
async def create(body: ThreadCreate, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """With `thread_id`, that id (`if_exists`: `raise` 409, `do_nothing` answers the caller's
    thread); `graph_id` records the graph it will run. `supersteps` are not served (501)."""
    if body.supersteps:
        raise NotBuilt("threads created with supersteps")
    graph = services.executor.registry.get(body.graph_id).name if body.graph_id else None
    thread_id = body.thread_id or new_id()
    existing = await services.threads.find(thread_id)
    if existing is not None:
        if body.if_exists == "do_nothing" and existing.owner == user:
            return await shapes.thread(services, existing)
        raise IdTaken(f"thread id {thread_id} is taken", details={"thread_id": thread_id})
    info = await services.threads.create(thread_id, user, graph=graph)
    await shapes.set_thread_metadata(services, thread_id, dict(body.metadata or {}))
    return await shapes.thread(services, info)


async def _matching(services: Services, user: str, query: ThreadSearch) -> list[dict[str, Any]]:
    listed = await services.threads.owned_by(user)
    found = []
    for info in listed:
        if query.ids is not None and info.thread_id not in query.ids:
            continue
        item = await shapes.thread(services, info)
        if query.status is not None and item["status"] != query.status:
            continue
        if query.metadata and any(item["metadata"].get(k) != v for k, v in query.metadata.items()):
            continue
        if query.values and any(item["values"].get(k) != v for k, v in query.values.items()):
            continue
        found.append(item)
    if query.sort_by is not None:
        key = query.sort_by
        found.sort(key=lambda t: str(t[key]), reverse=query.sort_order != "asc")
    return found  # else newest activity first, as the records list them


@router.post("/search", summary="The caller's threads matching a query")
async def search(body: ThreadSearch, services: ServicesDep, user: UserDep) -> list[Any]:
    """Filtered by `ids`, `status`, `metadata` and `values` (equal top-level entries), newest
    activity first unless `sort_by` says otherwise, then paged by `limit` and `offset`."""
    page = (await _matching(services, user, body))[body.offset : body.offset + body.limit]
    return selected(page, body.select)


@router.post("/count", summary="How many of the caller's threads match a query")
async def count(body: ThreadSearch, services: ServicesDep, user: UserDep) -> int:
    """As `search`, without paging."""
    return len(await _matching(services, user, body))


@router.post("/prune", summary="Prune the caller's threads")
async def prune(body: ThreadPrune, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """`delete`: the threads go, as `DELETE /threads/{id}` does; `keep_latest`: only each
    thread's newest checkpoint stays, where the checkpoint store can prune (501 elsewhere).
    Another user's thread is a 404 and nothing is pruned."""
    infos = [await services.threads.owned(thread_id, user) for thread_id in body.thread_ids]
    if body.strategy == "delete":
        for info in infos:
            await shapes.forget_thread(services, info.thread_id, user)
        return {"pruned_count": len(infos)}
    saver = services.executor.checkpointer
    try:
        await saver.aprune([info.thread_id for info in infos], strategy="keep_latest")
    except NotImplementedError:
        raise NotBuilt(
            "threads prune keep_latest",
            f"the checkpoint store {type(saver).__name__} cannot prune",
        ) from None
    return {"pruned_count": len(infos)}


@router.get("/{thread_id}", summary="A thread")
async def get(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """Its status (`idle`, `busy`, `interrupted`, `error`), values and pending interrupts."""
    return await shapes.thread(services, await services.threads.owned(thread_id, user))


@router.patch("/{thread_id}", summary="Update a thread's metadata")
async def update(
    thread_id: str, body: ThreadPatch, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """The body's `metadata` is merged into the thread's."""
    info = await services.threads.owned(thread_id, user)
    merged = {**await shapes.thread_metadata(services, thread_id), **body.metadata}
    await shapes.set_thread_metadata(services, thread_id, merged)
    await services.threads.touch(thread_id)
    return await shapes.thread(services, info)


@router.delete("/{thread_id}", status_code=204, summary="Delete a thread")
async def delete(thread_id: str, services: ServicesDep, user: UserDep) -> Response:
    """Its checkpoints, record and metadata are gone afterwards."""
    await shapes.forget_thread(services, thread_id, user)
    return Response(status_code=204)


@router.post("/{thread_id}/copy", summary="Copy a thread")
async def copy(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """A new thread of the caller's with the same checkpoints (runtime/stores/thread_copy.py)
    and metadata."""
    info = await services.threads.owned(thread_id, user)
    copied = new_id()
    await copy_thread(services.executor.checkpointer, thread_id, copied)
    new = await services.threads.create(copied, user, graph=info.graph)
    await shapes.set_thread_metadata(
        services, copied, await shapes.thread_metadata(services, thread_id)
    )
    return await shapes.thread(services, new)


@router.get("/{thread_id}/state", summary="A thread's current state")
async def get_state(
    thread_id: str, services: ServicesDep, user: UserDep, subgraphs: bool = False
) -> dict[str, Any]:
    """LangGraph's `ThreadState`: values, next nodes, checkpoint, tasks and interrupts."""
    return await _state(services, user, thread_id, None, subgraphs)


@router.get("/{thread_id}/state/{checkpoint_id}", summary="A thread's state at a checkpoint")
async def get_state_at(
    thread_id: str,
    checkpoint_id: str,
    services: ServicesDep,
    user: UserDep,
    subgraphs: bool = False,
) -> dict[str, Any]:
    """The state as that checkpoint holds it."""
    return await _state(services, user, thread_id, {"checkpoint_id": checkpoint_id}, subgraphs)


@router.post("/{thread_id}/state/checkpoint", summary="A thread's state at a checkpoint")
async def post_state_at(
    thread_id: str, body: CheckpointQuery, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """As `GET .../state/{checkpoint_id}`, with the checkpoint in the body."""
    return await _state(services, user, thread_id, body.checkpoint, body.subgraphs)


async def _state(
    services: Services,
    user: str,
    thread_id: str,
    checkpoint: dict[str, Any] | None,
    subgraphs: bool,
) -> dict[str, Any]:
    info = await services.threads.owned(thread_id, user)
    found = await _compiled(services, info)
    if found is None:
        return shapes.state(None, thread_id)
    _, compiled = found
    snapshot = await compiled.aget_state(_config(thread_id, checkpoint), subgraphs=subgraphs)
    return shapes.state(snapshot, thread_id)


@router.post("/{thread_id}/state", summary="Write a thread's state")
async def update_state(
    thread_id: str, body: StateUpdate, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """LangGraph's `aupdate_state` (`as_node` writes as that node did); 409 while a run holds the
    thread, 422 for a thread no graph has run on yet."""
    info = await services.threads.owned(thread_id, user)
    found = await _compiled(services, info)
    if found is None:
        raise InvalidRunInput(
            f"thread {thread_id} has no graph yet: run an assistant on it before writing its state"
        )
    graph, compiled = found
    config = _config(thread_id, body.checkpoint or {"checkpoint_id": body.checkpoint_id})
    latest = await services.executor.checkpointer.aget_tuple(_config(thread_id))
    # The thread's version stays named (runtime/content/pinning.py reads it from the newest
    # checkpoint), as a run would write it.
    kept = ("graph", "graph_version", "definition_digest")
    metadata = {k: v for k, v in (latest.metadata if latest else {}).items() if k in kept}
    config["metadata"] = {"graph": graph, **metadata}
    async with services.executor.locks.hold(thread_id, wait=False):
        written = await compiled.aupdate_state(config, body.values, as_node=body.as_node)
    await services.threads.touch(thread_id, time.time())
    return {"checkpoint": shapes.checkpoint_of(written, thread_id)}


@router.post("/{thread_id}/history", summary="A thread's checkpoints, newest first")
async def history(
    thread_id: str, body: HistoryQuery, services: ServicesDep, user: UserDep
) -> list[dict[str, Any]]:
    """Each checkpoint as a `ThreadState`; `before` (a checkpoint or its id), `metadata` (equal
    entries) and `checkpoint` (a namespace) narrow it."""
    info = await services.threads.owned(thread_id, user)
    found = await _compiled(services, info)
    if found is None:
        return []
    _, compiled = found
    before = body.before
    before_config = (
        _config(thread_id, {"checkpoint_id": before} if isinstance(before, str) else before)
        if before
        else None
    )
    return [
        shapes.state(snapshot, thread_id)
        async for snapshot in compiled.aget_state_history(
            _config(thread_id, body.checkpoint),
            limit=body.limit,
            before=before_config,
            filter=body.metadata,
        )
    ]


@router.get("/{thread_id}/stream", summary="Join a thread's runs as they come")
async def join_thread_stream(thread_id: str, services: ServicesDep, user: UserDep) -> None:
    """Not served: join each run's stream (`/threads/{id}/runs/{run_id}/stream`)."""
    await services.threads.owned(thread_id, user)
    raise NotBuilt("thread streams", "join each run's stream instead")
