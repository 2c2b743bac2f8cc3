"""What a run parked in a sleeping node holds: Python memory (tracemalloc) and tasks, per run.

    .venv/bin/python -m bench.run_memory [--runs 300] [--top 25] [--by filename|lineno]

Opens the app's services as `kpl serve` does (`open_services`, the default pipeline, memory
checkpoints and coordination, no warm start), creates `--runs` threads and starts a run of the
sample `slow` graph on each through `RunManager.start`, the path the HTTP routes take, and waits
until every run sleeps in its slow node. Then it prints, per parked run: the memory tracemalloc
sees grown since before the runs (one warm-up run done), the tasks alive, and the allocation
sites by file (or line) with most KiB. No HTTP: an SSE stream's share is measured by
bench.open_streams (RSS, with and without streams). Memory, not time: the machine's load does
not change the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import os
import tracemalloc
from pathlib import Path
from typing import Any

from api.compose import open_services
from api.logs import configure_logging
from api.services import Services
from api.settings import Settings
from runtime.run_request import RunRequest, new_id

ROOT = Path(__file__).resolve().parent.parent
PARKED_EVENTS = 4
"""started, node_start/node_output of the fast node, node_start of the sleeping one."""


def _settings() -> Settings:
    values: dict[str, Any] = {
        "checkpoint_url": "memory://",
        "graphs": {"slow": "tests.runtime.sample_graphs:slow"},
        "warm_start": False,
        "rate_limit": "1000000/minute",
        "run_timeout_s": 3600,
        "log_level": "WARNING",
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def _park(services: Services, runs: int, delay: float) -> list[str]:
    started = []
    for _ in range(runs):
        thread = await services.threads.create(new_id(), "local")
        request = RunRequest(graph="slow", thread_id=thread.thread_id, input={"delay": delay})
        run = await services.runs.start(request, owner="local")
        started.append(run.run_id)
    broker = services.broker
    while True:
        counts = [await broker.last_sequence(run_id) or 0 for run_id in started]
        if min(counts) >= PARKED_EVENTS:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    return started


def _task_kinds() -> collections.Counter[str]:
    kinds: collections.Counter[str] = collections.Counter()
    for task in asyncio.all_tasks():
        coro = task.get_coro()
        kinds[getattr(coro, "__qualname__", type(coro).__name__)] += 1
    return kinds


def _charged(traceback: tracemalloc.Traceback) -> tracemalloc.Frame:
    """The innermost frame outside the standard library: whose code asked for the allocation
    (a weak set's entry is charged to whoever created the task, a lock to whoever made it)."""
    for frame in reversed(traceback):  # most recent call first
        if "site-packages/" in frame.filename or "/lib/python3" not in frame.filename:
            return frame
    return traceback[-1]


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return os.path.relpath(filename, ROOT)


async def measure(runs: int, top: int, by: str, ours: bool) -> None:
    """Warm up, snapshot, park the runs, snapshot again, print per-run figures; cancel them."""
    configure_logging("WARNING")
    async with open_services(_settings()) as services:
        await _park(services, 1, 0.01)  # warm-up: code paths loaded, caches filled
        await asyncio.sleep(0.3)
        gc.collect()
        tasks_before = _task_kinds()
        before = tracemalloc.take_snapshot()
        parked = await _park(services, runs, 3600)
        gc.collect()
        after = tracemalloc.take_snapshot()
        tasks_after = _task_kinds()
        stats = after.compare_to(before, "traceback" if ours else by)
        grown = sum(s.size_diff for s in stats)
        print(f"runs parked: {len(parked)}")
        print(f"python memory per parked run: {grown / runs / 1024:.1f} KiB (tracemalloc)")
        extra = tasks_after - tasks_before
        print(f"tasks per parked run: {sum(extra.values()) / runs:.2f}")
        for name, count in extra.most_common():
            print(f"  {count / runs:5.2f}  {name}")
        sites: collections.Counter[str] = collections.Counter()
        blocks: collections.Counter[str] = collections.Counter()
        for stat in stats:
            frame = _charged(stat.traceback) if ours else stat.traceback[-1]
            where = _short(frame.filename) + (f":{frame.lineno}" if by == "lineno" else "")
            sites[where] += stat.size_diff
            blocks[where] += stat.count_diff
        print(f"top {top} allocation sites by {by}, KiB per run:")
        for where, size in sites.most_common(top):
            print(f"  {size / runs / 1024:6.2f}  {blocks[where] / runs:6.1f} blocks  {where}")
        for run_id in parked:
            services.runs.cancel_nowait(run_id)


def main() -> None:
    """Parse the options, trace allocations, measure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--by", choices=("filename", "lineno"), default="filename")
    parser.add_argument(
        "--ours",
        action="store_true",
        help="charge each allocation to the innermost frame in this project's code",
    )
    options = parser.parse_args()
    tracemalloc.start(25 if options.ours else 1)
    asyncio.run(measure(options.runs, options.top, options.by, options.ours))


if __name__ == "__main__":
    main()
