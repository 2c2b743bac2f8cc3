"""How fast the router decides, offline: the rule path, the analyzer path, and each strategy.

    .venv/bin/python bench/router_latency.py [--repeat 50] [--cases routers/eval/cases.yaml]

Every eval case is routed `--repeat` times with each strategy after a warm-up; strategies are
interleaved message by message, so load from other processes on a shared machine falls on all of
them alike. Figures are p50/p95 in microseconds of `IntentRouter.route_offline` (the whole
decision: rules, analyzer if needed, parameters). The "rule" path is every decision that rules
or the thread's context made without the analyzer; "analyzer" is every decision that needed it.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from time import perf_counter_ns

from graphs.library import ContentLibrary
from routers.decision import STRATEGIES, RouteContext, Strategy
from routers.evaluation import load_cases
from routers.router import IntentRouter

CASES = Path(__file__).parents[1] / "routers" / "eval" / "cases.yaml"


def percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p95."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94]


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description="Router latency, offline.")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--cases", type=Path, default=CASES)
    args = parser.parse_args()

    router = IntentRouter.build(ContentLibrary.load())
    cases = load_cases(args.cases)
    messages = [(c.text, RouteContext(paused_in=c.context.paused_in)) for c in cases]
    paths: dict[tuple[Strategy, str], list[float]] = {}
    stages: dict[tuple[Strategy, str], list[float]] = {}
    for text, context in messages:  # warm caches and the regex engine
        for strategy in STRATEGIES:
            router.route_offline(text, context, strategy=strategy)
    for _ in range(args.repeat):
        for text, context in messages:
            for strategy in STRATEGIES:
                start = perf_counter_ns()
                decision = router.route_offline(text, context, strategy=strategy)
                elapsed = (perf_counter_ns() - start) / 1000
                path = "analyzer" if decision.trace.analyzer else "rule"
                paths.setdefault((strategy, path), []).append(elapsed)
                paths.setdefault((strategy, "all"), []).append(elapsed)
                for stage, micros in decision.trace.timings_us.items():
                    stages.setdefault((strategy, stage), []).append(micros)

    print(f"{len(messages)} messages x {args.repeat} repeats per strategy, offline analyzer\n")
    print(f"{'strategy':<22}{'path':<10}{'decisions':>10}{'p50 µs':>10}{'p95 µs':>10}")
    for strategy in STRATEGIES:
        for path in ("rule", "analyzer", "all"):
            values = paths.get((strategy, path))
            if values:
                p50, p95 = percentiles(values)
                count = len(values) // args.repeat
                print(f"{strategy:<22}{path:<10}{count:>10}{p50:>10.1f}{p95:>10.1f}")
        shown = ", ".join(
            f"{stage} {percentiles(values)[0]:.1f}"
            for (name, stage), values in stages.items()
            if name == strategy
        )
        print(f"{'':<22}stage p50 µs: {shown}")


if __name__ == "__main__":
    main()
