"""Browsers: cookie credentials under a CSRF rule, the playground's security headers, and a
stalled stream client dropped with an info line (no traceback)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from sse_starlette import ServerSentEvent
from structlog.testing import capture_logs

from api.app import create_app
from api.sse import sse_response
from tests.api.conftest import make_settings

OURS = "https://learn.example"
COOKIE = {"kpl_token": "k-alice"}


@pytest.fixture
async def cookie_client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The app with API keys and KPL_CORS_ORIGINS, a browser-like client holding alice's cookie."""
    settings = make_settings(
        tmp_path, auth="apikey", api_keys={"k-alice": "alice"}, cors_origins=[OURS]
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://kpl.test/api/v1", cookies=COOKIE
        ) as client:
            yield client


CHAT = {"message": "你能做什么？", "graph": "help"}


@pytest.mark.parametrize(
    ("headers", "admitted"),
    [
        ({}, False),  # no Origin at all: not a browser on this site
        ({"Origin": "https://evil.example"}, False),
        ({"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, False),
        ({"Origin": OURS}, True),
        ({"Origin": "http://kpl.test"}, True),  # the server's own origin
        ({"Sec-Fetch-Site": "same-origin"}, True),
    ],
)
async def test_a_cookie_changes_state_only_from_this_site(
    cookie_client: httpx.AsyncClient, headers: dict[str, str], admitted: bool
) -> None:
    created = await cookie_client.post("/threads", headers=headers)
    async with cookie_client.stream("GET", "/chat/stream", params=CHAT, headers=headers) as run:
        await run.aread()
    expected = (201, 200) if admitted else (401, 401)
    assert (created.status_code, run.status_code) == expected
    if not admitted:
        assert "kpl_token cookie is not accepted" in created.json()["error"]["message"]


async def test_a_cookie_reads_from_anywhere_and_a_header_needs_no_origin(
    cookie_client: httpx.AsyncClient,
) -> None:
    thread_id = (await cookie_client.post("/threads", headers={"Origin": OURS})).json()["thread_id"]
    evil = {"Origin": "https://evil.example"}
    read = await cookie_client.get(f"/threads/{thread_id}", headers=evil)
    assert read.status_code == 200  # a read: what SameSite=Lax would send, CORS hides the answer
    by_header = await cookie_client.post(
        "/threads", headers={**evil, "Authorization": "Bearer k-alice"}
    )
    assert by_header.status_code == 201  # a page cannot make a browser send this header


async def test_the_playground_sends_security_headers(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            answers = [await client.get(p) for p in ("/playground/", "/playground/playground.js")]
    for answer in answers:
        assert answer.status_code == 200
        csp = answer.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"


async def test_a_stalled_client_is_dropped_with_an_info_line() -> None:
    async def frames() -> AsyncIterator[ServerSentEvent]:
        for n in range(3):
            yield ServerSentEvent(data=str(n), event="token", id=f"r:{n + 1}")

    response = sse_response(frames(), send_timeout_s=0.05)
    sent: list[MutableMapping[str, Any]] = []
    stalled = asyncio.Event()  # never set: the client takes the headers, then nothing more

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)
        if message["type"] == "http.response.body":
            await stalled.wait()

    async def receive() -> dict[str, object]:
        await stalled.wait()
        return {"type": "http.disconnect"}

    scope = {"type": "http", "method": "GET", "path": "/api/v1/chat/stream", "headers": []}
    with capture_logs() as logs:
        await response(scope, receive, send)  # returns: no exception reaches the server
    assert sent[0]["type"] == "http.response.start"
    dropped = [line for line in logs if line["event"].startswith("dropped a client")]
    assert dropped == [
        {
            "event": "dropped a client that stopped reading its stream",
            "log_level": "info",
            "path": "/api/v1/chat/stream",
            "send_timeout_s": 0.05,
        }
    ]
