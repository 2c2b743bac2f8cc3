"""The shipped nginx config (deploy/nginx/kaopeilian.conf) in front of a real server.

A real nginx (Debian's package) runs the shipped file with only its upstream addresses, listen
port, log paths and stream read timeout swapped, inside a main config that, like Debian's, turns
gzip on (and here, on for event streams too, so the site's own `gzip off` is what is tested).
Heartbeats must keep a silent stream alive past nginx's read timeout; without them nginx cuts it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.settings import Settings
from tests.api.conftest import make_settings
from tests.api.server import free_port, live_server
from tests.api.sse_client import Frame, frames, read_all

pytestmark = pytest.mark.slow

SHIPPED = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "kaopeilian.conf"
READ_TIMEOUT_S = 2
"""nginx's `proxy_read_timeout` for streams in these tests (60 s in the shipped file)."""
SILENT_RUN = {"graph": "slow", "input": {"delay": 2.5 * READ_TIMEOUT_S}}
"""A run whose `sleepy` node sends nothing for longer than the read timeout."""

MAIN_CONF = """\
{user}
worker_processes 1;
pid {state}/nginx.pid;
events {{
    worker_connections 64;
}}
http {{
    client_body_temp_path {state}/body;
    proxy_temp_path {state}/proxy;
    fastcgi_temp_path {state}/fastcgi;
    uwsgi_temp_path {state}/uwsgi;
    scgi_temp_path {state}/scgi;
    # Debian's nginx.conf has `gzip on`; this one compresses event streams too, unless told not to.
    gzip on;
    gzip_types text/event-stream application/json;
    include {site};
}}
"""


def swap(text: str, pattern: str, replacement: str, *, at_least: int = 1) -> str:
    """`text` with `pattern` replaced; fails when the shipped file no longer has what it replaces."""
    result, count = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    if count < at_least:
        pytest.fail(
            f"{SHIPPED.name} has no line matching {pattern!r}: the file changed shape; update "
            "localize() in tests/api/test_nginx.py so that it still runs the shipped file"
        )
    return result


def localize(shipped: str, *, upstream: str, port: int, logs: Path, read_timeout_s: int) -> str:
    """The shipped config with this test's addresses, port, log paths and read timeout."""
    # Every upstream line points at the test server: the structure (several servers, keepalive)
    # stays as shipped.
    text = swap(shipped, r"^(\s*server )127\.0\.0\.1:\d+", rf"\g<1>{upstream}", at_least=2)
    text = swap(text, r"^(\s*listen )80;", rf"\g<1>127.0.0.1:{port};")
    text = swap(text, r"^(\s*access_log )\S+", rf"\g<1>{logs}/access.log")
    text = swap(text, r"^(\s*error_log )\S+;", rf"\g<1>{logs}/error.log info;")
    return swap(text, r"^(\s*proxy_read_timeout )\d+s;", rf"\g<1>{read_timeout_s}s;")


@dataclass(frozen=True)
class Proxy:
    """A running nginx in front of a test server."""

    url: str  # nginx's base URL
    logs: Path  # where its access and error logs go

    def client(self) -> httpx.AsyncClient:
        """A client for the API through nginx."""
        return httpx.AsyncClient(base_url=f"{self.url}/api/v1", timeout=30)

    def log(self, name: str) -> str:
        """One of nginx's logs (`access.log`, `error.log`, `startup.log`), empty if not written."""
        path = self.logs / name
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


