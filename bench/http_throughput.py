"""HTTP + SSE throughput and time to first event: our `kpl serve` against `langgraph dev`.

    .venv/bin/python -m bench.http_throughput [--runs 200] [--concurrency 10 50] [--rounds 1]
        [--baseline DIR] [--langgraph-venv DIR] [--port N] [--only-ours] [--clients N]
        [--checkpoint-url postgresql://...]

Both servers serve the same five-node chain, in-memory checkpoints (ours elsewhere with
`--checkpoint-url`, e.g. Postgres), one worker each, on free loopback ports, started and stopped
here. A run = create a thread + stream a run on it to its end,
one httpx AsyncClient (HTTP/1.1) per server. Printed per server and concurrency: runs/s, time to
first event (run request sent -> our `started` / their `metadata`), whole-run time, server and
client CPU per run. `langgraph dev` (`langgraph-cli[inmem]`) runs from its own venv,
bench/.venv-langgraph, created on first use; never install it into the project's venv. Targets
(reported, not asserted): ours >= 3x their runs/s, our median time to first event <= 10 ms at c=10.
The server and SSE helpers here are also used by bench.open_streams.

    .venv/bin/python -m bench.http_throughput --protocols [--runs 200] [--seconds 20]
        [--concurrency 1 10 50] [--langgraph-venv DIR] [--port N] [--only-ours]

Issue 16: one `kpl serve` driven through `/api/v1` (httpx), `/langgraph` (the official SDK) and
`/ag-ui` (httpx), and `langgraph dev` through the same SDK, interleaved: runs/s and time to the
first node event per protocol, with ratios to /api/v1 and to langgraph dev (bench.protocol_clients).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.timing import median_pct

ROOT = Path(__file__).resolve().parent.parent
LANGGRAPH_VENV = ROOT / "bench" / ".venv-langgraph"
LANGGRAPH_GRAPH_DIR = ROOT / "bench" / "graph_for_langgraph"
SAMPLES = "tests.runtime.sample_graphs"
OUR_GRAPHS = f"chain=bench.graph_for_langgraph.chain:five_node_chain,slow={SAMPLES}:slow"
READY_TIMEOUT_S = 120.0


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """A server process this script started, with where it answers and where its log goes."""

    name: str
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def cpu_seconds(self) -> float:
        """User + system CPU time of the process and its reaped children, from /proc."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
        return ticks / os.sysconf("SC_CLK_TCK")

    def rss_kib(self) -> int:
        """Resident set size of the process (VmRSS), in KiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError(f"{self.name}: no VmRSS in /proc/{self.process.pid}/status")

    def log_tail(self, lines: int = 30) -> str:
        """The end of the server's output, to show why it did not start."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


@contextlib.asynccontextmanager
async def running(
    name: str, argv: list[str], env: dict[str, str], cwd: Path, ready_url: str, base_url: str
) -> AsyncIterator[Server]:
    """Start a server in its own process group, wait until `ready_url` answers 200, stop it after."""
    server = spawn(name, argv, env, cwd, base_url)
    try:
        await wait_ready(server, ready_url)
        yield server
    finally:
        stop(server)


def spawn(name: str, argv: list[str], env: dict[str, str], cwd: Path, base_url: str) -> Server:
    """The server process, in a new session so that `stop` can signal its whole group."""
    log_path = Path(tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".log")[1])
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            argv, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    return Server(name, process, base_url, log_path)


async def wait_ready(server: Server, url: str) -> None:
    """Poll until the server answers; fail with its log if it exits or takes too long."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    async with httpx.AsyncClient(timeout=2.0) as client:
        while time.monotonic() < deadline and server.process.poll() is None:
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(url)).status_code == 200:
                    return
            await asyncio.sleep(0.2)
    code = server.process.poll()
    what = f"exited with {code}" if code is not None else f"did not answer {url} in time"
    raise RuntimeError(f"{server.name} {what}; its output ends:\n{server.log_tail()}")


def stop(server: Server) -> None:
    """SIGTERM the server's process group (only what this script started), then SIGKILL."""
    if server.process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=5)
    server.log_path.unlink(missing_ok=True)


