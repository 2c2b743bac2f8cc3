"""The overall run deadline: a run that has not ended `seconds` after it entered the pipeline stops.

The clock starts when the run enters this middleware and runs on, whatever happens inside (waiting
for a busy thread, routing, the graph's work, the client reading). It can only fire while the run
waits for its next event, never while an event is being handed out, and it is not checked again
once the run sent its terminal event.

Past the deadline the inner stream is cancelled and closed (the executor releases the thread,
which keeps its last checkpoint), and the run ends with one `error` event, code `timeout`,
retriable true. Every event sent before stays sent; if the inner stream already sent its
terminal event, nothing is added, so a run always ends with exactly one `completed` or `error`.
A flow may have its own deadline (`per_flow`), e.g. a longer one for exam generation.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from middleware.pipeline import Handler, RunContext
from runtime.errors import RunTimeout, error_data
from runtime.events import RunEvent

TERMINAL = frozenset({"completed", "error"})


@dataclass(frozen=True, kw_only=True)
class DeadlineConfig:
    """How long a run may take."""

    seconds: float = 600.0
    """Every flow's deadline unless `per_flow` names it."""
    per_flow: Mapping[str, float] = field(default_factory=dict)
    """Deadlines by graph name, overriding `seconds`."""

    def for_graph(self, graph: str) -> float:
        """The deadline of a run of `graph`, in seconds."""
        return self.per_flow.get(graph, self.seconds)


class Deadline:
    """Stops a run past its deadline with a `timeout` error event."""

    name = "deadline"
    must_follow: tuple[str, ...] = ()
    outermost = False

    def __init__(self, config: DeadlineConfig | None = None) -> None:
        self.config = config or DeadlineConfig()

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Yield the run's events until it ends or its deadline passes."""
        seconds = self.config.for_graph(ctx.graph)
        loop = asyncio.get_running_loop()
        # One timer for the whole run rather than an `asyncio.timeout` per event: a long token
        # stream would otherwise pay for a timer per token.
        clock = _Clock()
        timer = loop.call_at(loop.time() + seconds, clock.fire)
        events = call_next(ctx)
        ended = False
        try:
            while not clock.fired:
                task = asyncio.current_task()
                clock.waiter = task
                try:
                    event = await anext(events)
                except StopAsyncIteration:
                    return
                except asyncio.CancelledError:
                    # Ours only if the clock cancelled and no one else asked for it too.
                    if clock.cancelled and task is not None and task.uncancel() == 0:
                        break
                    raise
                finally:
                    clock.waiter = None
                if clock.cancelled and task is not None:
                    task.uncancel()  # the inner stream swallowed our cancellation
                    clock.cancelled = False
                ended = ended or event.event in TERMINAL
                yield event
        finally:
            timer.cancel()
            await close(events)
        if ended:
            return
        error = RunTimeout(
            f"run {ctx.request.run_id} of {ctx.graph} passed its overall {seconds:g} s deadline; "
            "the thread keeps its last checkpoint: run it again, or raise the flow's deadline"
        )
        yield RunEvent("error", error_data(error, run_id=ctx.request.run_id, retriable=True))


class _Clock:
    """A run's deadline timer: whether it fired, and the task it cancels if that waits on the run."""

    __slots__ = ("cancelled", "fired", "waiter")

    def __init__(self) -> None:
        self.fired = False
        self.cancelled = False
        self.waiter: asyncio.Task[object] | None = None

    def fire(self) -> None:
        """The deadline passed: stop the run now if it is waiting, or before its next wait."""
        self.fired = True
        if self.waiter is not None:
            self.cancelled = True
            self.waiter.cancel()


async def close(events: AsyncIterator[RunEvent]) -> None:
    """Close an event stream now (an async generator's `finally` runs), not when it is collected."""
    aclose = getattr(events, "aclose", None)
    if aclose is not None:
        await aclose()
