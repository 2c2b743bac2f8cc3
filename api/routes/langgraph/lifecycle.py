"""A run's life on the LangGraph channel: started (with LangGraph's options), streamed, ended.

Every run is the run manager's (runtime/runs/manager.py): admitted and run through the pipeline
(auth, rate limits, validation, content guard, deadline, ...) exactly as `/api/v1`'s, on the same
executor, holding the same thread lock; it only also asks the executor for LangGraph's own chunks
(runtime/chunks.py). So `multitask_strategy` `reject`/`interrupt`/`enqueue`, `on_disconnect`,
joins and cancels behave as on `/api/v1`; `rollback` also deletes what the stopped run wrote,
where the checkpoint store can. `command.resume` answers a pending interrupt (a `material_id` in
it names an uploaded material, as on `/api/v1`); `command.update` and `goto` go into LangGraph's
`Command`. A run's outcome (`wait`, `join`) is its last `values` (with `__interrupt__` when it
paused), or `{"__error__": {"error", "message"}}` when it failed.

Paths in `Location` and `Content-Location` are relative to the API's root (`/threads/...`), as
LangGraph's server writes them and the SDK resolves them against its `url`.
"""

from __future__ import annotations

from typing import Any

from fastapi import Response
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Send

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import CheckpointNotFound, NotBuilt
from api.routes.langgraph.schemas import RunCreate
from api.routes.langgraph.streaming import (
    Parts,
    chunk_modes,
    frames,
    masker,
    requested_modes,
    stream_response,
)
from api.routes.materials import expand_material_id
from api.services import Services
from runtime.chunks import CHUNK_EVENT, LangGraphOptions, plain
from runtime.errors import InvalidRunInput
from runtime.run_request import NO_RESUME, RunRequest, new_id
from runtime.runs.broker import ReplayGap
from runtime.runs.manager import Run, RunNotFound
from runtime.runs.threads import ThreadNotFound


def _goto(goto: Any) -> Any:
    """`Command.goto` as LangGraph takes it: a `{"node", "input"}` is a `Send`."""
    if isinstance(goto, dict):
        return Send(goto["node"], goto.get("input"))
    if isinstance(goto, list):
        return [_goto(item) for item in goto]
    return goto


async def start_run(
    services: Services, user: str, thread_id: str, body: RunCreate
) -> tuple[Run, list[str]]:
    """Start the run the body asks for on the caller's thread; the run and its stream modes."""
    body.check_built()
    if body.multitask_strategy == "rollback":
        can_roll_back(services, "multitask_strategy rollback")
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
    fork = body.fork_from
    if fork is not None:
        configurable = {"thread_id": thread_id, "checkpoint_ns": "", "checkpoint_id": fork}
        if await services.executor.checkpointer.aget_tuple({"configurable": configurable}) is None:
            raise CheckpointNotFound(f"thread {thread_id} has no checkpoint {fork}")
    options = LangGraphOptions(
        checkpoint_id=fork,
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
            await roll_back(services, running.run_id)
        strategy = "interrupt"  # a run that came in meanwhile is stopped, as LangGraph's would be
    run = await services.runs.start(request, owner=user, strategy=strategy)
    await services.threads.set_graph(info, graph)
    return run, modes


def can_roll_back(services: Services, part: str) -> None:
    """`NotBuilt` unless the checkpoint store deletes a run's checkpoints (`adelete_for_runs`:
    the Redis saver here; LangGraph's SQLite and Postgres savers do not)."""
    saver = services.executor.checkpointer
    if type(saver).adelete_for_runs is BaseCheckpointSaver.adelete_for_runs:
        raise NotBuilt(part, f"the checkpoint store {type(saver).__name__} cannot delete a run's")


async def roll_back(services: Services, run_id: str) -> Run:
    """Stop the run and delete the checkpoints it wrote: the thread is as it was before it."""
    run = await services.runs.cancel(run_id, wait=True)
    await services.executor.checkpointer.adelete_for_runs([run_id])
    return run


async def owned_run(services: Services, user: str, thread_id: str, run_id: str) -> Run:
    """The caller's run on the caller's thread; `not_found` otherwise (as on `/api/v1`)."""
    await services.threads.owned(thread_id, user)
    run = await services.runs.get(run_id)
    if run.thread_id != thread_id or run.owner != user:
        raise RunNotFound(f"no run {run_id}")
    return run


def locations(thread_id: str, run_id: str, *, then: str) -> dict[str, str]:
    """`Location` (the run's `then` path: `stream`, `join`) and `Content-Location` (the run)."""
    base = f"/threads/{thread_id}/runs/{run_id}"
    return {"Location": f"{base}/{then}", "Content-Location": base}


def stream_run_parts(
    services: Services,
    run: Run,
    parts: Parts,
    *,
    after: int,
    cancel_on_disconnect: bool,
    resumable: bool,
) -> Response:
    """The run's parts from event `after` as SSE; a client that goes away mid-run cancels it
    when it asked to (`on_disconnect=cancel`, `cancel_on_disconnect`)."""

    def closed(finished: bool) -> None:
        if not finished and cancel_on_disconnect:
            services.runs.cancel_nowait(run.run_id)

    where = locations(run.thread_id, run.run_id, then="stream")
    return stream_response(
        services,
        frames(services, run.run_id, parts, after=after, on_close=closed),
        location=where["Location"] if resumable else None,
        content_location=where["Content-Location"],
    )


async def outcome(services: Services, run: Run) -> dict[str, Any]:
    """What `wait` and `join` answer: the run's last values (its last `values` chunk, else the
    thread's state once it ended) with `__interrupt__` when it paused, or `__error__`."""
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
            elif event.event == "completed" and event.data.get("cached"):
                # a cached answer ran no graph (middleware/result_cache.py): its output is all
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
