"""Runs/s of K concurrent runs on different threads: the stock `AsyncPostgresSaver` vs ours.

    python -m bench.postgres_concurrency [--levels 1,4,16,32] [--runs-per-level 320] [--rounds 3]
        [--pool-size 10] [--durability async]
        [--postgres-admin postgresql://postgres@127.0.0.1:5432/test]

Both savers sit on the same kind of psycopg pool (`runtime.stores.factory.postgres_pool`, the
service's own, `--pool-size` connections) in a fresh database `kpl_bench_<hex>`, dropped at the
end. The stock saver takes its instance lock around every database call (langgraph issue #7259);
`PooledPostgresSaver` (runtime/stores/postgres_saver.py) lets each read use its own pooled
connection and sends the writes that arrive together in one batch (postgres_write_batch.py).
At each level K, K tasks each run the 5-node chain on threads of their own until the level's runs
are done; rounds interleave the two savers. Printed: runs/s (median of the rounds), the median
and p95 run time, how many connection requests had to wait for the pool (all rounds), this
process's CPU time per run (runs/s x CPU/run near 1000 ms: the process is CPU-bound), and
ours/stock.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from typing import Any

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

from bench.checkpoint_cost import scratch_postgres
from bench.graph_for_langgraph.chain import five_node_chain
from bench.timing import summary
from runtime.stores.factory import postgres_pool
from runtime.stores.postgres_saver import PooledPostgresSaver
from runtime.stores.serde import strict_serializer


async def level(compiled: Any, concurrency: int, runs: int, durability: str) -> list[float]:
    """Run `runs` chains, `concurrency` at a time, each on a new thread; seconds per run."""
    remaining = runs
    taken: list[float] = []

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            config = {"configurable": {"thread_id": uuid.uuid4().hex}}
            start = time.perf_counter()
            await compiled.ainvoke({"count": 0}, config, durability=durability)
            taken.append(time.perf_counter() - start)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return taken


async def main(
    levels: list[int], runs: int, rounds: int, pool_size: int, durability: str, admin: str
) -> None:
    graph = five_node_chain()
    async with (
        scratch_postgres(admin) as url,
        postgres_pool(url, max_size=pool_size) as pool,
    ):
        stock = AsyncPostgresSaver(pool, serde=strict_serializer())
        await stock.setup()
        ours = PooledPostgresSaver(pool, serde=strict_serializer())
        savers = {
            "stock": graph.compile(checkpointer=stock),
            "ours": graph.compile(checkpointer=ours),
        }
        for compiled in savers.values():
            await level(compiled, 4, 40, durability)  # warm-up: connections, caches
        print(
            f"5-node chain, durability {durability}, pool of {pool_size}, {runs} runs per "
            f"level and saver in each of {rounds} interleaved rounds"
        )
        print(
            f"{'K':>4} {'saver':<6}{'runs/s':>9}{'median ms':>11}{'p95 ms':>9}{'pool waits':>12}{'CPU ms/run':>13}"
        )
        for concurrency in levels:
            rates: dict[str, list[float]] = {name: [] for name in savers}
            times: dict[str, list[float]] = {name: [] for name in savers}
            queued: dict[str, int] = dict.fromkeys(savers, 0)
            cpu: dict[str, float] = dict.fromkeys(savers, 0.0)
            for _ in range(rounds):
                for name, compiled in savers.items():
                    pool.pop_stats()
                    start, cpu_start = time.perf_counter(), time.process_time()
                    times[name] += await level(compiled, concurrency, runs, durability)
                    rates[name].append(runs / (time.perf_counter() - start))
                    cpu[name] += time.process_time() - cpu_start
                    queued[name] += pool.pop_stats().get("requests_queued", 0)
            for name in savers:
                median, p95 = summary(times[name])
                print(
                    f"{concurrency:>4} {name:<6}{statistics.median(rates[name]):>9.1f}"
                    f"{median * 1e3:>11.2f}{p95 * 1e3:>9.2f}{queued[name]:>12}"
                    f"{cpu[name] / (runs * rounds) * 1e3:>13.2f}"
                )
            gain = statistics.median(rates["ours"]) / statistics.median(rates["stock"])
            print(f"{'':>4} ours/stock runs/s: {gain:.2f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="1,4,16,32")
    parser.add_argument("--runs-per-level", type=int, default=320)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pool-size", type=int, default=10)
    parser.add_argument("--durability", choices=["sync", "async", "exit"], default="async")
    parser.add_argument("--postgres-admin", default="postgresql://postgres@127.0.0.1:5432/test")
    options = parser.parse_args()
    asyncio.run(
        main(
            [int(part) for part in options.levels.split(",")],
            options.runs_per_level,
            options.rounds,
            options.pool_size,
            options.durability,
            options.postgres_admin,
        )
    )
