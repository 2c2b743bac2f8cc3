"""Middleware overhead: the default pipeline around a real executor running the 5-node chain, against
the executor alone, same run, interleaved.

    python -m bench.middleware_overhead [--runs 2000] [--checkpoint memory|sqlite] [--users 50]
                                        [--skip NAME ...] [--log-level INFO]

The pipeline is every built-in middleware that imports (so the figure stays honest while modules
are still being added), in the proposed default order, with the retrying handler innermost. Runs
take turns among `--users` users, so the rate limiter counts real keys under its default limit
(60/minute: keep runs / users under 60). Many distinct users cost the in-memory limiter more: its
expiry walks every key. Logging is configured as a server does (JSON lines) but written to /dev/null, so the
figure includes formatting the lines, not a terminal's speed. Target: median ratio under 1.10.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import itertools
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from api.logs import configure_logging
from bench.timing import summary, timed
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from middleware.pipeline import Middleware, Pipeline, RunContext
from middleware.retry import RetryingHandler
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, load_import_path
from runtime.run_request import RunRequest
from runtime.stores.factory import open_checkpointer

DEFAULT_ORDER: tuple[tuple[str, str], ...] = (
    ("middleware.tracing", "Tracing"),
    ("middleware.request_log", "RequestLog"),
    ("middleware.metrics", "Metrics"),
    ("middleware.auth", "Auth"),
    ("middleware.rate_limit", "RateLimit"),
    ("middleware.validation", "Validation"),
    ("middleware.content_guard", "ContentGuard"),
    ("middleware.deadline", "Deadline"),
    ("middleware.result_cache", "ResultCache"),
)
"""(module, class) of each built-in, outermost first; each is built with its default config."""


def default_middlewares(skip: frozenset[str] = frozenset()) -> tuple[list[Middleware], list[str]]:
    """The built-ins that import, in the default order, and the names of those that did not."""
    built: list[Middleware] = []
    missing: list[str] = []
    for module_name, class_name in DEFAULT_ORDER:
        if module_name.rpartition(".")[2] in skip:
            continue
        try:
            cls: Any = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError) as exc:
            missing.append(f"{module_name}.{class_name} ({exc})")
            continue
        built.append(cls())
    return built, missing


async def main(runs: int, checkpoint: str, users: int, skip: frozenset[str]) -> None:
    registry = GraphRegistry()
    registry.add(load_import_path("chain", "tests.runtime.sample_graphs:five_node_chain"))
    middlewares, missing = default_middlewares(skip)
    turns = itertools.cycle(range(users))
    requests = itertools.count()
    with tempfile.TemporaryDirectory() as folder:
        url = "memory://" if checkpoint == "memory" else f"sqlite:///{folder}/bench.db"
        async with open_checkpointer(url) as saver:
            executor = GraphExecutor(
                registry, saver, FlowContext(library=ContentLibrary.load(Path(folder)))
            )
            pipeline = Pipeline(middlewares, RetryingHandler(executor.stream))

            async def alone() -> None:
                async for _ in executor.stream(RunRequest(graph="chain", input={"count": 0})):
                    pass

            async def through_pipeline() -> None:
                ctx = RunContext(
                    request=RunRequest(graph="chain", input={"count": 0}),
                    user=f"learner-{next(turns)}",
                    request_id=f"bench-{next(requests)}",
                )
                async for _ in pipeline(ctx):
                    pass

            for warm in (alone, through_pipeline):
                await timed(50, warm)
            # Interleave rounds so drift on a shared machine hits both sides alike.
            alone_samples: list[float] = []
            pipeline_samples: list[float] = []
            for _ in range(10):
                alone_samples += await timed(runs // 10, alone)
                pipeline_samples += await timed(runs // 10, through_pipeline)
    a_med, a_95 = summary(alone_samples)
    p_med, p_95 = summary(pipeline_samples)
    print(f"checkpointer: {checkpoint}, runs: {runs} each, 5-node chain, {users} users")
    print(f"pipeline: {' > '.join(pipeline.names)} > retrying handler")
    for name in missing:
        print(f"  left out (does not import): {name}")
    print(f"executor.stream alone          median {a_med * 1e3:7.3f} ms  p95 {a_95 * 1e3:7.3f} ms")
    print(f"default pipeline + executor    median {p_med * 1e3:7.3f} ms  p95 {p_95 * 1e3:7.3f} ms")
    print(
        f"pipeline overhead: {p_med / a_med:.3f}x median, {p_95 / a_95:.3f}x p95 (target < 1.10x)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--checkpoint", choices=["memory", "sqlite"], default="memory")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--skip", nargs="*", default=[], help="leave out these middlewares")
    parser.add_argument("--log-level", default="INFO")
    options = parser.parse_args()
    configure_logging(options.log_level, json=True)
    sink = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(sink)
    asyncio.run(main(options.runs, options.checkpoint, options.users, frozenset(options.skip)))
