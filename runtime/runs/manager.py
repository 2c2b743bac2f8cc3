"""The run manager: every run is a background task that publishes its events to the broker.

A connection only subscribes; so a run outlives its connection (`on_disconnect=continue`), can be
joined or resumed from an event id, run in the background, or cancelled from anywhere. Runs' records
live behind `RunRecords` (runtime/runs/records.py): with Redis, every worker sees every run, so a
status query, a join, a strategy or a cancel works on whichever worker the request reaches.

Multitask strategies, when a run is asked for on a thread that is running:
- `reject` (default): `ThreadBusy` at once; `RunRecords.claim` decides it in one atomic step, so
  two requests on two workers at once give one run and one `ThreadBusy`;
- `enqueue`: the run waits for the thread's lock, then runs;
- `interrupt`: the running run is cancelled first, on whichever worker runs it (its last
  checkpoint is kept).

Every run holds the thread's lock while it runs (`ThreadLock`, a Redis lease across workers); the
lock only serializes, the records decide `reject`. A run whose lock is lost mid-run is stopped
and ends with an `error` (code `unavailable`); a run whose worker died is ended by the survivors
with an `error` (code `worker_lost`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import replace
from functools import partial
from typing import Any, Literal

import structlog

from runtime.errors import KplError, ThreadBusy, error_data
from runtime.events import EventName, RunEvent, closing_events
from runtime.executor import GraphExecutor
from runtime.locks import LOST_HOLD
from runtime.log_context import log_context
from runtime.run_request import RunRequest
from runtime.runs.broker import EventBroker, ReplayGap
from runtime.runs.records import ENDED, InMemoryRunRecords, Run, RunRecords, RunState
from runtime.runs.run_endings import LOST_LOCK_ERROR, ThreadActivity, apply_event, unstoppable
from runtime.runs.token_batching import TokenBatcher

log = structlog.get_logger(__name__)

MultitaskStrategy = Literal["reject", "enqueue", "interrupt"]

RunStream = Callable[[RunRequest, str, asyncio.Event], AsyncIterator[RunEvent]]
"""How a run's events are produced from its request, its owner and an `admitted` event to set
when the run gets past admission (reaches the executor). The default is the executor's stream; the
API passes its middleware pipeline around it (runtime/ knows nothing of middleware)."""

__all__ = [
    "ENDED",
    "MultitaskStrategy",
    "Run",
    "RunManager",
    "RunNotFound",
    "RunState",
    "RunStream",
]


class RunNotFound(KplError):
    """No run with that id is known."""

    code = "not_found"


class RunManager:
    """Starts runs as tasks, tracks their status, cancels them, on one worker or many."""

    def __init__(
        self,
        executor: GraphExecutor,
        broker: EventBroker,
        *,
        retention_s: float = 600.0,
        stream: RunStream | None = None,
        records: RunRecords | None = None,
        cancel_resend_s: float = 2.0,
        activity: ThreadActivity | None = None,
        token_flush_s: float = 0.0,
    ) -> None:
        self.executor = executor
        self.broker = broker
        self._stream: RunStream = stream or self._executor_stream
        self.records: RunRecords = records or InMemoryRunRecords(retention_s=retention_s)
        self.cancel_resend_s = cancel_resend_s
        """While waiting for a cancelled run on another worker to end, ask again this often."""
        self.activity = activity
        """Where the end of each run is recorded as its thread's activity (the thread records)."""
        self.token_flush_s = token_flush_s
        """A node's tokens within this interval are published as one event (`TokenBatcher`,
        runtime/runs/token_batching.py); 0 publishes every chunk as it comes."""
        self._local: dict[str, Run] = {}
        """Runs whose task is in this process, until the task ends."""
        self._requests: set[asyncio.Task[None]] = set()
        self._stack = AsyncExitStack()

    async def open(self) -> None:
        """Hear cancel requests and dead workers' runs (the app's lifespan calls this once)."""
        await self._stack.enter_async_context(
            self.records.attach(on_cancel=self._cancel_local, on_lost=self._end_lost)
        )

    async def get(self, run_id: str) -> Run:
        """The run with that id, from any worker."""
        run = self._local.get(run_id) or await self.records.get(run_id)
        if run is None:
            raise RunNotFound(f"no run {run_id}")
        return run

    async def latest(self, thread_id: str) -> Run | None:
        """The newest run on the thread, if its record is held."""
        run = await self.records.latest(thread_id)
        return self._local.get(run.run_id, run) if run is not None else None

    async def of_thread(self, thread_id: str) -> list[Run]:
        """The thread's runs whose records are held (`KPL_EVENT_RETENTION_S` after they end),
        newest first."""
        return [self._local.get(run.run_id, run) for run in await self.records.of_thread(thread_id)]

    async def active(self, thread_id: str) -> Run | None:
        """The thread's run that has not ended, if any."""
        run = await self.latest(thread_id)
        return run if run is not None and not run.ended else None

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
        if strategy == "interrupt":
            running = await self.active(request.thread_id)
            if running is not None:
                await self.cancel(running.run_id, wait=True)
        run = self._new_run(request, owner)
        busy, previous = await self.records.claim(run, exclusive=strategy == "reject")
        if busy is not None:
            raise ThreadBusy(
                f"thread {request.thread_id} is running run {busy.run_id}; send the message "
                "again when it ends, or use multitask_strategy enqueue or interrupt",
                details={"thread_id": request.thread_id},
            )
        self._local[run.run_id] = run
        await self.broker.open(run.run_id)
        admitted = asyncio.Event()
        # The records decided `reject` above; the lock only keeps runs from interleaving, so
        # every run waits for it (a run that just ended may still be letting go of it).
        task = asyncio.create_task(
            self._execute(run, replace(request, wait_for_thread=True), after_started, admitted),
            name=f"run-{run.run_id}",
        )
        run.task = task
        task.add_done_callback(lambda _: self._local.pop(run.run_id, None))
        if run.cancel_requested:
            task.cancel()
        # Wait for admission (the middleware's refusals come before it) but not for the thread's
        # lock: an enqueued run returns at once. A refused run is raised and forgotten.
        admission = asyncio.create_task(admitted.wait())
        await asyncio.wait({task, admission}, return_when=asyncio.FIRST_COMPLETED)
        admission.cancel()
        if run.refusal is not None:
            await self.records.drop(run, previous)
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
        run = self._new_run(request, owner)
        await self.records.claim(run, exclusive=False)
        await self.broker.open(run.run_id)
        for name, data in events:
            await self._publish(run, name, data)
        run.set_status("success")
        await self.records.update(run)
        await self._touch(run)
        await self.broker.close(run.run_id)
        return run

    def _new_run(self, request: RunRequest, owner: str) -> Run:
        return Run(
            run_id=request.run_id,
            thread_id=request.thread_id,
            graph=request.graph,
            owner=owner,
            worker=self.records.worker_id,
        )

    async def _publish(self, run: Run, name: EventName, data: dict[str, Any]) -> None:
        await self.broker.publish(run.run_id, RunEvent(name, {"run_id": run.run_id, **data}))

    async def _executor_stream(
        self, request: RunRequest, owner: str, admitted: asyncio.Event
    ) -> AsyncIterator[RunEvent]:
        admitted.set()
        async for event in self.executor.stream(request):
            yield event

    async def _execute(
        self,
        run: Run,
        request: RunRequest,
        after_started: tuple[tuple[EventName, dict[str, Any]], ...],
        admitted: asyncio.Event,
    ) -> None:
        ending: tuple[RunState, dict[str, Any] | None] | None = None
        """How the run ended, when its own events did not say it: recorded and published last."""
        publisher = TokenBatcher(
            partial(self.broker.publish, run.run_id), interval_s=self.token_flush_s
        )
        with log_context(run_id=run.run_id, thread_id=run.thread_id):
            try:
                # Closed on exit: a cancel landing while publishing still releases the lock now.
                async with closing_events(self._stream(request, run.owner, admitted)) as events:
                    async for event in events:
                        admitted.set()  # a first event admits the run too (a cached answer)
                        if apply_event(run, event) and not await self.records.update(run):
                            log.warning("run ended elsewhere (its worker was declared lost)")
                            publisher.discard()  # its stream ended with the other's `error`
                            return
                        await publisher.publish(event)
                        if event.event == "started":
                            for name, data in after_started:
                                await self._publish(run, name, data)
            except asyncio.CancelledError as exc:
                if LOST_HOLD in exc.args:
                    log.warning("run stopped: its thread lock was lost")
                    ending = ("error", dict(LOST_LOCK_ERROR))
                else:
                    log.info("run cancelled")
                    ending = ("cancelled", None)
            except KplError as exc:
                if not admitted.is_set():  # refused at admission: `start` raises it
                    run.refusal = exc
                    run.set_status("error")
                    return
                # refused after admission (a busy thread seen by the executor's lock)
                ending = ("error", error_data(exc))
            except Exception:  # the manager's own boundary: the records or the broker failed
                log.exception("run failed outside its graph")
                ending = (
                    "error",
                    {"code": "internal", "message": "the run failed", "retriable": True},
                )
            finally:
                # A second cancel (shutdown, a lost lease) must not leave the record running
                # or the stream open: the end is written to the end.
                await unstoppable(self._finish(run, ending, publisher))

    async def _finish(
        self,
        run: Run,
        ending: tuple[RunState, dict[str, Any] | None] | None,
        publisher: TokenBatcher,
    ) -> None:
        """Publish the tokens still held, record and publish how the run ended (if its events
        did not), then close its stream."""
        try:
            await publisher.close()
        except Exception:  # the broker is down: the end below is tried all the same
            log.exception("could not publish the run's last tokens")
        if ending is not None:
            status, error = ending
            run.error = error
            run.set_status(status)
            try:
                if await self.records.update(run):  # else it ended elsewhere, stream and all
                    if error is None:
                        data = {"thread_id": run.thread_id, "status": status, "output": {}}
                        await self._publish(run, "completed", data)
                    else:
                        await self._publish(run, "error", error)
            except Exception:  # the store or the broker is down: its TTLs and the reaper remain
                log.exception("could not record the end of the run")
        if run.refusal is None:  # a refused run never happened on its thread
            await self._touch(run)  # before the close: a client that saw the end sees it listed
        await self._close(run.run_id)

    async def _touch(self, run: Run) -> None:
        """Record the run's end as its thread's last activity."""
        if self.activity is None:
            return
        try:
            await self.activity.touch(run.thread_id, run.updated_at)
        except Exception:  # the thread store is down: the run itself ended well; only the
            log.exception("could not record the thread's activity")  # list's order lags

    async def _close(self, run_id: str) -> None:
        try:
            await self.broker.close(run_id)
        except Exception:  # as in _finish: the broker's expiry of unclosed runs remains
            log.exception("could not close the run's stream")

    async def _end_lost(self, runs: list[Run]) -> None:
        """Finish the streams of runs whose worker died (their records already say so)."""
        for run in runs:
            with log_context(run_id=run.run_id):
                log.warning("run ended: its worker was lost", worker=run.worker)
                await self._publish(run, "error", run.error or {})
                await self._touch(run)
                await self._close(run.run_id)

    def _cancel_local(self, run_id: str) -> None:
        """Cancel the run if its task is in this process (a cancel request from any worker).

        Once: a repeated request (callers waiting on another worker ask again) is ignored.
        """
        run = self._local.get(run_id)
        if run is None or run.cancel_requested:
            return
        run.cancel_requested = True
        if run.task is not None and not run.task.done():
            run.task.cancel()

    async def cancel(self, run_id: str, *, wait: bool = False) -> Run:
        """Cancel a run that has not ended, on any worker; with `wait`, return once it stopped."""
        local = self._local.get(run_id)
        if local is not None:
            task = local.task
            self._cancel_local(run_id)
            if wait and task is not None:
                await asyncio.wait({task})
            return local
        run = await self.get(run_id)
        if run.ended:
            return run
        await self.records.request_cancel(run_id)
        if not wait:
            return run
        await self._until_closed(run_id, ask_again=True)
        return await self.get(run_id)

    def cancel_nowait(self, run_id: str) -> None:
        """Ask a run to stop (from code that cannot wait, such as a closing connection)."""
        if run_id in self._local:
            self._cancel_local(run_id)
            return
        request = asyncio.create_task(self.records.request_cancel(run_id))
        self._requests.add(request)
        request.add_done_callback(self._requests.discard)

    async def wait(self, run_id: str) -> Run:
        """Return once the run has ended."""
        run = await self.get(run_id)
        if run.task is not None:
            await asyncio.wait({run.task})
        elif not run.ended:
            await self._until_closed(run_id, ask_again=False)
            run = await self.get(run_id)
        return run

    async def _until_closed(self, run_id: str, *, ask_again: bool) -> None:
        """Wait for the run's stream to close (its worker ends it, or the reaper does)."""
        last = await self.broker.last_sequence(run_id)
        if last is None:
            return
        idle = self.cancel_resend_s if ask_again else None
        try:
            async for item in self.broker.subscribe(run_id, after=last, idle_s=idle):
                if item is None:  # pub/sub keeps nothing: a worker that was reconnecting
                    await self.records.request_cancel(run_id)  # missed the first request
        except ReplayGap:
            return  # the run's stream is gone: nothing left to wait for

    async def shutdown(self) -> None:
        """Cancel every run still going here (the process is stopping), then detach."""
        tasks = [r.task for r in self._local.values() if r.task is not None and not r.task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        await self._stack.aclose()