def load_average() -> str:
    """The machine's 1, 5 and 15 minute load averages: other work running beside the benchmark."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def our_server(
    port: int, *, source: Path = ROOT, name: str = "kpl", **settings: str
) -> contextlib.AbstractAsyncContextManager[Server]:
    """`kpl serve` with the sample graphs, in-memory checkpoints and quiet logs.

    `source`: the source tree to serve (another tree, e.g. `git archive` of an older commit, runs
    on this venv's libraries with its own code first on the path: a before/after in one run).
    """
    env = {
        **os.environ,
        "PYTHONPATH": str(source),  # the sample graphs live in tests/, which is not installed
        "KPL_GRAPHS": OUR_GRAPHS,
        "KPL_CHECKPOINT_URL": "memory://",
        "KPL_LOG_LEVEL": "WARNING",
        # the default 60/minute per user would refuse most of a benchmark's runs (429); the
        # limiter itself stays in the path
        "KPL_RATE_LIMIT": "1000000/minute",
        "KPL_HOST": "127.0.0.1",
        "KPL_PORT": str(port),
        **{f"KPL_{key.upper()}": value for key, value in settings.items()},
    }
    base = f"http://127.0.0.1:{port}"
    serve = "import sys; from api.cli import main; sys.argv = ['kpl', 'serve']; sys.exit(main())"
    argv = [str(ROOT / ".venv" / "bin" / "python"), "-c", serve]
    return running(name, argv, env, source, f"{base}/healthz", base)


def ensure_langgraph_cli(venv: Path = LANGGRAPH_VENV) -> Path:
    """The `langgraph` executable of `venv` (never the project's), creating it if missing."""
    executable, pip = venv / "bin" / "langgraph", venv / "bin" / "pip"
    if not executable.exists():
        print(f"creating {venv} with langgraph-cli[inmem] (once)...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(pip), "install", "-q", "langgraph-cli[inmem]"], check=True)
    return executable


@contextlib.contextmanager
def langgraph_workdir() -> Iterator[Path]:
    """A scratch copy of bench/graph_for_langgraph to run `langgraph dev` in: it resolves the
    graph's path against its working directory and writes `.langgraph_api/` there."""
    with tempfile.TemporaryDirectory(prefix="bench-langgraph-") as folder:
        work = Path(folder) / "graph"
        shutil.copytree(LANGGRAPH_GRAPH_DIR, work, ignore=shutil.ignore_patterns(".langgraph_api"))
        yield work


def langgraph_server(
    port: int, work: Path, jobs: int, venv: Path = LANGGRAPH_VENV
) -> contextlib.AbstractAsyncContextManager[Server]:
    """`langgraph dev` serving the same chain, offline, without reload, quiet."""
    offline = {"LANGGRAPH_CLI_NO_ANALYTICS": "1", "LANGSMITH_TRACING": "false"}
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"} | offline
    argv = [str(ensure_langgraph_cli(venv)), "dev", "--no-browser", "--no-reload"]
    argv += ["--host", "127.0.0.1", "--port", str(port), "--n-jobs-per-worker", str(jobs)]
    argv += ["--server-log-level", "WARNING", "--config", "langgraph.json"]
    base = f"http://127.0.0.1:{port}"
    return running("langgraph-dev", argv, env, work, f"{base}/ok", base)


@dataclass
class SseEvent:
    """One SSE event as parsed from the wire, with the monotonic time its block ended."""

    event: str
    data: str
    at: float


async def sse_events(response: httpx.Response) -> AsyncIterator[SseEvent]:
    """Events of an SSE response as they arrive (the `retry:` frame has no event and is skipped)."""
    name, data = "", list[str]()
    async for line in response.aiter_lines():
        if line == "":
            if name or data:
                yield SseEvent(name or "message", "\n".join(data), time.perf_counter())
            name, data = "", []
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))


@dataclass
class RunSample:
    """The timings of one run, and what went wrong if it did."""

    first_event_s: float = 0.0
    whole_s: float = 0.0
    error: str | None = None


OneRun = Callable[[httpx.AsyncClient], Awaitable[RunSample]]


def our_check(events: list[SseEvent]) -> str | None:
    """Ours: `started` first, `completed` last with the chain's final count."""
    names = [e.event for e in events]
    if not names or names[0] != "started" or names[-1] != "completed":
        return f"unexpected event sequence {names}"
    return None if '"count":5' in events[-1].data else f"completed: {events[-1].data[:200]}"


def their_check(events: list[SseEvent]) -> str | None:
    """Theirs: `metadata` first, five `updates`, the last one with the final count."""
    names = [e.event for e in events]
    if not names or names[0] != "metadata" or names.count("updates") != 5:
        return f"unexpected event sequence {names}"
    last = events[-1].data.replace(" ", "")
    return None if '"count":5' in last else f"last update: {last[:200]}"


def run_of(
    prefix: str, body: dict[str, Any], check: Callable[[list[SseEvent]], str | None]
) -> OneRun:
    """A run against one API: create a thread, stream a run on it to the end, check the events."""

    async def one(client: httpx.AsyncClient) -> RunSample:
        begin = time.perf_counter()
        thread = await client.post(f"{prefix}/threads", json={})
        thread.raise_for_status()
        url = f"{prefix}/threads/{thread.json()['thread_id']}/runs/stream"
        sent, events = time.perf_counter(), []
        async with client.stream("POST", url, json=body) as response:
            if response.status_code != 200:
                return RunSample(error=f"runs/stream answered {response.status_code}")
            events = [event async for event in sse_events(response)]
        first = events[0].at - sent if events else 0.0
        return RunSample(first, time.perf_counter() - begin, check(events))

    return one


our_run = run_of("/api/v1", {"graph": "chain", "input": {"count": 0}}, our_check)
their_run = run_of(
    "", {"assistant_id": "chain", "input": {"count": 0}, "stream_mode": ["updates"]}, their_check
)


@dataclass
class Result:
    """One server at one concurrency, summed over the rounds."""

    server: str
    concurrency: int
    samples: list[RunSample] = field(default_factory=list)
    seconds: float = 0.0
    server_cpu_s: float = 0.0
    client_cpu_s: float = 0.0
    loads: list[str] = field(default_factory=list)
    """The 1-minute load average after each measured batch: what else the machine was doing."""

    def good(self, attribute: str) -> list[float]:
        """A timing of every run that went right."""
        return [getattr(s, attribute) for s in self.samples if s.error is None]

    def runs_per_s(self) -> float:
        """Runs that went right per second of driving."""
        return len(self.good("whole_s")) / self.seconds if self.seconds else float("nan")


Clients = list[httpx.AsyncClient]


async def drive(clients: Clients, one: OneRun, runs: int, concurrency: int) -> list[RunSample]:
    """`runs` runs, `concurrency` at a time, the workers spread over the clients."""
    todo, samples = iter(range(runs)), list[RunSample]()

    async def worker(client: httpx.AsyncClient) -> None:
        for _ in todo:
            try:
                samples.append(await one(client))
            except httpx.HTTPError as exc:
                samples.append(RunSample(error=f"{type(exc).__name__}: {exc}"))

    await asyncio.gather(*(worker(clients[i % len(clients)]) for i in range(concurrency)))
    return samples


async def measure(server: Server, clients: Clients, one: OneRun, runs: int, into: Result) -> None:
    """Warm up, then time `runs` runs at `into.concurrency`, with server and client CPU time."""
    await drive(clients, one, min(runs, 2 * into.concurrency), into.concurrency)
    cpu, client_cpu, start = server.cpu_seconds(), time.process_time(), time.perf_counter()
    into.samples += await drive(clients, one, runs, into.concurrency)
    into.seconds += time.perf_counter() - start
    into.server_cpu_s += server.cpu_seconds() - cpu
    into.client_cpu_s += time.process_time() - client_cpu
    into.loads.append(f"{os.getloadavg()[0]:.1f}")


def report(results: list[Result]) -> None:
    """The table (times in ms), errors, then ours/theirs ratios and the targets."""
    print(
        f"{'server':<14}{'conc':>5}{'runs/s':>8}  first event med/p95   whole run med/p95"
        "   cpu/run server/client  errors  load"
    )
    for r in results:
        (fm, fp), (wm, wp) = (
            median_pct(r.good("first_event_s"), 95),
            median_pct(r.good("whole_s"), 95),
        )
        errors, n = [s.error for s in r.samples if s.error is not None], len(r.samples)
        print(
            f"{r.server:<14}{r.concurrency:>5}{r.runs_per_s():>8.1f}  {fm * 1e3:8.1f} {fp * 1e3:8.1f}"
            f"   {wm * 1e3:8.1f} {wp * 1e3:8.1f}      {r.server_cpu_s * 1e3 / n:6.1f} "
            f"{r.client_cpu_s * 1e3 / n:6.1f}  {len(errors):6}  {'/'.join(r.loads)}"
        )
        for error in sorted(set(errors))[:3]:
            print(f"  error: {error}")
    by_key = {(r.server, r.concurrency): r for r in results}
    for (name, concurrency), ours in by_key.items():
        for other, target in (("kpl-before", ""), ("langgraph-dev", " (target >= 3x)")):
            theirs = by_key.get((other, concurrency))
            if name != "kpl" or theirs is None:
                continue
            ratio = {
                a: median_pct(ours.good(a), 95)[0] / median_pct(theirs.good(a), 95)[0]
                for a in ("first_event_s", "whole_s")
            }
            cpu = ours.server_cpu_s / theirs.server_cpu_s * len(theirs.samples) / len(ours.samples)
            print(
                f"c={concurrency}: kpl/{other} runs/s {ours.runs_per_s() / theirs.runs_per_s():.2f}x"
                f"{target}, server CPU per run {cpu:.2f}x, median first event "
                f"{ratio['first_event_s']:.3f}x, median whole run {ratio['whole_s']:.3f}x"
            )
    if ("kpl", 10) in by_key:
        first_10 = median_pct(by_key["kpl", 10].good("first_event_s"), 95)[0]
        print(f"ours c=10: median time to first event {first_10 * 1e3:.1f} ms (target <= 10 ms)")


@dataclass(frozen=True, kw_only=True)
class Options:
    """What to run: the command line."""

    runs: int
    levels: list[int]
    rounds: int
    pools: int
    only_ours: bool
    baseline: Path | None
    langgraph_venv: Path
    port: int
    checkpoint_url: str = "memory://"
    """Where our servers keep checkpoints and threads (a Postgres URL: ours on Postgres)."""


async def main(o: Options) -> None:
    """Start the servers, measure them interleaved (noise hits all alike), print the table."""
    print(
        f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"{o.pools} client(s) per server, load average before: {load_average()}"
    )
    ports = itertools.count(o.port) if o.port else iter(free_port, None)
    servers: list[tuple[Server, OneRun]] = []
    async with contextlib.AsyncExitStack() as stack:
        ours = our_server(next(ports), checkpoint_url=o.checkpoint_url)
        servers.append((await stack.enter_async_context(ours), our_run))
        if o.baseline is not None:
            before = our_server(
                next(ports), source=o.baseline, name="kpl-before", checkpoint_url=o.checkpoint_url
            )
            servers.append((await stack.enter_async_context(before), our_run))
        if not o.only_ours:
            work = stack.enter_context(langgraph_workdir())
            theirs = langgraph_server(next(ports), work, max(o.levels), o.langgraph_venv)
            servers.append((await stack.enter_async_context(theirs), their_run))
        # HTTP/1.1, a connection per concurrent run; --clients splits httpcore's O(n) pool scans
        limits = httpx.Limits(
            max_connections=max(o.levels) // o.pools + 10, max_keepalive_connections=None
        )
        clients = [
            [
                await stack.enter_async_context(
                    httpx.AsyncClient(base_url=s.base_url, limits=limits, timeout=60.0)
                )
                for _ in range(o.pools)
            ]
            for s, _ in servers
        ]
        results = {(s.name, c): Result(s.name, c) for c in o.levels for s, _ in servers}
        for _ in range(o.rounds):  # interleaved, so that drift hits every server alike
            for concurrency in o.levels:
                for (server, one), client in zip(servers, clients, strict=True):
                    await measure(server, client, one, o.runs, results[server.name, concurrency])
        rss = ", ".join(f"{s.name} {s.rss_kib() / 1024:.0f} MiB" for s, _ in servers)
    report(list(results.values()))
    print(f"server RSS after the runs: {rss}")
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="measured runs per server and level")
    parser.add_argument(
        "--concurrency", type=int, nargs="+", help="levels (default 10 50; --protocols: 1 10 50)"
    )
    parser.add_argument("--rounds", type=int, default=1, help="repeat the interleaved rounds")
    parser.add_argument("--clients", type=int, default=1, help="httpx pools per server (spread)")
    parser.add_argument("--only-ours", action="store_true", help="skip langgraph dev")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="also serve this source tree as kpl-before (e.g. `git archive <commit>` unpacked)",
    )
    parser.add_argument(
        "--langgraph-venv", type=Path, default=LANGGRAPH_VENV, help="where langgraph-cli lives"
    )
    parser.add_argument("--port", type=int, default=0, help="first port to use (default: free)")
    parser.add_argument(
        "--checkpoint-url", default="memory://", help="our servers' KPL_CHECKPOINT_URL"
    )
    parser.add_argument(
        "--protocols", action="store_true", help="/api/v1, /langgraph, /ag-ui and langgraph dev"
    )
    parser.add_argument(
        "--seconds", type=float, default=20.0, help="--protocols: no run starts after this per cell"
    )
    a = parser.parse_args()
    if a.protocols:  # imported here: bench.protocol_clients imports this module's helpers
        from bench.protocol_clients import side_by_side

        run = side_by_side(
            runs=a.runs,
            seconds=a.seconds,
            levels=a.concurrency or [1, 10, 50],
            port=a.port or free_port(),
            langgraph=None if a.only_ours else a.langgraph_venv,
        )
        sys.exit(asyncio.run(run))
    options = Options(
        runs=a.runs,
        levels=a.concurrency or [10, 50],
        rounds=a.rounds,
        pools=a.clients,
        only_ours=a.only_ours,
        baseline=a.baseline,
        langgraph_venv=a.langgraph_venv,
        port=a.port,
        checkpoint_url=a.checkpoint_url,
    )
    asyncio.run(main(options))
