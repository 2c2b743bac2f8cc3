"""The app in-process through httpx's ASGI transport (no sockets), and its configuration switches
(Redis DB 13 for the one test that keeps threads on Redis)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from tests.api.conftest import make_settings
from tests.api.sse_client import read_all
from tests.support.redis_scope import redis_scope, redis_url

REDIS_DB = 13


@pytest.fixture
async def app_client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """A client talking to the app in-process, its lifespan entered."""
    app = create_app(make_settings(tmp_path, cors_origins=["https://learn.example"]))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            yield client


async def test_a_whole_run_through_the_asgi_transport(app_client: httpx.AsyncClient) -> None:
    thread_id = (await app_client.post("/api/v1/threads")).json()["thread_id"]
    async with app_client.stream(
        "POST",
        f"/api/v1/threads/{thread_id}/runs/stream",
        json={"graph": "help", "input": {"question": "你能做什么？"}, "stream_mode": "light"},
    ) as response:
        frames = await read_all(response)
    names = [f.event for f in frames[1:] if f.event != "heartbeat"]
    assert names[0] == "started"
    assert names[-1] == "completed"
    assert "token" not in names
    assert "objection-handling" in frames[-1].data["output"]["answer"]


async def test_cors_allows_the_configured_origin_and_last_event_id(
    app_client: httpx.AsyncClient,
) -> None:
    preflight = await app_client.options(
        "/api/v1/chat/stream",
        headers={
            "Origin": "https://learn.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "last-event-id",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://learn.example"
    assert "last-event-id" in preflight.headers["access-control-allow-headers"].lower()
    other = await app_client.options(
        "/api/v1/chat/stream",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in other.headers


async def test_the_playground_is_served_unless_turned_off(tmp_path: Path) -> None:
    for enabled, status in ((True, 200), (False, 404)):
        app = create_app(make_settings(tmp_path / str(enabled), playground=enabled))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
                page = await client.get("/playground/")
        assert page.status_code == status
        if enabled:
            assert "<script" in page.text
        else:
            assert page.json()["error"]["code"] == "not_found"


async def test_thread_records_on_redis_live_under_the_configured_prefix(tmp_path: Path) -> None:
    async with redis_scope(REDIS_DB) as (redis, prefix):
        settings = make_settings(tmp_path, checkpoint_url=redis_url(REDIS_DB), redis_prefix=prefix)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
                created = await client.post("/api/v1/threads")
        assert created.status_code == 201, created.text
        thread_id = created.json()["thread_id"]
        stored = [key async for key in redis.scan_iter(match=f"{prefix}:{{store}}:*")]
        # The record's key holds the thread id; under the default prefix `kpl` it would be absent.
        assert any(thread_id in key for key in stored), stored


async def test_the_docs_page_works_offline(app_client: httpx.AsyncClient) -> None:
    """/docs loads Swagger UI from this server, not a CDN: it works on a machine without internet."""
    page = await app_client.get("/docs")
    assert page.status_code == 200
    scripts = re.findall(r'src="([^"]+\.js)"', page.text)
    assert scripts and all(src.startswith("/") for src in scripts), scripts
    for src in scripts:
        asset = await app_client.get(src)
        assert asset.status_code == 200 and len(asset.content) > 100_000
