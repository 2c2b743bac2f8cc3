"""Per-step checkpoint cost: the 5-node chain on each saver at each durability mode, in one run.

    python -m bench.checkpoint_cost [--runs 600] [--rounds 6]
        [--redis redis://127.0.0.1:6379/4] [--postgres-admin postgresql://postgres@127.0.0.1:5432/test]

Savers, each opened through `runtime.stores.factory.open_checkpointer` (as the service opens them):
memory, SQLite (a temporary file), Redis (the given database, under a fresh key prefix deleted at
the end) and Postgres (a fresh database `kpl_bench_<hex>` created through the admin URL and dropped
at the end); and the same graph compiled without a checkpointer, the baseline. Every run is a new
thread with `{"count": 0}`: six checkpoints (the input and one per node) in `sync` and `async` mode,
one in `exit` mode. Rounds interleave every saver and mode so drift on a shared machine hits all
alike. Printed: median and p95 per run, the checkpointing cost per step ((median - baseline) / 5
nodes), and that cost as a ratio to memory's at the same mode.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import psycopg
from psycopg import sql

from bench.graph_for_langgraph.chain import five_node_chain
from bench.timing import summary, timed
from runtime.errors import ConfigError
from runtime.redis_connect import open_redis
from runtime.stores.factory import open_checkpointer

MODES = ("sync", "async", "exit")
STEPS = 5


@asynccontextmanager
async def scratch_postgres(admin_url: str) -> AsyncIterator[str]:
    """A fresh database for the benchmark, dropped at the end."""
    name = f"kpl_bench_{uuid.uuid4().hex}"
    async with await psycopg.AsyncConnection.connect(admin_url, autocommit=True) as admin:
        await admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        async with await psycopg.AsyncConnection.connect(admin_url, autocommit=True) as admin:
            await admin.execute(
                sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
            )


async def delete_prefix(url: str, prefix: str) -> None:
    """Delete the benchmark's Redis keys."""
    async with open_redis(url, what="benchmark Redis URL") as client:
        doomed = [key async for key in client.scan_iter(match=f"{prefix}:*", count=1000)]
        for start in range(0, len(doomed), 1000):
            await client.delete(*doomed[start : start + 1000])


def one_run(compiled: Any, durability: str | None) -> Callable[[], Awaitable[None]]:
    """A run of the chain on a new thread (`durability` None: the graph has no checkpointer)."""

    async def run() -> None:
        config = {"configurable": {"thread_id": uuid.uuid4().hex}}
        if durability is None:
            await compiled.ainvoke({"count": 0}, config)
        else:
            await compiled.ainvoke({"count": 0}, config, durability=durability)

    return run


async def main(runs: int, rounds: int, redis_url: str, postgres_admin: str) -> None:
    graph = five_node_chain()
    cases: dict[tuple[str, str], Callable[[], Awaitable[None]]] = {}
    prefix = f"kpl-bench-{uuid.uuid4().hex}"
    async with AsyncExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        urls = {"memory": "memory://", "sqlite": f"sqlite:///{folder}/bench.db"}
        urls["redis"] = redis_url
        try:
            urls["postgres"] = await stack.enter_async_context(scratch_postgres(postgres_admin))
        except psycopg.Error as exc:
            print(f"postgres skipped: {exc}")
        for name, url in urls.items():
            try:
                saver = await stack.enter_async_context(open_checkpointer(url, prefix=prefix))
            except ConfigError as exc:
                print(f"{name} skipped: {exc.message}")
                continue
            if name == "redis":
                stack.push_async_callback(delete_prefix, url, prefix)
            compiled = graph.compile(checkpointer=saver)
            for mode in MODES:
                cases[(name, mode)] = one_run(compiled, mode)
        baseline = one_run(graph.compile(), None)
        everything = {("none", "-"): baseline, **cases}
        for case in everything.values():
            await timed(max(runs // 20, 5), case)
        samples: dict[tuple[str, str], list[float]] = {key: [] for key in everything}
        for _ in range(rounds):
            for key, case in everything.items():
                samples[key] += await timed(runs // rounds, case)

    base_median, base_p95 = summary(samples[("none", "-")])
    print(f"5-node chain, {runs} runs per cell in {rounds} interleaved rounds; times per run")
    print(f"no checkpointer: median {base_median * 1e3:.3f} ms, p95 {base_p95 * 1e3:.3f} ms")
    print(f"{'saver':<9}{'mode':<7}{'median ms':>10}{'p95 ms':>9}{'µs/step':>9}{'x memory':>10}")
    memory_cost = {
        mode: (summary(samples[("memory", mode)])[0] - base_median) / STEPS for mode in MODES
    }
    for (name, mode), taken in samples.items():
        if name == "none":
            continue
        median, p95 = summary(taken)
        per_step = (median - base_median) / STEPS
        ratio = per_step / memory_cost[mode] if memory_cost[mode] > 0 else float("nan")
        print(
            f"{name:<9}{mode:<7}{median * 1e3:>10.3f}{p95 * 1e3:>9.3f}"
            f"{per_step * 1e6:>9.0f}{ratio:>10.2f}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/4")
    parser.add_argument("--postgres-admin", default="postgresql://postgres@127.0.0.1:5432/test")
    options = parser.parse_args()
    asyncio.run(main(options.runs, options.rounds, options.redis, options.postgres_admin))
