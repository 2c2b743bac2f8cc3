"""Bad input gets its 4xx through the real app: never a 500, never a new run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.json_depth import json_depth
from tests.api.conftest import make_settings
from tests.api.sse_client import read_all

MALFORMED_IDS = ["0123abcd:²".encode(), b"0123abcd:" + b"9" * 5000, b"nonsense", b":3", b"run:"]


async def open_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            yield client


@pytest.fixture
async def app_client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async for client in open_client(create_app(make_settings(tmp_path))):
        yield client


@pytest.fixture
async def keyed_client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The app with KPL_AUTH=apikey (alice's key is `k-alice`)."""
    settings = make_settings(tmp_path, auth="apikey", api_keys={"k-alice": "alice"})
    async for client in open_client(create_app(settings)):
        yield client


async def new_thread(client: httpx.AsyncClient) -> str:
    thread_id: str = (await client.post("/api/v1/threads")).json()["thread_id"]
    return thread_id


async def last_run(client: httpx.AsyncClient, thread_id: str) -> str | None:
    """The thread's latest run id (None: no run ever started on it)."""
    status = await client.get("/api/v1/chat/stream/status", params={"thread_id": thread_id})
    run_id: str | None = status.json()["run_id"]
    return run_id


@pytest.mark.parametrize(
    "raw", MALFORMED_IDS, ids=["superscript", "5000-digits", "nonsense", "no-run", "no-seq"]
)
@pytest.mark.parametrize("where", ["header", "query"])
async def test_a_malformed_last_event_id_is_a_400_and_starts_nothing(
    app_client: httpx.AsyncClient, raw: bytes, where: str
) -> None:
    thread_id = await new_thread(app_client)
    params = {"message": "你能做什么？", "graph": "help", "thread_id": thread_id}
    if where == "header":
        response = await app_client.get(
            "/api/v1/chat/stream", params=params, headers=[(b"Last-Event-ID", raw)]
        )
    else:
        response = await app_client.get(
            "/api/v1/chat/stream", params={**params, "last_event_id": raw.decode()}
        )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert "Last-Event-ID" in error["message"]
    assert await last_run(app_client, thread_id) is None
    # The same request without the id starts a run: the check above can fail.
    async with app_client.stream("GET", "/api/v1/chat/stream", params=params) as started:
        await read_all(started)
    assert await last_run(app_client, thread_id) is not None


async def test_a_malformed_last_event_id_joining_a_run_is_a_400(
    app_client: httpx.AsyncClient,
) -> None:
    thread_id = await new_thread(app_client)
    started = await app_client.post(
        f"/api/v1/threads/{thread_id}/runs",
        json={"graph": "help", "input": {"question": "你能做什么？"}},
    )
    run_id = started.json()["run_id"]
    url = f"/api/v1/threads/{thread_id}/runs/{run_id}/stream"
    bad = await app_client.get(url, headers={"Last-Event-ID": f"{run_id}:1x"})
    assert bad.status_code == 400
    async with app_client.stream("GET", url, headers={"Last-Event-ID": f"{run_id}:1"}) as good:
        assert good.status_code == 200
        frames = await read_all(good)
    assert next(f.id for f in frames if f.id) == f"{run_id}:2"


def nested(depth: int) -> str:
    return '{"graph": "help", "input": {"question": "hi", "x": ' + "[" * depth + "]" * depth + "}}"


@pytest.mark.parametrize("depth", [256, 3000, 100_000])
async def test_a_deeply_nested_body_is_refused_before_it_is_parsed(
    app_client: httpx.AsyncClient, depth: int
) -> None:
    thread_id = await new_thread(app_client)
    for path in (f"/threads/{thread_id}/runs", f"/threads/{thread_id}/runs/stream", "/route"):
        response = await app_client.post(
            "/api/v1" + path,
            content=nested(depth),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        assert response.status_code == 422, path
        error = response.json()["error"]
        assert error["code"] == "invalid_request"
        assert error["details"] == {"depth": depth + 2, "limit": 64}
    assert await last_run(app_client, thread_id) is None


async def test_a_body_within_the_depth_limit_is_parsed_as_usual(
    app_client: httpx.AsyncClient,
) -> None:
    thread_id = await new_thread(app_client)
    response = await app_client.post(
        f"/api/v1/threads/{thread_id}/runs",
        content=nested(20),
        headers={"Content-Type": "application/json"},
    )
    # Parsed, then refused by the flow's own input model: the depth limit let it through.
    assert response.status_code == 422
    assert "unknown field 'x'" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "depth"),
    [
        (b"3", 0),
        (b'{"a": [1, {"b": "[[[\\"[["}]}', 3),
        (b'"\\' * 1000, 0),  # unterminated strings are measured in one pass
        (b'["' + b"[" * 500, 1),
        (b"[" * 10 + b"]" * 10 + b"[[", 10),
    ],
)
def test_json_depth_skips_strings(body: bytes, depth: int) -> None:
    assert json_depth(body) == depth


async def test_resume_null_on_a_fresh_thread_is_a_422_and_no_run(
    app_client: httpx.AsyncClient,
) -> None:
    thread_id = await new_thread(app_client)
    for path in ("runs", "runs/stream"):
        response = await app_client.post(
            f"/api/v1/threads/{thread_id}/{path}", json={"graph": "help", "resume": None}
        )
        assert response.status_code == 422
        assert "resume is null" in response.json()["error"]["message"]
    assert await last_run(app_client, thread_id) is None


UNPARSEABLE: list[tuple[str, dict[str, str], bytes]] = [
    ("/threads/t/runs", {"Content-Type": "application/json"}, b"{bad"),
    ("/threads/t/runs/stream", {"Content-Type": "application/json"}, b'{"graph": "help",'),
    ("/route", {"Content-Type": "application/json"}, b"\xff\xfe"),
    ("/route", {"Content-Type": "application/json"}, '{"message": "你好"}'.encode()[:-4]),
    ("/route", {}, b'{"message": "\xe4\xb8"}'),
    ("/route", {"Content-Type": "application/json"}, b"[" * 300),
]


@pytest.mark.parametrize(("path", "headers", "body"), UNPARSEABLE)
async def test_an_unparseable_body_is_a_401_for_anonymous_callers(
    keyed_client: httpx.AsyncClient, path: str, headers: dict[str, str], body: bytes
) -> None:
    response = await keyed_client.post("/api/v1" + path, content=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(("path", "headers", "body"), UNPARSEABLE)
async def test_an_unparseable_body_is_a_422_for_authenticated_callers(
    keyed_client: httpx.AsyncClient, path: str, headers: dict[str, str], body: bytes
) -> None:
    thread_id = (
        await keyed_client.post("/api/v1/threads", headers={"Authorization": "Bearer k-alice"})
    ).json()["thread_id"]
    response = await keyed_client.post(
        "/api/v1" + path.replace("/t/", f"/{thread_id}/"),
        content=body,
        headers={**headers, "Authorization": "Bearer k-alice"},
    )
    assert response.status_code == 422
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"]
