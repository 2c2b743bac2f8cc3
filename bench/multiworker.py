"""Many workers on Redis: runs/s with one and two workers, and cross-worker resume latency.

    .venv/bin/python -m bench.multiworker [--runs 300] [--concurrency 20] [--rounds 2]
                                          [--resumes 60] [--redis redis://127.0.0.1:6379/12]
                                          [--worker-cores 0,1] [--client-cores 2,3]

Throughput: `kpl serve` with the five-node chain, four set-ups started and stopped here, in
interleaved rounds: one worker with everything in memory (the baseline); one worker with its runs
on Redis (`KPL_REDIS_URL`: Redis Streams broker, leases, run records) but checkpoints in memory,
which isolates what coordinating costs; one worker with checkpoints on Redis too; and two workers
so (`kpl serve --workers 2`, one port, the kernel spreads connections; with `--worker-cores`,
two `kpl serve` processes each pinned to its core, a client each, the runs spread over them; the
one-worker set-ups then run on the first core). A run = create a thread + stream a run on it to
its end, `--concurrency` at a time, one httpx client (`--client-cores` pins it). `--resumes 0`
leaves the resume part out.

Resume: two `kpl serve` processes A and B on one Redis. Each sample starts a `slow` run on A,
reads two events, drops the connection, and reconnects with `Last-Event-ID` to A (same worker) or
B (the other worker), alternately; it times the reconnect request to its first event (an event
already in the stream, so this is the resume path alone), then reads the run to its end.

The machine's cores are shared by the client, Redis and every worker: two workers cannot double
a throughput that the client and Redis already share. Figures and ratios are printed, never
asserted. Keys under the bench's prefix and the checkpoints' `kpl:` prefix are deleted at exit, on
the Redis database given (12 by default, one of the multi-worker databases).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
from redis.asyncio import Redis

from bench.http_throughput import (
    OUR_GRAPHS,
    ROOT,
    RunSample,
    Server,
    drive,
    free_port,
    load_average,
    our_run,
    running,
    sse_events,
)
from bench.timing import median_pct

SETUPS = ("1 worker, memory", "1 worker, Redis runs", "1 worker, Redis", "2 workers, Redis")
"""In memory; Redis broker/leases/records with checkpoints in memory; everything on Redis."""


@dataclass
class Figures:
    """One set-up's samples over the rounds."""

    name: str
    samples: list[RunSample] = field(default_factory=list)
    seconds: float = 0.0

    def good(self) -> list[RunSample]:
        return [s for s in self.samples if s.error is None]

    def runs_per_s(self) -> float:
        return len(self.good()) / self.seconds if self.seconds else float("nan")


