"""Two real `kpl serve` processes sharing Redis: any worker continues any thread, resumes any
stream, cancels any run; no two run one thread at once; a killed worker's thread goes on.

Each test starts its own pair of servers (workers A and B) with its own `KPL_REDIS_PREFIX` on Redis
DB 11 and its own checkpoint store (a SQLite file in tmp_path, or Redis DB 10 where the test is
about continuing from a checkpoint), and deletes its keys afterwards. The restart test runs a
private `redis-server` on a free port, never the shared one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError
from websockets.asyncio.client import connect

from api.cli.serve import prepare_stores
from api.settings import Settings
from tests.api.server import free_port
from tests.api.sse_client import Frame, frames, read_all
from tests.support.redis_scope import delete_prefix, new_prefix, redis_scope, redis_url, until

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REDIS_DB = 11
CHECKPOINT_DB = 10
"""Redis checkpoints (keys under `kpl:`) for the tests that use them; only this module uses it."""
GRAPHS = ",".join(
    [
        "slow=tests.runtime.sample_graphs:slow",
        "hold=tests.api.multiworker_graphs:holding",
        "busy_thread=tests.api.multiworker_graphs:busy_on_a_thread",
        "busy_loop=tests.api.multiworker_graphs:busy_on_the_loop",
    ]
)


@dataclass
class Worker:
    """A `kpl serve` process this test started."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def spawn(name: str, env: dict[str, str], tmp_path: Path, *args: str) -> Worker:
    port = free_port()
    log = tmp_path / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "api.cli", "serve", "--port", str(port), *args],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Worker(name, f"http://127.0.0.1:{port}", process, log)


async def ready(worker: Worker) -> bool:
    """True once the worker answers `/readyz` with 200; fails if the process died."""
    assert worker.process.poll() is None, f"{worker.name} exited:\n{worker.output()}"
    try:
        async with httpx.AsyncClient(timeout=5) as http:
            return (await http.get(f"{worker.url}/readyz")).status_code == 200
    except httpx.TransportError:
        return False


def stop(worker: Worker) -> None:
    """SIGTERM the worker's process group (only what this test started), SIGKILL if it lingers."""
    if worker.process.poll() is None:
        os.killpg(worker.process.pid, signal.SIGTERM)
        try:
            worker.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.process.pid, signal.SIGKILL)
            worker.process.wait()


