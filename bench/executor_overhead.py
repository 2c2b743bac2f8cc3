"""Executor overhead: a trivial 5-node graph streamed through the cached executor and its event
mapping, against plain `graph.astream` on the same compiled graph and checkpointer, in one run.

    python -m bench.executor_overhead [--runs 2000] [--checkpoint memory|sqlite]

Three timings per run: plain `astream` with its default mode; plain `astream` asking for the
modes the executor needs (tasks, custom, messages, with subgraphs); and the executor. The first ratio
is the executor layer's own cost (target: at most 1.15x); the second, what the richer event stream
(node starts, progress, tokens) costs against LangGraph's default `updates` stream.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from langchain_core.runnables import RunnableConfig

from api.logs import configure_logging
from bench.timing import summary, timed
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, load_import_path
from runtime.run_request import RunRequest, new_id
from runtime.stores.factory import open_checkpointer


async def main(runs: int, checkpoint: str) -> None:
    registry = GraphRegistry()
    registry.add(load_import_path("chain", "tests.runtime.sample_graphs:five_node_chain"))
    with tempfile.TemporaryDirectory() as folder:
        url = "memory://" if checkpoint == "memory" else f"sqlite:///{folder}/bench.db"
        async with open_checkpointer(url) as saver:
            executor = GraphExecutor(
                registry, saver, FlowContext(library=ContentLibrary.load(Path(folder)))
            )
            compiled = executor.compiled("chain")

            async def plain() -> None:
                config: RunnableConfig = {"configurable": {"thread_id": new_id()}}
                async for _ in compiled.astream({"count": 0}, config, durability="async"):
                    pass

            modes = executor._langgraph_modes(registry.get("chain"))

            async def same_modes() -> None:
                config: RunnableConfig = {"configurable": {"thread_id": new_id()}}
                async for _ in compiled.astream(
                    {"count": 0},
                    config,
                    durability="async",
                    stream_mode=modes,
                    subgraphs=True,
                    version="v2",
                ):
                    pass

            async def through_executor() -> None:
                async for _ in executor.stream(RunRequest(graph="chain", input={"count": 0})):
                    pass

            for warm in (plain, same_modes, through_executor):
                await timed(50, warm)
            # Interleave rounds so drift on a shared machine hits both sides alike.
            plain_samples: list[float] = []
            modes_samples: list[float] = []
            executor_samples: list[float] = []
            for _ in range(10):
                plain_samples += await timed(runs // 10, plain)
                modes_samples += await timed(runs // 10, same_modes)
                executor_samples += await timed(runs // 10, through_executor)
    p_med, p_95 = summary(plain_samples)
    m_med, m_95 = summary(modes_samples)
    e_med, e_95 = summary(executor_samples)
    print(f"checkpointer: {checkpoint}, runs: {runs} each, 5-node graph, modes {modes}")
    print(
        f"plain graph.astream (default modes)  median {p_med * 1e3:7.3f} ms  p95 {p_95 * 1e3:7.3f} ms"
    )
    print(
        f"plain graph.astream (same modes)     median {m_med * 1e3:7.3f} ms  p95 {m_95 * 1e3:7.3f} ms"
    )
    print(
        f"executor.stream + event mapping      median {e_med * 1e3:7.3f} ms  p95 {e_95 * 1e3:7.3f} ms"
    )
    print(f"executor layer vs same modes:   {e_med / m_med:.3f}x  (target <= 1.15x)")
    print(f"whole event stream vs default:  {e_med / p_med:.3f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--checkpoint", choices=["memory", "sqlite"], default="memory")
    options = parser.parse_args()
    configure_logging("WARNING")
    asyncio.run(main(options.runs, options.checkpoint))
