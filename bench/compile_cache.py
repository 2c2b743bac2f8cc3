"""Compile cost vs cached lookup for every built-in flow, in one run.

    python -m bench.compile_cache [--rounds 20]

Prints, per flow, the median time of `build().compile()` and of the executor's cached `compiled()`
lookup, and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from api.logs import configure_logging
from api.settings import Settings
from runtime.bootstrap import open_executor


def median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


async def main(rounds: int) -> None:
    settings = Settings(_env_file=None, checkpoint_url="memory://")  # type: ignore[call-arg]
    async with open_executor(settings) as executor:
        print(f"{'flow':<20} {'compile':>12} {'cached lookup':>15} {'ratio':>10}")
        for graph in executor.registry:
            compile_samples = []
            for _ in range(rounds):
                start = time.perf_counter()
                graph.build().compile(checkpointer=executor.checkpointer)
                compile_samples.append(time.perf_counter() - start)
            executor.compiled(graph.name)
            lookup_samples = []
            for _ in range(rounds * 100):
                start = time.perf_counter()
                executor.compiled(graph.name)
                lookup_samples.append(time.perf_counter() - start)
            compile_us, lookup_us = median_us(compile_samples), median_us(lookup_samples)
            print(
                f"{graph.name:<20} {compile_us / 1000:>9.2f} ms {lookup_us:>12.2f} µs "
                f"{compile_us / lookup_us:>9.0f}x"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    options = parser.parse_args()
    configure_logging("WARNING")
    asyncio.run(main(options.rounds))
