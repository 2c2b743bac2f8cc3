"""A server stops promptly with a stream still open, as `kpl serve` does on SIGTERM: the open
streams end, then the lifespan closes Redis and cancels the runs (runs coordinated and
checkpointed on Redis, DB 9, a fresh `kpl-stop-` prefix)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis

from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.support.redis_scope import redis_url

REDIS_DB = 9


@pytest.fixture
def prefix() -> Iterator[str]:
    name = f"kpl-stop-{uuid.uuid4().hex[:12]}"
    yield name
    client = redis.Redis.from_url(redis_url(REDIS_DB))
    for key in client.scan_iter(match=f"{name}:*", count=1000):
        client.delete(key)
    client.close()


def test_a_server_with_an_open_stream_stops(tmp_path: Path, prefix: str) -> None:
    settings = make_settings(
        tmp_path,
        redis_url=redis_url(REDIS_DB),
        checkpoint_url=redis_url(REDIS_DB),
        redis_prefix=prefix,
    )
    frames: list[str] = []
    watching = threading.Event()

    def watch(base: str, thread_id: str, run_id: str) -> None:
        url = f"{base}/api/v1/threads/{thread_id}/runs/{run_id}/stream"
        with httpx.stream("GET", url, timeout=60) as response:
            for line in response.iter_lines():
                if line.startswith("event:"):
                    frames.append(line.removeprefix("event:").strip())
                    watching.set()

    with live_server(settings) as base:
        api = httpx.Client(base_url=f"{base}/api/v1", timeout=30)
        thread_id = api.post("/threads").json()["thread_id"]
        started = api.post(
            f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {"delay": 60}}
        )
        api.close()
        reader = threading.Thread(
            target=watch, args=(base, thread_id, started.json()["run_id"]), daemon=True
        )
        reader.start()
        assert watching.wait(timeout=30), "the stream sent nothing"
        stopping = time.monotonic()
    # live_server raises if the server has not stopped within its 30 s join
    stopped_s = time.monotonic() - stopping
    reader.join(timeout=30)
    assert not reader.is_alive(), "the stream stayed open after the server stopped"
    assert "started" in frames and "completed" not in frames  # the run was still going
    print(f"stopped in {stopped_s:.2f} s with a stream open")  # the test's log (-s)
