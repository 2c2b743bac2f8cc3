"""Where the offline engine's CPU work runs: on a small thread pool, off the event loop.

Text analysis, question building and validation, grading and turn evaluation are pure Python
(jieba, rapidfuzz's callers, our builders). Run on the event loop, an exam on a long material
blocks every other request of the process for seconds: `/healthz`, other learners' turns, the
heartbeats of open streams, the renewal of thread leases. `EngineRunner.run` hands such a call to
a thread and awaits it, so the loop keeps serving.

Threads, not processes, by measurement (`bench/loop_latency.py`, docs/benchmarks.md): with the
warm start of api/warm_start.py, `/healthz` answers within 40 ms at worst while the heaviest exam
runs on these threads. The work holds the GIL, but a loop waiting for it gets it within one switch
interval (1 ms after the warm start). A process pool would also keep the heap apart, which is what
threads still cost: a full garbage collection walks the exam's objects too (about 100 ms at an
exam's peak, now rare). But each worker process would build its own analysis and fact caches of
a material (about 3 s of CPU for 190,000 characters) unless every call of an exam went to the same
process, and load jieba's tables; pickling is the small part (7 ms for that analysis, 1.4 MB).

A thread cannot be killed: when a run's deadline cancels the awaiting node, the thread finishes
its call and its result is dropped. Calls carry the caller's context variables (log context,
LangGraph's stream writer). `warm_up` loads the engine's tables before the first call needs them.

`threads=0` runs the work inline on the loop, as before (for comparison in the benchmark).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_THREADS = 4
"""Engine calls that run at once per process; more wait their turn without blocking the loop."""


class EngineRunner:
    """Runs CPU-bound engine calls on a thread pool of its own (created on first use)."""

    def __init__(self, threads: int = DEFAULT_THREADS) -> None:
        if threads < 0:
            raise ValueError(f"engine threads must be 0 or more, got {threads}")
        self.threads = threads
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="kpl-engine")
            return self._pool

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(*args, **kwargs)` on an engine thread, awaited; inline when `threads` is 0."""
        if self.threads == 0:
            return fn(*args, **kwargs)
        context = contextvars.copy_context()
        call = functools.partial(context.run, fn, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._executor(), call)

    async def warm_up(self) -> None:
        """Load the engine's tables (jieba's dictionary and tagger, lemminflect's lemmas) now.

        Each loads on first use otherwise, inside the first exam or evaluation: jieba's
        dictionary is one `marshal.load` that holds the GIL for a quarter of a second, which no
        switch interval can interrupt, so the loop would stall in the middle of a request.
        """
        await self.run(_load_tables)

    def close(self) -> None:
        """Stop the pool's threads once their calls finish (the process is shutting down)."""
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None


def _load_tables() -> None:
    from graphs.text.segment import warm_up
    from graphs.text.word_class import en_word_classes

    warm_up()
    en_word_classes("warm")  # lemminflect reads its tables on the first lookup
