"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable


async def timed(runs: int, one: Callable[[], Awaitable[None]]) -> list[float]:
    """Seconds each of `runs` calls of `one` took."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        await one()
        samples.append(time.perf_counter() - start)
    return samples


def summary(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def median_pct(values: list[float], percent: int) -> tuple[float, float]:
    """Median and the `percent`th percentile (nearest rank); (nan, nan) if empty."""
    if not values:
        return float("nan"), float("nan")
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, -(-len(ordered) * percent // 100) - 1)]
