"""Stream tickets through the real app: one use, one minute, one user; shared over Redis (DB 15)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.settings import Settings
from tests.api.conftest import make_settings
from tests.api.sse_client import read_all
from tests.support.redis_scope import redis_scope, redis_url

REDIS_DB = 15
KEYS = {"k-alice": "alice", "k-bob": "bob"}
ALICE = {"Authorization": "Bearer k-alice"}
BOB = {"Authorization": "Bearer k-bob"}


@asynccontextmanager
async def app_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://kpl.test/api/v1"
        ) as client:
            yield client


@pytest.fixture(params=["memory", "redis"])
async def settings_for(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[Callable[..., Settings]]:
    """Settings for a worker: tickets in memory, or on Redis shared by every worker."""
    async with AsyncExitStack() as stack:
        shared: dict[str, Any] = {}
        if request.param == "redis":
            _, prefix = await stack.enter_async_context(redis_scope(REDIS_DB))
            shared = {"redis_url": redis_url(REDIS_DB), "redis_prefix": prefix}

        def settings(**overrides: Any) -> Settings:
            return make_settings(tmp_path, auth="apikey", api_keys=KEYS, **shared, **overrides)

        yield settings


async def ticket(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    issued = await client.post("/stream-tickets", headers=headers)
    assert issued.status_code == 201
    body = issued.json()
    assert body["expires_at"].endswith("Z")
    value: str = body["ticket"]
    return value


async def chat(client: httpx.AsyncClient, **params: str) -> httpx.Response:
    """An EventSource request: credential in the URL, the stream read to the end."""
    async with client.stream(
        "GET", "/chat/stream", params={"message": "你能做什么？", "graph": "help", **params}
    ) as response:
        if response.status_code == 200:
            frames = await read_all(response)
            assert frames[-1].event == "completed", frames[-1]
        else:
            await response.aread()
        return response


async def status(client: httpx.AsyncClient, thread_id: str, **params: str) -> httpx.Response:
    """A GET with the credential in the URL that streams nothing (so no broker reader is left
    blocked on Redis when the in-process app shuts down)."""
    return await client.get("/chat/stream/status", params={"thread_id": thread_id, **params})


async def test_a_ticket_streams_a_chat_run_once(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, auth="apikey", api_keys=KEYS)
    async with app_client(create_app(settings)) as client:
        anonymous = await client.post("/stream-tickets")
        one = await ticket(client, ALICE)
        first = await chat(client, access_token=one)
        second = await chat(client, access_token=one)
    assert anonymous.status_code == 401
    assert first.status_code == 200
    assert second.status_code == 401
    assert "already used" in second.json()["error"]["message"]


async def test_a_ticket_works_once_not_twice(settings_for: Callable[..., Settings]) -> None:
    async with app_client(create_app(settings_for())) as client:
        thread_id = (await client.post("/threads", headers=ALICE)).json()["thread_id"]
        one = await ticket(client, ALICE)
        first = await status(client, thread_id, access_token=one)
        second = await status(client, thread_id, access_token=one)
    assert first.status_code == 200
    assert second.status_code == 401
    assert "already used" in second.json()["error"]["message"]


async def test_a_ticket_is_void_after_it_expires(settings_for: Callable[..., Settings]) -> None:
    async with app_client(create_app(settings_for(stream_ticket_ttl_s=0.2))) as client:
        thread_id = (await client.post("/threads", headers=ALICE)).json()["thread_id"]
        stale = await ticket(client, ALICE)
        await asyncio.sleep(0.5)  # past the ticket's life, however slow the machine
        refused = await status(client, thread_id, access_token=stale)
        fresh = await status(client, thread_id, access_token=await ticket(client, ALICE))
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
    assert fresh.status_code == 200


async def test_a_ticket_is_its_users_only(settings_for: Callable[..., Settings]) -> None:
    async with app_client(create_app(settings_for())) as client:
        bobs_thread = (await client.post("/threads", headers=BOB)).json()["thread_id"]
        as_alice = await status(client, bobs_thread, access_token=await ticket(client, ALICE))
        as_bob = await status(client, bobs_thread, access_token=await ticket(client, BOB))
    assert as_alice.status_code == 404  # alice's ticket is alice: bob's thread is not hers
    assert as_alice.json()["error"]["code"] == "not_found"
    assert as_bob.status_code == 200


async def test_a_ticket_is_only_an_eventsource_credential(
    settings_for: Callable[..., Settings],
) -> None:
    async with app_client(create_app(settings_for())) as client:
        thread_id = (await client.post("/threads", headers=ALICE)).json()["thread_id"]
        as_header = await ticket(client, ALICE)
        by_header = await client.get("/graphs", headers={"Authorization": f"Bearer {as_header}"})
        on_post = await ticket(client, ALICE)
        by_post = await client.post("/threads", params={"access_token": on_post})
        # Refused where they are not for, the tickets stay good where they are.
        later = [await status(client, thread_id, access_token=t) for t in (as_header, on_post)]
    assert by_header.status_code == 401
    assert by_post.status_code == 401
    assert "only good as the access_token" in by_post.json()["error"]["message"]
    assert [answer.status_code for answer in later] == [200, 200]


async def test_workers_share_tickets_through_redis(tmp_path: Path) -> None:
    async with redis_scope(REDIS_DB) as (_, prefix):
        shared = {"redis_url": redis_url(REDIS_DB), "redis_prefix": prefix}
        one = make_settings(tmp_path, auth="apikey", api_keys=KEYS, **shared)
        two = make_settings(tmp_path, auth="apikey", api_keys=KEYS, **shared)
        async with app_client(create_app(one)) as first, app_client(create_app(two)) as second:
            thread_id = (await first.post("/threads", headers=ALICE)).json()["thread_id"]
            issued = await ticket(first, ALICE)
            on_second = await status(second, thread_id, access_token=issued)
            again_on_first = await status(first, thread_id, access_token=issued)
    assert on_second.status_code == 200
    assert again_on_first.status_code == 401
