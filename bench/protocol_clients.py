"""One run of the bench's chain through each protocol, as a client of that protocol would do it.

Used by `python -m bench.http_throughput --protocols` (issue 16): the same five-node chain through
`kpl serve`'s `/api/v1` (httpx), `/langgraph` (the official `langgraph_sdk` client), `/ag-ui`
(httpx, a RunAgentInput) and `langgraph dev` (the same SDK), interleaved in one script run.

A run creates its thread inside the timed run and streams one run on it to its end. Its
"first node event" is the first event that reports a node's result, the one event all four
protocols have: `node_output` (/api/v1), an `updates` part (LangGraph), `STEP_FINISHED` (AG-UI).
Each client checks what it read (five node results, the final count 5, the protocol's last
event) and reports a sequence that is wrong as the run's error.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient

from bench.http_throughput import (
    Result,
    RunSample,
    Server,
    langgraph_server,
    langgraph_workdir,
    load_average,
    our_server,
    sse_events,
)
from bench.timing import median_pct

GRAPH = "chain"
INPUT = {"count": 0}
Run = Callable[[], Awaitable[RunSample]]


def _sample(begin: float, sent: float, first: float | None, error: str | None) -> RunSample:
    if first is None:
        return RunSample(error=error or "no node event")
    return RunSample(first - sent, time.perf_counter() - begin, error)


class ApiV1:
    """`/api/v1`: POST a thread, then stream a run on it (stream mode `full`), over httpx."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def run(self) -> RunSample:
        """One run; first node event: the first `node_output`."""
        begin = time.perf_counter()
        thread = await self.client.post("/api/v1/threads", json={})
        thread.raise_for_status()
        url = f"/api/v1/threads/{thread.json()['thread_id']}/runs/stream"
        sent, first, names, last = time.perf_counter(), None, list[str](), ""
        async with self.client.stream("POST", url, json={"graph": GRAPH, "input": INPUT}) as r:
            if r.status_code != 200:
                return RunSample(error=f"runs/stream answered {r.status_code}")
            async for event in sse_events(r):
                if event.event == "node_output" and first is None:
                    first = event.at
                names.append(event.event)
                last = event.data
        ok = names.count("node_output") == 5 and names[-1] == "completed" and '"count":5' in last
        return _sample(begin, sent, first, None if ok else f"unexpected events {names}")


class LangGraphSdk:
    """A LangGraph Platform API (ours under `/langgraph`, or `langgraph dev`) through the official
    Python SDK as shipped: `threads.create`, then `runs.stream(stream_mode="updates")`."""

    def __init__(self, client: LangGraphClient) -> None:
        self.client = client

    async def run(self) -> RunSample:
        """One run; first node event: the first `updates` part."""
        begin = time.perf_counter()
        thread = await self.client.threads.create()
        sent, first, names = time.perf_counter(), None, list[str]()
        last: Any = None
        async for part in self.client.runs.stream(
            thread["thread_id"], GRAPH, input=INPUT, stream_mode="updates"
        ):
            if part.event == "updates" and first is None:
                first = time.perf_counter()
            names.append(part.event)
            last = part.data if part.event == "updates" else last
        updates = names.count("updates")
        ok = updates == 5 and isinstance(last, dict) and last.get("e", {}).get("count") == 5
        return _sample(begin, sent, first, None if ok else f"unexpected parts {names}")


