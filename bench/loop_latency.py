"""Does the event loop keep serving while the heaviest allowed exam runs?

    .venv/bin/python -m bench.loop_latency [--streams 300] [--chars 190000] [--heartbeat 2]
        [--threads 0 4] [--cold] [--port N]

For each setting of the offline engine (`KPL_ENGINE_THREADS=0`: the work on the event loop, as
before; `4`: on engine threads), it starts `kpl serve` (in-memory checkpoints, quiet logs; with
`--cold`, `KPL_WARM_START=false`: no warm start, api/warm_start.py), opens
`--streams` SSE streams of the sample `slow` graph (silent but for heartbeats), then starts one
exam on a material of `--chars` characters (the bench materials and shipped courses repeated) and,
until the exam's stream ends, asks `/healthz` every 50 ms. It prints `/healthz` p50 / p99 / max
and the longest silence on any open stream while the exam ran, against the targets: max `/healthz`
under 100 ms, no heartbeat gap over the interval + 0.5 s. Figures only, nothing asserted.

Bounded: the streams are closed when the exam's stream ends, and the server stops with them.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from bench.http_throughput import free_port, load_average, our_server, sse_events

ROOT = Path(__file__).resolve().parent.parent
HEALTH_EVERY_S = 0.05
HEALTH_TARGET_MS = 100.0
GAP_MARGIN_S = 0.5


def big_material(chars: int) -> str:
    """A long Chinese material of about `chars` characters, built from the bench materials and
    the shipped course (repeated, each copy under its own heading so sections stay apart)."""
    parts = [(ROOT / "bench/materials/food-safety-zh.md").read_text(encoding="utf-8")]
    parts.append((ROOT / "bench/materials/health-plan-zh.md").read_text(encoding="utf-8"))
    course = ROOT / "graphs/content/courses/eyewear-frontdesk-zh.yaml"
    parts.append(yaml.safe_load(course.read_text(encoding="utf-8"))["material"])
    out: list[str] = []
    copy = 0
    while sum(len(p) for p in out) < chars:
        copy += 1
        out.extend(f"# 第{copy}部分\n\n{part}" for part in parts)
    return "\n\n".join(out)[:chars]


async def hold_stream(client: httpx.AsyncClient, delay: float, arrivals: list[float]) -> None:
    """One slow run's stream, read until cancelled; the arrival time of every frame is noted."""
    thread = (await client.post("/api/v1/threads")).json()["thread_id"]
    body = {"graph": "slow", "input": {"delay": delay}}
    async with client.stream(
        "POST", f"/api/v1/threads/{thread}/runs/stream", json=body
    ) as response:
        async for event in sse_events(response):
            arrivals.append(event.at)


def longest_silence(arrivals: list[float], since: float, until: float) -> float:
    """The longest time without a frame between `since` and `until`."""
    times = [since, *(t for t in arrivals if since < t < until), until]
    return max(b - a for a, b in itertools.pairwise(times))


async def run_exam(client: httpx.AsyncClient, material: str) -> float:
    """The exam's stream, read to its end; seconds taken."""
    thread = (await client.post("/api/v1/threads")).json()["thread_id"]
    body = {
        "graph": "exam_generation",
        "input": {"material": material, "single_choice": 20, "true_false": 20, "fill_blank": 20},
    }
    started = time.perf_counter()
    async with client.stream(
        "POST", f"/api/v1/threads/{thread}/runs/stream", json=body
    ) as response:
        async for event in sse_events(response):
            if event.event in ("completed", "error"):
                break
    return time.perf_counter() - started


async def measure(
    threads: int, streams: int, chars: int, heartbeat: float, delay: float, *, warm: bool, port: int
) -> None:
    """One server, one engine setting: figures printed."""
    material = big_material(chars)
    settings: dict[str, Any] = {
        "heartbeat_s": str(heartbeat),
        "engine_threads": str(threads),
        "warm_start": str(warm).lower(),
        "rate_limit": "100000/minute",
        "max_body_bytes": str(4 * len(material.encode()) + 10_000),
        "reload": "false",
    }
    async with our_server(port, **settings) as server:
        limits = httpx.Limits(max_connections=streams + 20)
        async with httpx.AsyncClient(
            base_url=server.base_url, timeout=None, limits=limits
        ) as client:
            arrivals: list[list[float]] = [[] for _ in range(streams)]
            holders = [asyncio.create_task(hold_stream(client, delay, a)) for a in arrivals]
            await asyncio.sleep(10.0)  # every stream open and idle, heartbeats flowing
            health: list[float] = []
            since = time.perf_counter()
            exam = asyncio.create_task(run_exam(client, material))
            while not exam.done():
                started = time.perf_counter()
                await client.get("/healthz")
                health.append((time.perf_counter() - started) * 1000)
                await asyncio.sleep(HEALTH_EVERY_S)
            until = time.perf_counter()
            exam_s = await exam
            for holder in holders:
                holder.cancel()
            await asyncio.gather(*holders, return_exceptions=True)
    gaps = [longest_silence(a, since, until) for a in arrivals if a]
    health.sort()
    p99 = health[int(0.99 * (len(health) - 1))] if health else 0.0
    worst_gap = max(gaps, default=0.0)
    print(
        f"engine threads {threads}{'' if warm else ', no warm start'} (load {load_average()}): exam on {chars} characters took {exam_s:.1f} s; "
        f"/healthz ({len(health)} probes) p50 {statistics.median(health):.1f} ms, p99 {p99:.1f} ms, "
        f"max {health[-1]:.1f} ms (target < {HEALTH_TARGET_MS:.0f}); longest silence on "
        f"{len(gaps)} open streams {worst_gap:.2f} s (target <= {heartbeat + GAP_MARGIN_S:.1f})"
    )


async def main(
    streams: int, chars: int, heartbeat: float, settings: list[int], *, warm: bool, port: int
) -> None:
    """Before (work on the loop, 0 threads) and after (work on engine threads)."""
    delay = 900.0  # longer than any exam here: the streams are cancelled when it ends
    for threads in settings:
        await measure(threads, streams, chars, heartbeat, delay, warm=warm, port=port)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=300)
    parser.add_argument("--chars", type=int, default=190_000)
    parser.add_argument("--heartbeat", type=float, default=2.0)
    parser.add_argument(
        "--threads", type=int, nargs="+", default=[0, 4], help="engine thread settings to compare"
    )
    parser.add_argument("--cold", action="store_true", help="KPL_WARM_START=false")
    parser.add_argument("--port", type=int, default=None, help="default: any free port")
    args = parser.parse_args()
    port = args.port or free_port()
    asyncio.run(
        main(args.streams, args.chars, args.heartbeat, args.threads, warm=not args.cold, port=port)
    )
