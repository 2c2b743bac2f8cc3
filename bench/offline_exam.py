"""How fast the offline engine writes a 20-question exam from ~5,000 Chinese characters.

    python -m bench.offline_exam [--runs 7]

Cold start (jieba's dictionary) is measured on its own, then the whole graph (InMemorySaver,
shipped content) runs several times warm; the median is compared with the 1 s target. The
process's CPU time per run is printed too: on a machine other work shares, wall-clock time
grows with the load, CPU time much less (the engine's threads count in it).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph.state import CompiledStateGraph

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.exam_generation.build import build
from graphs.library import ContentLibrary
from graphs.text.caches import clear_caches
from graphs.text.document import analyse
from graphs.text.segment import warm_up

TARGET_S = 1.0
BLUEPRINT = {
    "single_choice": 6,
    "multiple_choice": 4,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


async def one_run(
    graph: CompiledStateGraph[Any, Any, Any, Any], context: FlowContext, material: str
) -> tuple[float, float, int]:
    """One full run of the graph on a fresh thread: seconds taken (wall clock, then the
    process's CPU), questions produced.

    The text engine's caches are cleared first: every run analyses its material from scratch,
    as for a material the engine has never seen.
    """
    clear_caches()
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    started, cpu_started = time.perf_counter(), time.process_time()
    async for _ in graph.astream({"material": material, **BLUEPRINT}, config, context=context):
        pass
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    state = await graph.aget_state(config)
    return elapsed, cpu, len(state.values["exam"]["questions"])


async def main(runs: int) -> None:
    """Measure cold start, analysis and warm graph runs; print the figures."""
    cold = warm_up()
    library = ContentLibrary.load()
    material = library.get(Course, "eyewear-frontdesk-zh").material
    analysis_timings = []
    for _ in range(runs):
        clear_caches()
        started = time.perf_counter()
        analyse(material)
        analysis_timings.append(time.perf_counter() - started)
    analysis_s = statistics.median(analysis_timings)
    graph = build().compile(checkpointer=InMemorySaver())
    context = FlowContext(library=library)
    await one_run(graph, context, material)  # first graph run: imports and caches
    timings, cpu_timings, count = [], [], 0
    for _ in range(runs):
        elapsed, cpu, count = await one_run(graph, context, material)
        timings.append(elapsed)
        cpu_timings.append(cpu)
    median = statistics.median(timings)
    han = sum(1 for c in material if "\u4e00" <= c <= "\u9fff")
    print(f"material: {len(material)} characters ({han} Chinese); exam: {count} of 20 questions")
    print(f"jieba cold init: {cold:.3f} s (once per process, not counted below)")
    print(f"analysis alone (segmentation, key terms), warm median: {analysis_s:.3f} s")
    print(
        f"graph, warm, {runs} runs: median {median:.3f} s, min {min(timings):.3f} s, max {max(timings):.3f} s"
    )
    print(f"graph, warm, process CPU time: median {statistics.median(cpu_timings):.3f} s")
    print(f"ratio to the {TARGET_S:.0f} s target: {median / TARGET_S:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    asyncio.run(main(parser.parse_args().runs))