def server_env(
    redis_url: str | None, prefix: str, *, checkpoints: str | None = None
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPL_")}
    env.update(
        PYTHONPATH=str(ROOT),  # the sample graphs live in tests/, which is not installed
        KPL_GRAPHS=OUR_GRAPHS,
        KPL_LOG_LEVEL="WARNING",
        KPL_PLAYGROUND="false",
        KPL_RATE_LIMIT="100000/minute",
        KPL_CHECKPOINT_URL=checkpoints or redis_url or "memory://",
    )
    if redis_url:
        env.update(KPL_REDIS_URL=redis_url, KPL_REDIS_PREFIX=prefix)
    return env


def serve(
    name: str, env: dict[str, str], workers: int = 1, *, core: int | None = None
) -> contextlib.AbstractAsyncContextManager[Server]:
    """`kpl serve` with `workers` processes on one port; `core`: pinned to that CPU (taskset)."""
    port = free_port()
    argv = [str(ROOT / ".venv" / "bin" / "kpl"), "serve", "--port", str(port)]
    argv += ["--workers", str(workers)]
    if core is not None:
        argv = ["taskset", "-c", str(core), *argv]
    base = f"http://127.0.0.1:{port}"
    return running(name, argv, env, ROOT, f"{base}/readyz", base)


@contextlib.asynccontextmanager
async def workers_of(
    name: str, env: dict[str, str], count: int, cores: list[int] | None
) -> AsyncIterator[list[httpx.AsyncClient]]:
    """Clients of `count` workers: without `cores`, `kpl serve --workers count` on one port (the
    kernel spreads the connections); with them, one `kpl serve` per worker, the i-th pinned to
    `cores[i]`, each with its own client (the runs are spread over the clients)."""
    async with contextlib.AsyncExitStack() as stack:
        if cores is None:
            servers = [await stack.enter_async_context(serve(name, env, count))]
        else:
            servers = [
                await stack.enter_async_context(serve(f"{name}-{i}", env, core=cores[i]))
                for i in range(count)
            ]
        yield [
            await stack.enter_async_context(httpx.AsyncClient(base_url=s.base_url, timeout=60))
            for s in servers
        ]


async def throughput(args: argparse.Namespace, prefix: str) -> list[Figures]:
    figures = {name: Figures(name) for name in SETUPS}
    for round_ in range(args.rounds):
        for name in SETUPS:
            redis_url = None if "memory" in name else args.redis
            checkpoints = "memory://" if name.endswith("runs") else None
            workers = 2 if name.startswith("2") else 1
            env = server_env(redis_url, prefix, checkpoints=checkpoints)
            async with workers_of(name, env, workers, args.worker_cores) as clients:
                await drive(clients, our_run, 2 * args.concurrency, args.concurrency)  # warm up
                start = time.perf_counter()
                figures[name].samples += await drive(clients, our_run, args.runs, args.concurrency)
                figures[name].seconds += time.perf_counter() - start
            print(f"  round {round_ + 1}: {name} done (load {load_average()})", flush=True)
    return list(figures.values())


async def first_frames(response: httpx.Response, count: int) -> list[str]:
    """The ids of the first `count` events; the caller then drops the connection."""
    ids: list[str] = []
    async for line in response.aiter_lines():
        if line.startswith("id:"):
            ids.append(line[3:].strip())
            if len(ids) == count:
                break
    return ids


async def one_resume(http: httpx.AsyncClient, start_on: Server, resume_on: Server) -> float:
    """Seconds from the reconnect request to its first event."""
    api = f"{start_on.base_url}/api/v1"
    thread_id = (await http.post(f"{api}/threads")).json()["thread_id"]
    body = {"graph": "slow", "input": {"delay": 0.3}}
    async with http.stream("POST", f"{api}/threads/{thread_id}/runs/stream", json=body) as first:
        ids = await first_frames(first, 2)
    run_id = ids[-1].rsplit(":", 1)[0]
    url = f"{resume_on.base_url}/api/v1/threads/{thread_id}/runs/{run_id}/stream"
    sent = time.perf_counter()
    async with http.stream("GET", url, headers={"Last-Event-ID": ids[-1]}) as response:
        events = sse_events(response)
        first_event = await anext(events)
        took = first_event.at - sent
        async for _ in events:  # to the end: runs must not pile up
            pass
    return took


async def resumes(args: argparse.Namespace, prefix: str) -> dict[str, list[float]]:
    env = server_env(args.redis, prefix)
    times: dict[str, list[float]] = {"same worker": [], "other worker": []}
    async with (
        serve("A", env) as a,
        serve("B", env) as b,
        httpx.AsyncClient(timeout=60) as http,
    ):
        for _ in range(5):  # warm up both paths
            await one_resume(http, a, a)
            await one_resume(http, a, b)
        for i in range(args.resumes):
            other = i % 2 == 1
            took = await one_resume(http, a, b if other else a)
            times["other worker" if other else "same worker"].append(took)
    return times


async def clean(redis_url: str, prefix: str) -> None:
    client = Redis.from_url(redis_url)
    try:
        for pattern in (f"{prefix}:*", "kpl:*"):
            async for key in client.scan_iter(match=pattern, count=1000):
                await client.delete(key)
    finally:
        await client.aclose()


@contextlib.asynccontextmanager
async def cleaned(redis_url: str, prefix: str) -> AsyncIterator[None]:
    try:
        yield
    finally:
        await clean(redis_url, prefix)


def report(figures: list[Figures], times: dict[str, list[float]]) -> None:
    print(f"\n{'set-up':<20}{'runs/s':>8}  whole run med/p95 (ms)  errors")
    for f in figures:
        med, p95 = median_pct([s.whole_s for s in f.good()], 95)
        errors = [s.error for s in f.samples if s.error]
        print(
            f"{f.name:<20}{f.runs_per_s():>8.1f}  {med * 1e3:8.1f} {p95 * 1e3:8.1f}  {len(errors)}"
        )
        for error in sorted(set(map(str, errors)))[:3]:
            print(f"    {error}")
    base, runs, one, two = (f.runs_per_s() for f in figures)
    print(f"\n1 worker, Redis runs (checkpoints in memory) / in memory: {runs / base:.2f}x")
    print(f"1 worker, all on Redis / in memory: {one / base:.2f}x")
    print(f"2 workers / 1 worker, both on Redis: {two / one:.2f}x")
    if not any(times.values()):
        return
    print(f"\n{'resume (Last-Event-ID)':<24}{'n':>4}  time to first event med/p95 (ms)")
    for name, values in times.items():
        med, p95 = median_pct(values, 95)
        print(f"{name:<24}{len(values):>4}  {med * 1e3:8.2f} {p95 * 1e3:8.2f}")
    same, other = (statistics.median(v) for v in times.values())
    print(f"other worker / same worker: {other / same:.2f}x")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--resumes", type=int, default=60)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument(
        "--worker-cores",
        type=lambda text: [int(core) for core in text.split(",")],
        help="e.g. 0,1: each worker its own `kpl serve` pinned to one of these CPUs (one worker: "
        "the first), instead of `kpl serve --workers 2`",
    )
    parser.add_argument(
        "--client-cores",
        type=lambda text: {int(core) for core in text.split(",")},
        help="e.g. 2,3: pin this script (the HTTP client) to these CPUs",
    )
    args = parser.parse_args()
    if args.client_cores:
        os.sched_setaffinity(0, args.client_cores)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    print(f"load before: {load_average()} on {os.cpu_count()} cores", flush=True)
    async with cleaned(args.redis, prefix):
        figures = await throughput(args, prefix)
        times = await resumes(args, prefix) if args.resumes else {}
    report(figures, times)
    print(f"load after: {load_average()}")


if __name__ == "__main__":
    asyncio.run(main())
