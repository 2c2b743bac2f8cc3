"""In-memory run records forget ended runs after their retention, and only those.

`InMemoryRunRecords` prunes once it holds `PRUNE_ABOVE` records, walking them in the order they
were claimed and stopping at the first run created after the cutoff (docs/benchmarks.md: a walk
of every record on every claim made a long-serving worker slower with every run it served).
"""

from __future__ import annotations

import time

from runtime.runs.records import PRUNE_ABOVE, InMemoryRunRecords, Run


def new_run(index: int, created_at: float) -> Run:
    return Run(
        run_id=f"r{index}",
        thread_id=f"t{index}",
        graph="chain",
        owner="alice",
        created_at=created_at,
    )


async def test_ended_runs_past_the_retention_are_forgotten_and_no_other() -> None:
    records = InMemoryRunRecords(retention_s=60.0)
    old = time.time() - 600.0  # created ten minutes ago, beyond the 60 s retention
    runs = [new_run(i, old + i * 0.01) for i in range(PRUNE_ABOVE)]
    for run in runs:
        await records.claim(run, exclusive=False)
    for run in runs[:-2]:  # ended long ago
        run.status, run.updated_at = "success", old + 1.0
        await records.update(run)
    still_running = runs[-2]
    ended_lately = runs[-1]  # created long ago, ended a moment ago: kept for its retention
    ended_lately.set_status("error")
    await records.update(ended_lately)

    fresh = new_run(PRUNE_ABOVE, time.time())
    await records.claim(fresh, exclusive=False)  # past PRUNE_ABOVE records: prunes

    assert await records.get("r0") is None
    assert await records.latest("t0") is None
    assert await records.of_thread("t0") == []
    assert await records.get(runs[-3].run_id) is None
    for kept in (still_running, ended_lately, fresh):
        assert await records.get(kept.run_id) is kept
        assert await records.latest(kept.thread_id) is kept


async def test_young_ended_runs_are_kept_whatever_their_number() -> None:
    records = InMemoryRunRecords(retention_s=60.0)
    now = time.time()
    runs = [new_run(i, now) for i in range(PRUNE_ABOVE + 5)]
    for run in runs:
        await records.claim(run, exclusive=False)
        run.set_status("success")
        await records.update(run)
    assert all([await records.get(run.run_id) is run for run in runs])