def worker_env(tmp_path: Path, prefix: str, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPL_")}
    env.update(
        KPL_REDIS_URL=redis_url(REDIS_DB),
        KPL_REDIS_PREFIX=prefix,
        KPL_CHECKPOINT_URL=f"sqlite:///{tmp_path}/kpl.db",
        KPL_GRAPHS=GRAPHS,
        KPL_HEARTBEAT_S="0.2",
        KPL_LEASE_TTL_S="1",
        KPL_LOG_LEVEL="WARNING",
        KPL_PLAYGROUND="false",
        KPL_MODEL="offline",
        KPL_WARM_START="false",  # the engine's tables: no test graph here needs them
    )
    env.update(overrides)
    return env


@contextlib.asynccontextmanager
async def workers(tmp_path: Path, **overrides: str) -> AsyncIterator[tuple[Worker, Worker]]:
    """Workers A and B on one Redis prefix and one checkpoint store; keys deleted afterwards."""
    prefix = new_prefix()
    env = worker_env(tmp_path, prefix, **overrides)
    settings = Settings(_env_file=None, checkpoint_url=env["KPL_CHECKPOINT_URL"])  # type: ignore[call-arg]
    await prepare_stores(settings)  # as `kpl serve --workers N` does before starting them
    pair = (spawn("A", env, tmp_path), spawn("B", env, tmp_path))
    try:
        for worker in pair:
            await until(lambda worker=worker: ready(worker))  # type: ignore[misc]
        yield pair
    finally:
        for worker in pair:
            stop(worker)
        # Coordination keys and, with Redis checkpoints, the checkpoints' keys share the prefix
        # (a test's private redis-server is not the shared one and is left alone).
        for db in (REDIS_DB, CHECKPOINT_DB):
            if redis_url(db) in (env["KPL_REDIS_URL"], env["KPL_CHECKPOINT_URL"]):
                async with redis_scope(db) as (client, _):
                    await delete_prefix(client, prefix)


async def new_thread(http: httpx.AsyncClient, worker: Worker) -> str:
    created = await http.post(f"{worker.api}/threads")
    assert created.status_code == 201
    thread_id: str = created.json()["thread_id"]
    return thread_id


def sequence(frame: Frame) -> int:
    assert frame.id is not None
    return int(frame.id.rsplit(":", 1)[1])


async def status_of(http: httpx.AsyncClient, worker: Worker, thread_id: str, run_id: str) -> Any:
    return (await http.get(f"{worker.api}/threads/{thread_id}/runs/{run_id}")).json()


async def first_frames(response: httpx.Response, count: int) -> list[Frame]:
    """The first `count` frames with an id, then the connection is dropped by the caller."""
    seen: list[Frame] = []
    async for frame in frames(response):
        if frame.id is not None:
            seen.append(frame)
        if len(seen) == count:
            break
    return seen


async def test_a_stream_started_on_one_worker_resumes_on_another_without_gap_or_duplicate(
    tmp_path: Path,
) -> None:
    async with workers(tmp_path) as (a, b), httpx.AsyncClient(timeout=30) as http:
        thread_id = await new_thread(http, a)
        body = {"graph": "slow", "input": {"delay": 1.0}}
        async with http.stream(
            "POST", f"{a.api}/threads/{thread_id}/runs/stream", json=body
        ) as response:
            seen = await first_frames(response, 3)  # the connection drops mid-run
        run_id = seen[0].data["run_id"]

        status = await http.get(f"{b.api}/chat/stream/status", params={"thread_id": thread_id})
        assert status.json()["status"] == "running" and status.json()["run_id"] == run_id
        async with http.stream(
            "GET",
            f"{b.api}/threads/{thread_id}/runs/{run_id}/stream",
            headers={"Last-Event-ID": seen[-1].id or ""},
        ) as response:
            rest = [f for f in await read_all(response) if f.id is not None]
        ids = [sequence(f) for f in seen + rest]
        assert ids == list(range(1, len(ids) + 1))  # no gap, no duplicate
        assert rest[-1].event == "completed" and rest[-1].data["status"] == "success"
        assert (await status_of(http, b, thread_id, run_id))["status"] == "success"
        again = await http.get(
            f"{a.api}/threads/{thread_id}/runs/{run_id}/stream",
            params={"last_event_id": rest[-1].id},
        )
        assert again.status_code == 204  # ended, nothing left: on either worker


async def test_a_chat_stream_reconnects_to_another_worker(tmp_path: Path) -> None:
    async with workers(tmp_path) as (a, b), httpx.AsyncClient(timeout=30) as http:
        params = {"message": "开始", "graph": "slow"}
        async with http.stream("GET", f"{a.api}/chat/stream", params=params) as response:
            seen = await first_frames(response, 2)
        assert [f.event for f in seen] == ["started", "route"]
        async with http.stream(
            "GET",
            f"{b.api}/chat/stream",
            params={**params, "last_event_id": seen[-1].id or ""},
        ) as response:
            rest = [f for f in await read_all(response) if f.id is not None]
        ids = [sequence(f) for f in seen + rest]
        assert ids == list(range(1, len(ids) + 1))
        assert {f.data["run_id"] for f in seen + rest} == {seen[0].data["run_id"]}
        assert rest[-1].event == "completed"


async def test_two_messages_to_one_thread_on_two_workers_give_one_run_and_one_thread_busy(
    tmp_path: Path,
) -> None:
    async with workers(tmp_path) as (a, b), httpx.AsyncClient(timeout=30) as http:
        body = {"graph": "slow", "input": {"delay": 0.5}}
        for _ in range(4):
            thread_id = await new_thread(http, a)
            answers = await asyncio.gather(
                http.post(f"{a.api}/threads/{thread_id}/runs", json=body),
                http.post(f"{b.api}/threads/{thread_id}/runs", json=body),
            )
            assert sorted(r.status_code for r in answers) == [202, 409]
            refused = next(r for r in answers if r.status_code == 409)
            assert refused.json()["error"]["code"] == "thread_busy"

        thread_id = await new_thread(http, a)
        queued = {**body, "multitask_strategy": "enqueue"}
        answers = await asyncio.gather(
            http.post(f"{a.api}/threads/{thread_id}/runs", json=queued),
            http.post(f"{b.api}/threads/{thread_id}/runs", json=queued),
        )
        assert [r.status_code for r in answers] == [202, 202]
        for worker, answer in zip((a, b), answers, strict=True):
            run_id = answer.json()["run_id"]
            async with http.stream(
                "GET", f"{worker.api}/threads/{thread_id}/runs/{run_id}/stream"
            ) as response:
                assert (await read_all(response))[-1].data["status"] == "success"
        history = (await http.get(f"{b.api}/threads/{thread_id}/history?limit=50")).json()
        writers = [c["run_id"] for c in reversed(history)]
        switch = next(i for i, w in enumerate(writers) if w != writers[0])
        assert len(set(writers[:switch])) == 1 and len(set(writers[switch:])) == 1  # in turn


async def test_a_cancel_sent_to_one_worker_stops_a_run_on_the_other(tmp_path: Path) -> None:
    async with workers(tmp_path) as (a, b), httpx.AsyncClient(timeout=30) as http:
        thread_id = await new_thread(http, a)
        body = {"graph": "slow", "input": {"delay": 60}}
        run_id = (await http.post(f"{a.api}/threads/{thread_id}/runs", json=body)).json()["run_id"]
        async with http.stream(
            "GET", f"{a.api}/threads/{thread_id}/runs/{run_id}/stream"
        ) as response:
            joined = frames(response)
            async for frame in joined:
                if frame.event == "started":
                    break
            cancelled = await http.post(f"{b.api}/threads/{thread_id}/runs/{run_id}/cancel")
            assert cancelled.status_code == 202
            assert cancelled.json()["status"] == "cancelled"  # answered once it has stopped
            ending = [f async for f in joined if f.id is not None][-1]
        assert (ending.event, ending.data["status"]) == ("completed", "cancelled")

        run_id = (await http.post(f"{a.api}/threads/{thread_id}/runs", json=body)).json()["run_id"]
        await until(lambda: _has_status(http, a, thread_id, run_id, "running"))
        interrupting = {
            "graph": "slow",
            "input": {"delay": 0.01},
            "multitask_strategy": "interrupt",
        }
        second = await http.post(f"{b.api}/threads/{thread_id}/runs", json=interrupting)
        assert second.status_code == 202
        assert (await status_of(http, a, thread_id, run_id))["status"] == "cancelled"


async def _has_status(
    http: httpx.AsyncClient, worker: Worker, thread_id: str, run_id: str, wanted: str
) -> bool:
    return bool((await status_of(http, worker, thread_id, run_id))["status"] == wanted)


async def test_a_killed_workers_thread_continues_on_the_other_from_its_checkpoint(
    tmp_path: Path,
) -> None:
    checkpoints = redis_url(CHECKPOINT_DB)
    release = tmp_path / "release"
    async with (
        workers(tmp_path, KPL_CHECKPOINT_URL=checkpoints) as (a, b),
        httpx.AsyncClient(timeout=30) as http,
    ):
        thread_id = await new_thread(http, a)
        body = {"graph": "hold", "input": {"release": str(release)}}
        run_id = (await http.post(f"{a.api}/threads/{thread_id}/runs", json=body)).json()["run_id"]

        async def first_is_checkpointed() -> bool:
            state = (await http.get(f"{b.api}/threads/{thread_id}/state")).json()
            return bool(state["values"].get("visits") == ["first"])

        await until(first_is_checkpointed)
        os.kill(a.process.pid, signal.SIGKILL)  # mid-run, holding the thread's lease

        async def ended() -> bool:
            return (await status_of(http, b, thread_id, run_id))["status"] != "running"

        await until(ended)  # the survivor ends the dead worker's run
        lost = await status_of(http, b, thread_id, run_id)
        assert lost["status"] == "error" and lost["error"]["code"] == "worker_lost"
        async with http.stream(
            "GET", f"{b.api}/threads/{thread_id}/runs/{run_id}/stream"
        ) as response:
            joined = [f for f in await read_all(response) if f.id is not None]
        assert (joined[-1].event, joined[-1].data["code"]) == ("error", "worker_lost")

        release.touch()
        async with http.stream(
            "POST",
            f"{b.api}/threads/{thread_id}/runs/stream",
            json={"graph": "hold", "multitask_strategy": "enqueue"},  # no input: continue
        ) as response:
            after = [f for f in await read_all(response) if f.id is not None]
        assert after[-1].data["status"] == "success"
        state = (await http.get(f"{b.api}/threads/{thread_id}/state")).json()
        assert state["values"]["visits"] == ["first", "hold"]  # `first` did not run again


async def test_workers_count_rate_limits_together(tmp_path: Path) -> None:
    async with (
        workers(tmp_path, KPL_RATE_LIMIT="3/hour") as (a, b),
        httpx.AsyncClient(timeout=30) as http,
    ):
        body = {"graph": "slow", "input": {"delay": 0.01}}
        codes = []
        for worker in (a, b, a, b):
            thread_id = await new_thread(http, worker)
            answer = await http.post(f"{worker.api}/threads/{thread_id}/runs", json=body)
            codes.append(answer.status_code)
        assert codes == [202, 202, 202, 429]


async def test_workers_come_through_a_redis_restart_while_idle(tmp_path: Path) -> None:
    redis_server = shutil.which("redis-server")
    assert redis_server is not None, "the test needs redis-server (apt-get install redis-server)"
    port = free_port()
    argv = [redis_server, "--port", str(port), "--save", "", "--appendonly", "no"]
    argv += ["--daemonize", "no", "--bind", "127.0.0.1"]

    def start_redis() -> subprocess.Popen[bytes]:
        return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    private = f"redis://127.0.0.1:{port}/0"
    server = start_redis()
    try:
        await until(lambda: _pings(private))
        async with (
            workers(tmp_path, KPL_REDIS_URL=private) as (a, b),
            httpx.AsyncClient(timeout=30) as http,
        ):
            await _resume_across(http, a, b)  # works before

            server.terminate()
            server.wait()
            down = await http.get(f"{a.url}/readyz")
            assert down.status_code == 503
            assert "Redis" in down.json()["error"]["message"]
            server = start_redis()  # empty: nothing was saved
            for worker in (a, b):
                await until(lambda worker=worker: ready(worker))  # type: ignore[misc]

            await _resume_across(http, b, a)  # streams, records, leases work again
            await _cancel_across(http, a, b)  # and so does the cancel channel
    finally:
        server.terminate()
        server.wait()


async def _pings(url: str) -> bool:
    client = Redis.from_url(url)
    try:
        return bool(await client.ping())
    except (RedisError, OSError):  # not listening yet
        return False
    finally:
        await client.aclose()


async def _resume_across(http: httpx.AsyncClient, first: Worker, second: Worker) -> None:
    thread_id = await new_thread(http, first)
    body = {"graph": "slow", "input": {"delay": 0.5}}
    async with http.stream(
        "POST", f"{first.api}/threads/{thread_id}/runs/stream", json=body
    ) as response:
        seen = await first_frames(response, 2)
    run_id = seen[0].data["run_id"]
    async with http.stream(
        "GET",
        f"{second.api}/threads/{thread_id}/runs/{run_id}/stream",
        headers={"Last-Event-ID": seen[-1].id or ""},
    ) as response:
        rest = [f for f in await read_all(response) if f.id is not None]
    assert [sequence(f) for f in seen + rest] == list(range(1, len(seen + rest) + 1))
    assert rest[-1].data["status"] == "success"


async def _cancel_across(http: httpx.AsyncClient, runner: Worker, canceller: Worker) -> None:
    thread_id = await new_thread(http, runner)
    body = {"graph": "slow", "input": {"delay": 60}}
    run_id = (await http.post(f"{runner.api}/threads/{thread_id}/runs", json=body)).json()["run_id"]
    await until(lambda: _has_status(http, runner, thread_id, run_id, "running"))
    cancelled = await http.post(f"{canceller.api}/threads/{thread_id}/runs/{run_id}/cancel")
    assert cancelled.json()["status"] == "cancelled"


def serve_workers(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--workers", "2"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_kpl_serve_refuses_several_workers_without_shared_parts(tmp_path: Path) -> None:
    alone = worker_env(tmp_path, new_prefix())
    del alone["KPL_REDIS_URL"]
    refused = serve_workers(alone)
    assert refused.returncode == 2
    assert "set KPL_REDIS_URL" in refused.stderr
    in_memory = serve_workers(
        {**worker_env(tmp_path, new_prefix()), "KPL_CHECKPOINT_URL": "memory://"}
    )
    assert in_memory.returncode == 2
    assert "memory://" in in_memory.stderr


async def test_kpl_serve_runs_two_workers_on_redis(tmp_path: Path) -> None:
    prefix = new_prefix()
    server = spawn("pair", worker_env(tmp_path, prefix), tmp_path, "--workers", "2")
    try:
        await until(lambda: ready(server))
        async with httpx.AsyncClient(timeout=30) as http:
            for _ in range(3):
                thread_id = await new_thread(http, server)
                body = {"graph": "slow", "input": {"delay": 0.01}}
                async with http.stream(
                    "POST", f"{server.api}/threads/{thread_id}/runs/stream", json=body
                ) as response:
                    assert (await read_all(response))[-1].data["status"] == "success"

        async def both_registered() -> bool:
            async with redis_scope(REDIS_DB) as (client, _):
                return len(await client.smembers(f"{prefix}:workers")) == 2

        # Two worker processes, each known to the other. The second may still be starting when
        # the first answers, so this waits; a worker that never joins fails on the test timeout.
        await until(both_registered)
    finally:
        stop(server)
        async with redis_scope(REDIS_DB) as (client, _):
            await delete_prefix(client, prefix)


LEASE_TTL_S = 2.0
WORK_S = 5.0
"""Over twice the lease: renewal (every third of it) must go on while the node works."""


@pytest.mark.parametrize(("graph", "finishes"), [("busy_thread", True), ("busy_loop", False)])
async def test_a_worker_busy_longer_than_its_lease_keeps_it_and_finishes_the_run(
    tmp_path: Path, graph: str, finishes: bool
) -> None:
    """A node works 5 s (pure-Python CPU) under a 2 s lease. On a thread, the worker's loop keeps
    renewing its lease and its liveness, and the run ends `success` on that worker; on the loop
    (the control: what engine work did before graphs/engine.py) the worker is taken for dead."""
    async with (
        workers(tmp_path, KPL_LEASE_TTL_S=str(LEASE_TTL_S)) as (a, b),
        httpx.AsyncClient(timeout=120) as http,
    ):
        thread_id = await new_thread(http, a)
        body = {"graph": graph, "input": {"seconds": WORK_S}}
        async with http.stream(
            "POST", f"{a.api}/threads/{thread_id}/runs/stream", json=body
        ) as response:
            events = [f for f in await read_all(response) if f.id is not None]
        last, run_id = events[-1], events[0].data["run_id"]
        if finishes:
            assert [f.event for f in events if f.event in ("completed", "error")] == ["completed"]
            assert last.data["status"] == "success", last
            assert last.data["output"]["worked_s"] >= WORK_S > 2 * LEASE_TTL_S
            record = await status_of(http, b, thread_id, run_id)
            assert (record["status"], record.get("error")) == ("success", None), record
            assert "lease lost" not in a.output()
            return

        async def ended() -> bool:
            return (await status_of(http, b, thread_id, run_id))["status"] != "running"

        await until(ended)
        lost = await status_of(http, b, thread_id, run_id)
        assert "completed" not in [f.event for f in events], last
        # Taken for dead by the other worker (worker_lost), or its own lease lost (unavailable).
        assert lost["status"] == "error", lost
        assert lost["error"]["code"] in ("worker_lost", "unavailable"), lost


async def test_a_websocket_on_one_worker_watches_a_run_started_on_the_other(
    tmp_path: Path,
) -> None:
    """The WebSocket channel reads runs from the shared broker: a watcher on B follows a thread
    whose run A started from its own socket, frame for frame."""
    async with workers(tmp_path) as (a, b):
        ws_a = a.url.replace("http://", "ws://") + "/api/v1/ws"
        ws_b = b.url.replace("http://", "ws://") + "/api/v1/ws"
        async with connect(ws_a) as driver, connect(ws_b) as watcher:
            await driver.send(json.dumps({"type": "chat", "message": "开始", "graph": "slow"}))
            first = json.loads(await driver.recv(decode=True))
            assert first["event"] == "started"
            await watcher.send(
                json.dumps({"type": "watch", "thread_id": first["data"]["thread_id"]})
            )
            driven: list[dict[str, Any]] = [first]
            watched: list[dict[str, Any]] = []
            while driven[-1]["event"] not in ("completed", "error"):
                frame = json.loads(await driver.recv(decode=True))
                if frame["event"] != "heartbeat":
                    driven.append(frame)
            while not watched or watched[-1]["event"] not in ("completed", "error"):
                frame = json.loads(await watcher.recv(decode=True))
                if frame["event"] != "heartbeat":
                    watched.append(frame)
        assert driven[-1]["event"] == "completed"
        assert [f["id"] for f in watched] == [f["id"] for f in driven]