@pytest.fixture(scope="session")
def nginx() -> str:
    """The nginx binary: fail under CI (it must have it), skip elsewhere, when it is missing."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")  # not on users' PATH
    if found is None:
        reason = "nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the nginx tests")
        pytest.skip(reason)
    return found


def accepts(port: int) -> bool:
    """Whether something listens on 127.0.0.1:`port`."""
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def behind_nginx(tmp_path: Path, nginx: str, **settings: Any) -> Iterator[Proxy]:
    """A live server with these settings, and nginx running the shipped config in front of it."""
    state = tmp_path / "nginx"
    state.mkdir()
    port = free_port()
    with live_server(make_settings(tmp_path, **settings)) as app_url:
        site = state / "kaopeilian.conf"
        site.write_text(
            localize(
                SHIPPED.read_text(encoding="utf-8"),
                upstream=app_url.removeprefix("http://"),
                port=port,
                logs=state,
                read_timeout_s=READ_TIMEOUT_S,
            ),
            encoding="utf-8",
        )
        main = state / "nginx.conf"
        # As root, nginx's workers would run as an unprivileged user that cannot enter tmp_path.
        user = "user root;" if os.geteuid() == 0 else ""
        main.write_text(MAIN_CONF.format(user=user, state=state, site=site), encoding="utf-8")
        with (state / "startup.log").open("a") as startup:  # nginx appends to it as well
            process = subprocess.Popen(
                [nginx, "-p", state, "-e", state / "startup.log", "-c", main, "-g", "daemon off;"],
                stdout=startup,
                stderr=subprocess.STDOUT,
            )
        proxy = Proxy(url=f"http://127.0.0.1:{port}", logs=state)
        try:
            while not accepts(port):
                if process.poll() is not None:
                    pytest.fail(
                        f"nginx exited with {process.returncode}: {proxy.log('startup.log')}"
                    )
                time.sleep(0.02)
            yield proxy
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


async def new_thread(client: httpx.AsyncClient) -> str:
    """A new thread's id."""
    response = await client.post("/threads")
    assert response.status_code == 201
    thread_id: str = response.json()["thread_id"]
    return thread_id


def kinds(got: list[Frame]) -> list[str | None]:
    """The event names, in order."""
    return [frame.event for frame in got]


def silence(got: list[Frame]) -> list[str | None]:
    """The events between the slow node's start and its output (or the end of what arrived)."""
    names = kinds(got)
    start = next(
        i for i, f in enumerate(got) if f.event == "node_start" and f.data["node"] == "sleepy"
    )
    end = next(
        (i for i, f in enumerate(got) if f.event == "node_output" and f.data["node"] == "sleepy"),
        len(got),
    )
    return names[start + 1 : end]


async def test_heartbeats_keep_a_silent_stream_alive_past_the_read_timeout(
    tmp_path: Path, nginx: str
) -> None:
    with behind_nginx(tmp_path, nginx, heartbeat_s=0.5) as proxy:
        async with proxy.client() as client:
            thread_id = await new_thread(client)
            got: list[Frame] = []
            status_in_silence = None
            async with client.stream(
                "POST", f"/threads/{thread_id}/runs/stream", json=SILENT_RUN
            ) as response:
                assert response.status_code == 200
                assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
                assert response.headers["cache-control"] == "no-cache"
                assert "content-encoding" not in response.headers  # the site's `gzip off`
                assert "x-accel-buffering" not in response.headers  # for nginx, not browsers
                async for frame in frames(response):
                    got.append(frame)
                    if frame.event == "node_start" and frame.data["node"] == "sleepy":
                        run = f"/threads/{thread_id}/runs/{frame.data['run_id']}"
                        status_in_silence = (await client.get(run)).json()["status"]
    # Events pass while the run goes on: nginx holds nothing back until the end.
    assert status_in_silence == "running"
    assert set(silence(got)) == {"heartbeat"}
    assert got[-1].event == "completed"
    assert got[-1].data["status"] == "success"
    assert "upstream timed out" not in proxy.log("error.log")


async def test_without_heartbeats_nginx_cuts_the_silent_stream(tmp_path: Path, nginx: str) -> None:
    # The control: the same run, heartbeats far apart, so the stream is silent past the timeout.
    with behind_nginx(tmp_path, nginx, heartbeat_s=100 * READ_TIMEOUT_S) as proxy:
        async with proxy.client() as client:
            thread_id = await new_thread(client)
            got: list[Frame] = []
            async with client.stream(
                "POST", f"/threads/{thread_id}/runs/stream", json=SILENT_RUN
            ) as response:
                assert response.status_code == 200
                with pytest.raises(httpx.RemoteProtocolError):
                    async for frame in frames(response):
                        got.append(frame)
    assert silence(got) == []  # cut in the middle of the silence
    assert "completed" not in kinds(got)
    assert "upstream timed out" in proxy.log("error.log")