class AgUi:
    """`/ag-ui/chain`: POST a RunAgentInput (a new thread id, the input as `state`) over httpx and
    read the SSE to RUN_FINISHED."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def run(self) -> RunSample:
        """One run (the server creates the thread); first node event: the first STEP_FINISHED."""
        body = {
            "threadId": str(uuid.uuid4()),
            "runId": str(uuid.uuid4()),
            "state": INPUT,
            "messages": [],
            "tools": [],
            "context": [],
            "forwardedProps": {},
        }
        begin = time.perf_counter()
        first, types = None, list[str]()
        async with self.client.stream("POST", f"/ag-ui/{GRAPH}", json=body) as r:
            if r.status_code != 200:
                return RunSample(error=f"/ag-ui answered {r.status_code}")
            async for event in sse_events(r):
                kind = json.loads(event.data).get("type", "?")
                if kind == "STEP_FINISHED" and first is None:
                    first = event.at
                types.append(kind)
        ok = types.count("STEP_FINISHED") == 5 and types[-1:] == ["RUN_FINISHED"]
        return _sample(begin, begin, first, None if ok else f"unexpected events {types}")


def sdk_client(base_url: str) -> LangGraphClient:
    """The official client as a user gets it (its own httpx pool, default limits), no API key."""
    return get_client(url=base_url, api_key=None, timeout=120)


@dataclass
class Cell(Result):
    """One protocol at one concurrency (`server` names the protocol), with the server it ran on."""

    target: Server | None = None

    def first_median(self) -> float:
        """Median time to the first node event."""
        return median_pct(self.good("first_event_s"), 90)[0]


async def drive(run: Run, runs: int, concurrency: int, seconds: float) -> list[RunSample]:
    """Up to `runs` runs, `concurrency` at a time; no run starts after `seconds`."""
    todo, samples, stop_at = iter(range(runs)), list[RunSample](), time.perf_counter() + seconds

    async def worker() -> None:
        for _ in todo:
            if time.perf_counter() > stop_at:
                return
            try:
                samples.append(await run())
            except Exception as exc:  # a failed run is a sample; the bench goes on
                samples.append(RunSample(error=f"{type(exc).__name__}: {exc}"[:300]))

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples


async def measure(cell: Cell, run: Run, runs: int, seconds: float) -> None:
    """Warm up (2 x concurrency runs), then drive the cell, with server and client CPU time."""
    await drive(run, 2 * cell.concurrency, cell.concurrency, seconds)
    assert cell.target is not None
    server = cell.target
    cpu, client_cpu, start = server.cpu_seconds(), time.process_time(), time.perf_counter()
    cell.samples += await drive(run, runs, cell.concurrency, seconds)
    cell.seconds += time.perf_counter() - start
    cell.server_cpu_s += server.cpu_seconds() - cpu
    cell.client_cpu_s += time.process_time() - client_cpu
    cell.loads.append(f"{os.getloadavg()[0]:.1f}")


def report(cells: list[Cell], api: str, theirs: str) -> None:
    """The table (ms), errors, and each cell's ratios to `api` and `theirs` at its concurrency."""
    by_key = {(c.server, c.concurrency): c for c in cells}
    print(
        f"{'protocol':<16}{'conc':>5}{'runs':>6}{'runs/s':>8}  first node med/p90  whole med/p90"
        f"  cpu/run srv/client  errors  load  runs/s vs {api} / {theirs}  first node vs {api} / {theirs}"
    )
    for c in cells:
        (fm, fp), (wm, wp) = (
            median_pct(c.good("first_event_s"), 90),
            median_pct(c.good("whole_s"), 90),
        )
        errors, n = [s.error for s in c.samples if s.error is not None], max(1, len(c.samples))
        ratios = []
        for attribute in ("runs_per_s", "first_median"):
            for other in (api, theirs):
                base = by_key.get((other, c.concurrency))
                value = getattr(c, attribute)() / getattr(base, attribute)() if base else None
                ratios.append(f"{value:.3g}x" if value is not None else "-")
        print(
            f"{c.server:<16}{c.concurrency:>5}{len(c.samples):>6}{c.runs_per_s():>8.1f}"
            f"  {fm * 1e3:8.1f} {fp * 1e3:8.1f}  {wm * 1e3:7.1f} {wp * 1e3:7.1f}"
            f"  {c.server_cpu_s * 1e3 / n:9.1f} {c.client_cpu_s * 1e3 / n:6.1f}  {len(errors):6}  {'/'.join(c.loads):>4}"
            f"  {ratios[0]:>8} / {ratios[1]:<8}  {ratios[2]:>8} / {ratios[3]}"
        )
        for error in sorted(set(errors))[:3]:
            print(f"  error: {error}")


async def side_by_side(
    *, runs: int, seconds: float, levels: list[int], port: int, langgraph: Path | None
) -> None:
    """One `kpl serve` (and `langgraph dev` from the venv `langgraph`, unless None), each protocol
    driven at each level in turn, interleaved; then the table."""
    print(
        f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"up to {runs} runs or {seconds:g} s per cell, load average before: {load_average()}"
    )
    ports = itertools.count(port)
    api, theirs = "kpl /api/v1", "langgraph dev"
    async with contextlib.AsyncExitStack() as stack:
        ours = await stack.enter_async_context(our_server(next(ports)))
        limits = httpx.Limits(max_connections=max(levels) + 10, max_keepalive_connections=None)
        plain = await stack.enter_async_context(
            httpx.AsyncClient(base_url=ours.base_url, limits=limits, timeout=120.0)
        )
        sdk = await stack.enter_async_context(sdk_client(f"{ours.base_url}/langgraph"))
        protocols: list[tuple[str, Server, Run]] = [
            (api, ours, ApiV1(plain).run),
            ("kpl /langgraph", ours, LangGraphSdk(sdk).run),
            ("kpl /ag-ui", ours, AgUi(plain).run),
        ]
        if langgraph is not None:
            try:
                work = stack.enter_context(langgraph_workdir())
                dev = langgraph_server(next(ports), work, max(levels), langgraph)
                server = await stack.enter_async_context(dev)
            except RuntimeError as exc:  # it could not start: say so, measure the other three
                print(f"langgraph dev did not start, measuring kpl only: {exc}")
            else:
                their_sdk = await stack.enter_async_context(sdk_client(server.base_url))
                protocols.append((theirs, server, LangGraphSdk(their_sdk).run))
        cells = {
            (n, c): Cell(server=n, concurrency=c, target=s) for c in levels for n, s, _ in protocols
        }
        for concurrency in levels:
            for name, _, run in protocols:
                await measure(cells[name, concurrency], run, runs, seconds)
    report(list(cells.values()), api, theirs)
    print(f"load average after: {load_average()}")
