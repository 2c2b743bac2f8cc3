"""The run manager: every run is a background task that publishes its events to the broker.

A connection only subscribes; so a run outlives its connection (`on_disconnect=continue`), can be
joined or resumed from an event id, run in the background, or cancelled from anywhere.

Multitask strategies, when a run is asked for on a thread that is running:
- `reject` (default): `ThreadBusy` at once;
- `enqueue`: the run waits for the thread's lock, then runs;
- `interrupt`: the running run is cancelled first (its last checkpoint is kept).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import structlog

from runtime.broker import EventBroker
from runtime.errors import KplError, ThreadBusy
from runtime.events import EventName, RunEvent
from runtime.executor import GraphExecutor, RunRequest

log = structlog.get_logger(__name__)

MultitaskStrategy = Literal["reject", "enqueue", "interrupt"]
RunState = Literal["pending", "running", "success", "interrupted", "error", "cancelled", "timeout"]
PRUNE_ABOVE = 1_000
"""Ended runs are forgotten (after `retention_s`) once more than this many are recorded."""
ENDED: frozenset[str] = frozenset({"success", "interrupted", "error", "cancelled", "timeout"})


RunStream = Callable[[RunRequest, str, asyncio.Event], AsyncIterator[RunEvent]]
"""How a run's events are produced from its request, its owner and an `admitted` event to set
when the run gets past admission (reaches the executor). The default is the executor's stream; the
API passes its middleware pipeline around it (runtime/ knows nothing of middleware)."""


class RunNotFound(KplError):
    """No run with that id is known to this process."""

    code = "not_found"


@dataclass
class Run:
    """What the manager knows of one run."""

    run_id: str
    thread_id: str
    graph: str
    owner: str
    status: RunState = "pending"
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)
    error: dict[str, Any] | None = None
    refusal: KplError | None = field(default=None, repr=False)
    """Why the run was refused before admission (rate limit, validation); `start` raises it."""
    interrupt: Any = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    def set_status(self, status: RunState) -> None:
        """Move to `status` and stamp the time."""
        self.status = status
        self.updated_at = time.time()

    def public(self) -> dict[str, Any]:
        """The run as the API shows it."""
        return {
            "run_id": self.run_id,
            "thread_id": self.thread_id,
            "graph": self.graph,
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "error": self.error,
        }


class RunManager:
    """Starts runs as tasks, tracks their status, cancels them."""

    def __init__(
        self,
        executor: GraphExecutor,
        broker: EventBroker,
        *,
        retention_s: float = 600.0,
        stream: RunStream | None = None,
    ) -> None:
        self.executor = executor
        self.broker = broker
        self._stream: RunStream = stream or self._executor_stream
        self.retention_s = retention_s
        """How long an ended run's record is kept (status queries, reconnects)."""
        self._runs: dict[str, Run] = {}
        self._latest: dict[str, str] = {}
        """thread id → its newest run id"""

    def get(self, run_id: str) -> Run:
        """The run with that id."""
        try:
            return self._runs[run_id]
        except KeyError:
            raise RunNotFound(f"no run {run_id}") from None

    def latest(self, thread_id: str) -> Run | None:
        """The newest run on the thread, if this process knows one."""
        run_id = self._latest.get(thread_id)
        return self._runs.get(run_id) if run_id else None

    def active(self, thread_id: str) -> Run | None:
        """The thread's run that has not ended, if any."""
        run = self.latest(thread_id)
        return run if run is not None and run.status not in ENDED else None

    async def start(
        self,
        request: RunRequest,
        *,
        owner: str,
        strategy: MultitaskStrategy = "reject",
        after_started: tuple[tuple[EventName, dict[str, Any]], ...] = (),
    ) -> Run:
        """Check the request, apply the multitask strategy, and start the run in the background.

        `after_started` events (the chat endpoint's `route`) are published right after `started`,
        so they get ids and are replayed to reconnecting clients like any other event.
        """
        self.executor.check(request)  # unknown graph, bad input: raised before any run exists
        running = self.active(request.thread_id)
        if running is not None or self.executor.locks.is_held(request.thread_id):
            if strategy == "reject":
                raise ThreadBusy(
                    f"thread {request.thread_id} is running run "
                    f"{running.run_id if running else '(another process)'}; send the message again "
                    "when it ends, or use multitask_strategy enqueue or interrupt",
                    details={"thread_id": request.thread_id},
                )
            if strategy == "interrupt" and running is not None:
                await self.cancel(running.run_id, wait=True)
        previous = self._latest.get(request.thread_id)
        run = await self._register(request, owner)
        admitted = asyncio.Event()
        run.task = asyncio.create_task(
            self._execute(
                run,
                replace(request, wait_for_thread=strategy != "reject"),
                after_started,
                admitted,
            ),
            name=f"run-{run.run_id}",
        )
        # Wait for admission (the middleware's refusals come before it) but not for the thread's
        # lock: an enqueued run returns at once. A refused run is raised and forgotten.
        admission = asyncio.create_task(admitted.wait())
        await asyncio.wait({run.task, admission}, return_when=asyncio.FIRST_COMPLETED)
        admission.cancel()
        if run.refusal is not None:
            self._forget(run, previous)
            raise run.refusal
        return run

    async def answer_without_run(
        self,
        request: RunRequest,
        *,
        owner: str,
        events: tuple[tuple[EventName, dict[str, Any]], ...],
    ) -> Run:
        """Publish a finished exchange that needs no graph (the router asking to clarify).

        It gets a run id and a broker log like any run, so reconnects and joins behave the same.
        """
        run = await self._register(request, owner)
        for name, data in events:
            await self._publish(run, name, data)
        run.set_status("success")
        await self.broker.close(run.run_id)
        return run

    async def _register(self, request: RunRequest, owner: str) -> Run:
        """Record a new run, make it known to the broker, and forget long-ended ones."""
        if len(self._runs) >= PRUNE_ABOVE:
            self._prune()
        run = Run(
            run_id=request.run_id, thread_id=request.thread_id, graph=request.graph, owner=owner
        )
        self._runs[run.run_id] = run
        self._latest[run.thread_id] = run.run_id
        await self.broker.open(run.run_id)
        return run

    def _prune(self) -> None:
        cutoff = time.time() - self.retention_s
        for run_id, run in list(self._runs.items()):
            if run.status in ENDED and run.updated_at < cutoff:
                del self._runs[run_id]
                if self._latest.get(run.thread_id) == run_id:
                    del self._latest[run.thread_id]

    async def _publish(self, run: Run, name: EventName, data: dict[str, Any]) -> None:
        await self.broker.publish(run.run_id, RunEvent(name, {"run_id": run.run_id, **data}))

    async def _executor_stream(
        self, request: RunRequest, owner: str, admitted: asyncio.Event
    ) -> AsyncIterator[RunEvent]:
        admitted.set()
        async for event in self.executor.stream(request):
            yield event

    def _forget(self, run: Run, previous: str | None) -> None:
        self._runs.pop(run.run_id, None)
        if self._latest.get(run.thread_id) == run.run_id:
            if previous is None:
                del self._latest[run.thread_id]
            else:
                self._latest[run.thread_id] = previous

    async def _execute(
        self,
        run: Run,
        request: RunRequest,
        after_started: tuple[tuple[EventName, dict[str, Any]], ...],
        admitted: asyncio.Event,
    ) -> None:
        with structlog.contextvars.bound_contextvars(run_id=run.run_id, thread_id=run.thread_id):
            try:
                async for event in self._stream(request, run.owner, admitted):
                    admitted.set()  # a first event admits the run too (a cached answer)
                    if event.event == "started":
                        run.set_status("running")
                    elif event.event == "interrupt":
                        run.interrupt = event.data["value"]
                    elif event.event == "completed":
                        run.set_status(event.data["status"])
                    elif event.event == "error":
                        run.error = {k: event.data[k] for k in ("code", "message", "retriable")}
                        run.set_status("timeout" if event.data["code"] == "timeout" else "error")
                    await self.broker.publish(run.run_id, event)
                    if event.event == "started":
                        for name, data in after_started:
                            await self._publish(run, name, data)
            except asyncio.CancelledError:
                run.set_status("cancelled")
                await self._publish(
                    run,
                    "completed",
                    {"thread_id": run.thread_id, "status": "cancelled", "output": {}},
                )
                log.info("run cancelled")
            except KplError as exc:
                if not admitted.is_set():  # refused at admission: `start` raises it
                    run.refusal = exc
                    run.set_status("error")
                    return
                # refused after admission (a busy thread seen by the executor's lock)
                run.error = {"code": exc.code, "message": exc.message, "retriable": exc.retriable}
                if exc.details:
                    run.error["details"] = exc.details
                run.set_status("error")
                await self._publish(run, "error", run.error)
            finally:
                await self.broker.close(run.run_id)

    async def cancel(self, run_id: str, *, wait: bool = False) -> Run:
        """Cancel a run that has not ended; with `wait`, return once it has stopped."""
        run = self.get(run_id)
        if run.task is not None and not run.task.done():
            run.task.cancel()
            if wait:
                await asyncio.wait({run.task})
        return run

    def cancel_nowait(self, run_id: str) -> None:
        """Ask a run to stop (from code that cannot wait, such as a closing connection)."""
        run = self._runs.get(run_id)
        if run is not None and run.task is not None and not run.task.done():
            run.task.cancel()

    async def wait(self, run_id: str) -> Run:
        """Return once the run has ended."""
        run = self.get(run_id)
        if run.task is not None:
            await asyncio.wait({run.task})
        return run

    async def shutdown(self) -> None:
        """Cancel every run still going (the process is stopping)."""
        tasks = [r.task for r in self._runs.values() if r.task is not None and not r.task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