async def test_a_reconnect_with_last_event_id_resumes_through_nginx(
    tmp_path: Path, nginx: str
) -> None:
    with behind_nginx(tmp_path, nginx, heartbeat_s=0.5) as proxy:
        async with proxy.client() as client:
            thread_id = await new_thread(client)
            accepted = await client.post(
                f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {"delay": 1.0}}
            )
            assert accepted.status_code == 202
            run = f"/threads/{thread_id}/runs/{accepted.json()['run_id']}"
            seen: list[Frame] = []
            async with client.stream("GET", f"{run}/stream") as response:
                async for frame in frames(response):
                    if frame.id is not None:
                        seen.append(frame)
                    if len(seen) == 3:
                        break  # the connection drops mid-run
            async with client.stream(
                "GET", f"{run}/stream", headers={"Last-Event-ID": seen[-1].id or ""}
            ) as response:
                assert response.status_code == 200
                rest = [f for f in await read_all(response) if f.id is not None]
            again = await client.get(f"{run}/stream", params={"last_event_id": rest[-1].id})
    ids = [frame.id for frame in seen + rest]
    assert ids == [f"{accepted.json()['run_id']}:{n}" for n in range(1, len(ids) + 1)]
    assert rest[-1].event == "completed"
    assert again.status_code == 204  # the query form passes too, and the ended run stops the client


async def test_request_ids_pass_both_ways_and_reach_the_access_log(
    tmp_path: Path, nginx: str
) -> None:
    with behind_nginx(tmp_path, nginx) as proxy:
        async with httpx.AsyncClient(base_url=proxy.url, timeout=30) as client:
            given = await client.get("/healthz", headers={"X-Request-ID": "lesson-42"})
            made = await client.get("/readyz")
    assert given.json() == {"status": "ok"}
    assert given.headers["x-request-id"] == "lesson-42"
    assert made.json() == {"status": "ok"}
    request_id = made.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)  # nginx's own $request_id, kept by the app
    access = proxy.log("access.log")
    assert "rid=lesson-42" in access
    assert f"rid={request_id}" in access


async def test_the_access_log_masks_credentials_in_query_strings(
    tmp_path: Path, nginx: str
) -> None:
    with behind_nginx(tmp_path, nginx) as proxy:
        async with proxy.client() as client:
            one = await client.get("/graphs", params={"thread_id": "t-1", "access_token": "k-one"})
            two = await client.get("/graphs", params={"ticket": "k-two", "api_key": "k-three"})
            plain = await client.get("/graphs", params={"thread_id": "t-2"})
    assert one.status_code == two.status_code == plain.status_code == 200
    access = proxy.log("access.log")
    assert "GET /api/v1/graphs?thread_id=t-1&access_token=*** HTTP/1.1" in access
    assert "GET /api/v1/graphs?[redacted] HTTP/1.1" in access
    assert "GET /api/v1/graphs?thread_id=t-2 HTTP/1.1" in access
    for secret in ("k-one", "k-two", "k-three"):
        assert secret not in access


async def test_bodies_over_either_limit_get_the_protocols_413(tmp_path: Path, nginx: str) -> None:
    limit = Settings.model_fields["max_body_bytes"].default
    with behind_nginx(tmp_path, nginx) as proxy:
        async with proxy.client() as client:
            over_app = await client.post("/route", json={"message": "x" * (limit + limit // 2)})
            over_nginx = await client.post("/route", content=b"x" * (3 * 1024 * 1024))
    assert over_app.status_code == 413
    assert over_app.json()["error"]["code"] == "payload_too_large"
    assert over_app.json()["error"]["details"] == {"limit": limit}  # the app's own answer
    assert over_nginx.status_code == 413
    assert over_nginx.headers["content-type"] == "application/json"
    assert over_nginx.json()["error"]["code"] == "payload_too_large"
    assert over_nginx.json()["error"]["details"] == {}  # nginx's answer, in the same shape


def directive(name: str) -> str:
    """The one value of `name` in the shipped config."""
    values = re.findall(rf"^\s*{name}\s+(\S+);", SHIPPED.read_text(encoding="utf-8"), re.M)
    assert len(values) == 1, f"expected one {name} in {SHIPPED.name}, found {values}"
    return values[0]


def test_the_shipped_timeout_and_body_limit_fit_the_settings_defaults() -> None:
    read_timeout = directive("proxy_read_timeout")
    assert read_timeout.endswith("s")
    assert int(read_timeout[:-1]) >= 2 * Settings.model_fields["heartbeat_s"].default
    body_limit = directive("client_max_body_size")
    assert body_limit.endswith("m")
    assert int(body_limit[:-1]) * 1024 * 1024 > Settings.model_fields["max_body_bytes"].default
