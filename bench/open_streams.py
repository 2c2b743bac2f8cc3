"""1,000 concurrent open SSE streams on one `kpl serve` worker: heartbeats on time, memory per stream.

    .venv/bin/python -m bench.open_streams [--streams 1000] [--delay 45] [--heartbeat 2] [--port N]
    .venv/bin/python -m bench.open_streams --streams 10000 --delay 330 --heartbeat 15
    .venv/bin/python -m bench.open_streams --source /tmp/base   # `git archive` of an older commit

Starts our server with `KPL_HEARTBEAT_S=2` (in-memory checkpoints, quiet logs, a run timeout past
`--delay`), then opens
`--streams` SSE streams, each `POST /threads` + `POST /threads/{id}/runs/stream` of the sample
`slow` graph parked `--delay` seconds in its sleeping node, so every stream stays silent but for
heartbeats. For every stream it records the gap between consecutive frames; a gap longer than the
heartbeat interval plus 1 s is a late heartbeat (10,000 streams: give `--delay` the time it takes to
open them all, several minutes on a busy 2-core machine, plus a few heartbeats). It reads the server's VmRSS from /proc before the
streams (after one warm-up run) and once all streams are open, and reports memory per open stream,
streams that failed, and the client's own event-loop lag (a late client also makes gaps look long).

Bounded: every stream ends when its run completes (`--delay` after it started); the script gives
up if opening them all takes `--delay` + 120 s, or if they have not ended that long after. The client raises its file-descriptor
limit to the hard limit before starting the server, which inherits it: each process needs a
descriptor per stream and a few hundred besides (the client's pools, the server's files).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import resource
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.http_throughput import ROOT, Server, free_port, load_average, our_server, sse_events

OPENING_AT_ONCE = 50
"""Streams being opened at the same time: the server is not a connection-storm benchmark."""
STREAMS_PER_CLIENT = 100
"""httpcore's pool scans every connection on each request and response close (O(n) each): one
pool of 1,000 busy connections spent ~76% of this client's CPU there (py-spy), making the client,
not the server, late. Pools of 100 streams, 1,100 connections in all, keep it cheap."""


@dataclass
class Stream:
    """What one stream saw."""

    frames: list[tuple[str, float]] = field(default_factory=list)
    beats_sent_ms: list[tuple[float, int]] = field(default_factory=list)
    """(arrival here, the server's `ts`) of each heartbeat."""
    error: str | None = None

    def worst_gap_s(self, since: float = 0.0, until: float = float("inf")) -> float:
        """The longest silence between consecutive frames arriving within [since, until]."""
        times = [at for _, at in self.frames if since <= at <= until]
        return max((b - a for a, b in itertools.pairwise(times)), default=0.0)

    def worst_sent_gap_s(self, since: float = 0.0, until: float = float("inf")) -> float:
        """The longest interval between consecutive heartbeats by the server's own clock, of
        the heartbeats arriving within [since, until]."""
        sent = [ts for at, ts in self.beats_sent_ms if since <= at <= until]
        return max((b - a for a, b in itertools.pairwise(sent)), default=0) / 1e3

    def heartbeats(self) -> int:
        """How many heartbeat frames arrived."""
        return sum(1 for name, _ in self.frames if name == "heartbeat")


@dataclass
class Counters:
    """Streams opened and finished so far, to know when all are open at once."""

    opened: int = 0
    failed_unopened: int = 0
    finished: int = 0
    all_open: asyncio.Event = field(default_factory=asyncio.Event)

    def check(self, total: int) -> None:
        """Every stream is open or has failed to open: the all-open moment has come."""
        if self.opened + self.failed_unopened == total:
            self.all_open.set()


def raise_fd_limit(needed: int) -> int:
    """Raise this process's soft RLIMIT_NOFILE to the hard limit; fail if that is too low."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else max(needed, 65536)
    resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    if target < needed:
        raise SystemExit(
            f"the hard file-descriptor limit is {hard}, below the {needed} this run needs; "
            f"raise it (ulimit -Hn) or ask for fewer --streams"
        )
    return target


async def one_stream(
    client: httpx.AsyncClient,
    opening: asyncio.Semaphore,
    counters: Counters,
    total: int,
    delay: float,
) -> Stream:
    """Open a slow run's stream and read it to the end, timing every frame."""
    stream = Stream()
    await opening.acquire()
    released = False
    try:
        thread = await client.post("/api/v1/threads")
        thread.raise_for_status()
        url = f"/api/v1/threads/{thread.json()['thread_id']}/runs/stream"
        body = {"graph": "slow", "input": {"delay": delay}}
        async with client.stream("POST", url, json=body) as response:
            if response.status_code != 200:
                stream.error = f"runs/stream answered {response.status_code}"
                return stream
            async for event in sse_events(response):
                stream.frames.append((event.event, event.at))
                if event.event == "heartbeat":
                    stream.beats_sent_ms.append((event.at, json.loads(event.data)["ts"]))
                if not released:  # the stream is open: let the next one start opening
                    released = True
                    opening.release()
                    counters.opened += 1
                    counters.check(total)
        names = [name for name, _ in stream.frames]
        if not names or names[0] != "started" or names[-1] != "completed":
            stream.error = f"unexpected events: first {names[:2]}, last {names[-1:]}"
    except httpx.HTTPError as exc:
        stream.error = f"{type(exc).__name__}: {exc}"
    finally:
        if not released:
            opening.release()
            counters.failed_unopened += 1
            counters.check(total)
        counters.finished += 1
    return stream


async def loop_lag(stop: asyncio.Event, samples: list[tuple[float, float]]) -> None:
    """(when, how late) this client's event loop wakes from a 100 ms sleep, until `stop`."""
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(0.1)
        now = time.perf_counter()
        samples.append((now, now - start - 0.1))


async def warm_up(client: httpx.AsyncClient) -> None:
    """One short slow run, so that RSS "before" already holds the loaded code paths."""
    thread = (await client.post("/api/v1/threads")).json()["thread_id"]
    body = {"graph": "slow", "input": {"delay": 0.01}}
    async with client.stream("POST", f"/api/v1/threads/{thread}/runs/stream", json=body) as resp:
        async for _ in sse_events(resp):
            pass


@dataclass
class Readings:
    """Everything measured besides the streams themselves."""

    rss_before: int = 0
    rss_open: int | None = None
    open_at_reading: int = 0
    began: float = 0.0
    all_open_at: float | None = None
    lag: list[tuple[float, float]] = field(default_factory=list)


async def measure(server: Server, total: int, delay: float, heartbeat: float) -> None:
    """Open the streams, read RSS once all are open, wait for them to end, print the figures."""
    # Idle connections expire before uvicorn's 5 s keep-alive does, so no request is ever sent
    # on a connection the server is closing ("Server disconnected without sending a response").
    limits = httpx.Limits(
        max_connections=STREAMS_PER_CLIENT + 10,
        max_keepalive_connections=STREAMS_PER_CLIENT + 10,
        keepalive_expiry=2.0,
    )
    timeout = httpx.Timeout(30.0, read=heartbeat * 10)
    readings = Readings()
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(base_url=server.base_url, limits=limits, timeout=timeout)
            )
            for _ in range(-(-total // STREAMS_PER_CLIENT))
        ]
        await warm_up(clients[0])
        await asyncio.sleep(1.0)
        readings.rss_before = server.rss_kib()
        counters, opening = Counters(), asyncio.Semaphore(OPENING_AT_ONCE)
        stop = asyncio.Event()
        lag_task = asyncio.create_task(loop_lag(stop, readings.lag))
        readings.began = time.perf_counter()
        tasks = [
            asyncio.create_task(
                one_stream(clients[i % len(clients)], opening, counters, total, delay)
            )
            for i in range(total)
        ]
        try:
            async with asyncio.timeout(delay + 120):  # opening them all
                await counters.all_open.wait()
            readings.all_open_at = time.perf_counter()
            await asyncio.sleep(2 * heartbeat)  # let every stream see a heartbeat or two
            readings.open_at_reading = counters.opened - counters.finished
            readings.rss_open = server.rss_kib()
            async with asyncio.timeout(delay + 120):  # the last opened ends `delay` after it
                streams = await asyncio.gather(*tasks)
        finally:
            stop.set()
            await lag_task
    report(streams, heartbeat, readings)


def report(streams: list[Stream], heartbeat: float, readings: Readings) -> None:
    """Gaps (all, steady state, server clock), heartbeats, failures, lag, memory."""
    limit = heartbeat + 1.0
    done = [s for s in streams if s.error is None]
    print(f"streams: {len(streams)}, completed: {len(done)}, failed: {len(streams) - len(done)}")
    for error in sorted({s.error for s in streams if s.error})[:5]:
        print(f"  failure: {error}")
    if not done or readings.all_open_at is None:
        return
    print(f"all streams open {readings.all_open_at - readings.began:.1f} s after the first began")
    # Steady state: every stream open (plus one interval to settle), no run finished yet.
    first_end = min(s.frames[-1][1] for s in done)
    window = (readings.all_open_at + heartbeat, first_end)
    for label, gaps in (
        ("whole streams, client arrival", [s.worst_gap_s() for s in done]),
        (
            f"steady {window[1] - window[0]:.0f} s, client arrival",
            [s.worst_gap_s(*window) for s in done],
        ),
        ("heartbeats, server clock (ts)", [s.worst_sent_gap_s() for s in done]),
        ("steady, heartbeats, server clock", [s.worst_sent_gap_s(*window) for s in done]),
    ):
        gaps.sort()
        late = sum(1 for g in gaps if g > limit)
        print(
            f"worst gap per stream ({label}): median {statistics.median(gaps):.2f} s, "
            f"max {gaps[-1]:.2f} s; streams over {limit:g} s: {late}"
        )
    beats = [s.heartbeats() for s in done]
    print(f"heartbeats per stream: min {min(beats)}, median {statistics.median(beats):.0f}")
    for label, (since, until) in (("whole", (0.0, float("inf"))), ("steady", window)):
        lags = [late for at, late in readings.lag if since <= at <= until]
        if lags:
            print(
                f"client event-loop lag ({label}): median {statistics.median(lags) * 1e3:.1f} ms, "
                f"max {max(lags) * 1e3:.0f} ms"
            )
    print(f"server RSS before: {readings.rss_before / 1024:.1f} MiB")
    if readings.rss_open is not None and readings.open_at_reading:
        grown = readings.rss_open - readings.rss_before
        print(
            f"server RSS with {readings.open_at_reading} streams open: "
            f"{readings.rss_open / 1024:.1f} MiB (+{grown / 1024:.1f} MiB, "
            f"{grown / readings.open_at_reading:.0f} KiB per open stream)"
        )


async def main(
    total: int, delay: float, heartbeat: float, port: int, source: Path | None = None
) -> None:
    """Raise the fd limit, start the server with the heartbeat setting, measure."""
    limit = raise_fd_limit(total + 400)
    print(
        f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, fd limit {limit}, "
        f"KPL_HEARTBEAT_S={heartbeat:g}, delay {delay:g} s, "
        f"load average before: {load_average()}"
    )
    server_at = our_server(
        port or free_port(),
        source=source or ROOT,
        heartbeat_s=f"{heartbeat:g}",
        run_timeout_s=f"{delay + 300:g}",
    )
    async with server_at as server:
        await measure(server, total, delay, heartbeat)
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streams", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=45.0, help="seconds each run sleeps")
    parser.add_argument("--heartbeat", type=float, default=2.0, help="KPL_HEARTBEAT_S")
    parser.add_argument("--port", type=int, default=0, help="the server's port (default: free)")
    parser.add_argument(
        "--source",
        type=Path,
        default=None,
        help="serve another source tree (e.g. `git archive` of an older commit): a before/after",
    )
    options = parser.parse_args()
    asyncio.run(
        main(options.streams, options.delay, options.heartbeat, options.port, options.source)
    )
