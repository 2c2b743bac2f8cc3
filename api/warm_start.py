"""What a server process does once before it takes requests, so the event loop keeps its timing.

`/healthz`, heartbeats and lease renewal run on the event loop; the offline engine's CPU work runs
on engine threads (graphs/engine.py). Measured with a loop-stall sampler during the heaviest exam
(docs/benchmarks.md, "Event loop under the heaviest exam"), three things still stopped the loop for
100-300 ms with the work on threads, none of them our code on the loop:

- **Tables loaded on first use.** jieba reads its dictionary with one `marshal.load` that holds the
  GIL for about 250 ms; lemminflect's tables load on the first English lookup. Both now load here,
  on an engine thread, before the server answers.
- **The garbage collector.** A full collection walks every tracked object while holding the GIL:
  the modules, the content library and the engine's tables are a quarter of a million objects
  that live as long as the process, and a full collection during an exam took 150-320 ms.
  `gc.freeze()` after start-up moves them to the permanent generation, which no collection walks.
  What an exam builds (the analysis, the engine's caches: a few hundred thousand objects) is
  still walked by a full collection, about 100 ms at an exam's peak. CPython starts one when
  the oldest generation grew by a quarter and ten middle collections passed; with a young
  threshold of 10,000 instead of 700 (a young collection still takes a millisecond or two) the
  ten come after millions of allocations rather than tens of thousands, so a full collection no
  longer falls in every exam. When one does come, it pauses the loop as long as before.
- **The GIL's switch interval.** A thread waiting for the GIL (the loop, woken by a request) waits
  up to one interval (5 ms by default) before the running engine thread is asked to let go, and
  again after every wait for I/O; with several engine threads busy a request's handful of waits
  added up to tens of milliseconds. 1 ms halves `/healthz`'s p50 and p99 for a few per cent more
  switching.

`KPL_WARM_START=false` skips all of it (tests that start many apps in one process).
"""

from __future__ import annotations

import gc
import sys

from graphs.engine import EngineRunner

YOUNG_GC_THRESHOLD = 10_000
"""Allocations (net of deallocations) of tracked objects between two young collections."""
SWITCH_INTERVAL_S = 0.001
"""How long a thread may hold the GIL while another waits for it (CPython's default: 5 ms)."""


async def warm_start(engine: EngineRunner) -> None:
    """Load the engine's tables, freeze what start-up left on the heap, collect the young
    generations less often; shorten the switch interval when the engine has threads."""
    await engine.warm_up()
    gc.collect()  # what start-up threw away goes now, not into the permanent generation
    gc.freeze()
    gc.set_threshold(YOUNG_GC_THRESHOLD, *gc.get_threshold()[1:])
    if engine.threads > 0:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
