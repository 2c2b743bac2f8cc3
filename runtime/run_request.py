"""A run as callers ask for it and as it ends: `RunRequest` (which graph, which thread, input or a
resume, stream mode, deadline) and `RunResult` (its status and output), and `run_result`, the one
place a result is made of a run's events. The executor (runtime/executor.py) runs requests; the
API, the CLI and the run manager build them.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from runtime.chunks import LangGraphOptions
from runtime.errors import KplError
from runtime.events import RunEvent, StreamMode, closing_events
from runtime.failures import error_from_event

RunStatus = Literal["success", "interrupted", "error", "cancelled", "timeout"]
NO_RESUME: Any = object()


def new_id() -> str:
    """A fresh thread or run id."""
    return uuid.uuid4().hex


@dataclass(frozen=True, kw_only=True)
class RunRequest:
    """One run of a graph on a thread.

    `input` starts the graph afresh; `resume` answers a pending interrupt; neither continues the
    thread from its last checkpoint (after a timeout or a failure), or starts it if it has none.
    """

    graph: str
    thread_id: str = field(default_factory=new_id)
    input: dict[str, Any] | None = None
    resume: Any = NO_RESUME
    stream_mode: StreamMode = "full"
    run_id: str = field(default_factory=new_id)
    timeout_s: float | None = None
    """None: the executor's default deadline."""
    wait_for_thread: bool = False
    """Wait for a busy thread (enqueue) instead of raising `ThreadBusy` (reject)."""
    langgraph: LangGraphOptions | None = None
    """What the LangGraph Platform API asks besides: LangGraph's own chunks, a command's update
    and goto, pauses before or after nodes (runtime/chunks.py)."""

    @property
    def resuming(self) -> bool:
        """True when this run answers an interrupt."""
        return self.resume is not NO_RESUME


@dataclass(frozen=True, kw_only=True)
class RunResult:
    """How a run ended, for callers that do not stream."""

    run_id: str
    thread_id: str
    graph: str
    status: RunStatus
    output: dict[str, Any]
    interrupt: Any = None
    """What the graph asks the learner, when `status` is `interrupted`."""


async def run_result(
    request: RunRequest,
    events: AsyncIterator[RunEvent],
    *,
    watch: Callable[[RunEvent], None] | None = None,
) -> RunResult:
    """How a run ended, from its events (the executor's own or through a pipeline), each shown
    to `watch` first; a failed run raises its `KplError`. The one place a result is made of
    events: `GraphExecutor.invoke` and the CLI's runs."""
    interrupt: Any = None
    # Closed on return: returning mid-iteration must release the thread lock now, not at GC.
    async with closing_events(events) as stream:
        async for event in stream:
            if watch is not None:
                watch(event)
            if event.event == "interrupt":
                interrupt = event.data["value"]
            elif event.event == "error":
                raise error_from_event(event.data)
            elif event.event == "completed":
                return RunResult(
                    run_id=request.run_id,
                    thread_id=request.thread_id,
                    graph=request.graph,
                    status=event.data["status"],
                    output=event.data["output"],
                    interrupt=interrupt,
                )
    raise KplError(f"run {request.run_id} ended without a completed event")
