"""The LangGraph Platform API's resources as JSON: assistants, threads, runs, thread states.

Shapes follow `langgraph_sdk.schema` (`Assistant`, `Thread`, `ThreadState`, `Run`). What this
server keeps maps onto them so:

- an assistant is a registered graph (built-in flows and `KPL_GRAPHS`): `assistant_id` is the
  graph's name; the deterministic UUID `uuid5(NAMESPACE_URL, name)` names it too;
- a thread is the project's thread record (runtime/runs/threads.py); the LangGraph `metadata` a
  client gives it is kept beside it in LangGraph's store (`THREAD_METADATA`);
- a run is the run manager's record; statuses `running` and `pending` are LangGraph's, a
  `cancelled` run is `interrupted` (LangGraph's cancel action of that name), `timeout` stays.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from langgraph.types import StateSnapshot

from api.schemas import iso_utc
from api.services import Services
from runtime.chunks import plain
from runtime.executor import GraphExecutor
from runtime.runs.manager import Run
from runtime.runs.threads import ThreadInfo

THREAD_METADATA = ("kpl", "langgraph", "thread_metadata")
"""Store namespace of each thread's LangGraph metadata (key: the thread id)."""

ThreadStatus = Literal["idle", "busy", "interrupted", "error"]

RUN_STATUS = {
    "pending": "pending",
    "running": "running",
    "success": "success",
    "interrupted": "interrupted",
    "error": "error",
    "cancelled": "interrupted",
    "timeout": "timeout",
}


def assistant_uuid(graph: str) -> str:
    """The deterministic UUID that also names a graph's assistant."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kpl:assistant:{graph}"))


def graph_of_assistant(executor: GraphExecutor, assistant_id: str) -> str:
    """The graph an assistant id names (its name or its UUID); `not_found` for none."""
    names = executor.registry.names()
    if assistant_id in names:
        return assistant_id
    for name in names:
        if assistant_uuid(name) == assistant_id:
            return name
    return executor.registry.get(assistant_id).name  # raises the registry's not_found


def assistant(executor: GraphExecutor, graph: str) -> dict[str, Any]:
    """A graph as LangGraph's `Assistant`."""
    registered = executor.registry.get(graph)
    epoch = iso_utc(0.0)  # assistants are the registered graphs: they have no creation time
    return {
        "assistant_id": registered.name,
        "graph_id": registered.name,
        "config": {},
        "context": {},
        "metadata": {
            "created_by": "system",
            "uuid": assistant_uuid(registered.name),
            "version": registered.version,
            "source": registered.source,
        },
        "version": 1,
        "name": registered.name,
        "description": registered.description,
        "created_at": epoch,
        "updated_at": epoch,
    }


async def thread_metadata(services: Services, thread_id: str) -> dict[str, Any]:
    """The LangGraph metadata a client gave the thread."""
    item = await services.threads.store.aget(THREAD_METADATA, thread_id)
    return dict(item.value.get("metadata") or {}) if item is not None else {}


async def set_thread_metadata(services: Services, thread_id: str, metadata: dict[str, Any]) -> None:
    """Replace the thread's LangGraph metadata."""
    await services.threads.store.aput(THREAD_METADATA, thread_id, {"metadata": metadata})


async def forget_thread(services: Services, thread_id: str, user: str) -> None:
    """Delete the caller's thread: its checkpoints, its record and its LangGraph metadata."""
    await services.threads.delete(thread_id, user)
    await services.threads.store.adelete(THREAD_METADATA, thread_id)


async def thread(
    services: Services, info: ThreadInfo, *, with_values: bool = True
) -> dict[str, Any]:
    """A thread as LangGraph's `Thread`: its status, values and pending interrupts."""
    run = await services.runs.latest(info.thread_id)
    _, snapshot = await services.executor.thread_state(info.thread_id, info.graph)
    status: ThreadStatus = "idle"
    interrupts: dict[str, list[dict[str, Any]]] = {}
    if run is not None and not run.ended:
        status = "busy"
    elif run is not None and run.status in ("error", "timeout"):
        status = "error"
    if snapshot is not None:
        for task in snapshot.tasks:
            if task.interrupts:
                interrupts[task.id] = [plain(i) for i in task.interrupts]
        if status != "busy" and (interrupts or snapshot.next):
            status = "interrupted"
    metadata = await thread_metadata(services, info.thread_id)
    if info.graph is not None:
        metadata.setdefault("graph_id", info.graph)
        metadata.setdefault("assistant_id", info.graph)
    values = plain(snapshot.values) if snapshot is not None and with_values else {}
    return {
        "thread_id": info.thread_id,
        "created_at": iso_utc(info.created_at),
        "updated_at": iso_utc(max(info.updated_at, run.updated_at if run else 0.0)),
        "metadata": metadata,
        "status": status,
        "values": values,
        "interrupts": interrupts,
        "config": {},
        "error": run.error if run is not None and status == "error" else None,
    }


def checkpoint_of(config: Any, thread_id: str) -> dict[str, Any] | None:
    """The checkpoint a LangGraph config names, as the API's `Checkpoint`; None for none."""
    configurable = (config or {}).get("configurable") or {}
    if not configurable.get("checkpoint_id"):
        return None
    return {
        "thread_id": configurable.get("thread_id", thread_id),
        "checkpoint_ns": configurable.get("checkpoint_ns", ""),
        "checkpoint_id": configurable["checkpoint_id"],
        "checkpoint_map": configurable.get("checkpoint_map"),
    }


def state(snapshot: StateSnapshot | None, thread_id: str) -> dict[str, Any]:
    """A state snapshot as LangGraph's `ThreadState`."""
    if snapshot is None:
        return {
            "values": {},
            "next": [],
            "checkpoint": {
                "thread_id": thread_id,
                "checkpoint_ns": "",
                "checkpoint_id": None,
                "checkpoint_map": None,
            },
            "metadata": {},
            "created_at": None,
            "parent_checkpoint": None,
            "tasks": [],
            "interrupts": [],
        }
    tasks = []
    for task in snapshot.tasks:
        nested = task.state
        tasks.append(
            {
                "id": task.id,
                "name": task.name,
                "path": plain(task.path),
                "error": str(task.error) if task.error is not None else None,
                "interrupts": [plain(i) for i in task.interrupts],
                "checkpoint": checkpoint_of(nested, thread_id)
                if isinstance(nested, dict)
                else None,
                "state": state(nested, thread_id) if isinstance(nested, StateSnapshot) else None,
                "result": plain(task.result),
            }
        )
    return {
        "values": plain(snapshot.values),
        "next": list(snapshot.next),
        "checkpoint": checkpoint_of(snapshot.config, thread_id),
        "metadata": plain(snapshot.metadata or {}),
        "created_at": iso_utc(snapshot.created_at) if snapshot.created_at else None,
        "parent_checkpoint": checkpoint_of(snapshot.parent_config, thread_id),
        "tasks": tasks,
        "interrupts": [plain(i) for i in snapshot.interrupts],
    }


def run(found: Run, *, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """A run as LangGraph's `Run`."""
    return {
        "run_id": found.run_id,
        "thread_id": found.thread_id,
        "assistant_id": found.graph,
        "created_at": iso_utc(found.created_at),
        "updated_at": iso_utc(found.updated_at),
        "status": RUN_STATUS.get(found.status, found.status),
        "metadata": metadata or {},
        "multitask_strategy": None,
        "kwargs": {},
    }
