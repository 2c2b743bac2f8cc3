"""`GET /threads` and `GET /threads/{id}/runs` through the real app, on SQLite and on Redis (DB 9,
prefix `kpl-h17-…`): a user sees only their threads, newest activity first, page after page
without gaps or repeats; filters by graph and status; titles; every time ISO 8601 UTC."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import read_all
from tests.support.redis_scope import delete_prefix, redis_url

REDIS_DB = 9
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
KEYS = {"k-alice": "alice", "k-bob": "bob"}
ALICE = {"Authorization": "Bearer k-alice"}
BOB = {"Authorization": "Bearer k-bob"}


@pytest.fixture(params=["sqlite", "redis"])
async def server(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A server with API keys for alice and bob, its threads in SQLite or in Redis (the
    checkpoints and the thread store; run records on Redis are tests/runtime/test_thread_runs.py)."""
    overrides: dict[str, Any] = {"auth": "apikey", "api_keys": KEYS}
    prefix = f"kpl-h17-{uuid.uuid4().hex[:12]}"
    if request.param == "redis":
        overrides |= {"checkpoint_url": redis_url(REDIS_DB), "redis_prefix": prefix}
    try:
        with live_server(make_settings(tmp_path, **overrides)) as base:
            yield base
    finally:
        if request.param == "redis":
            async with Redis.from_url(redis_url(REDIS_DB)) as client:
                await delete_prefix(client, prefix)


@pytest.fixture
async def client(server: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{server}/api/v1", timeout=30) as http:
        yield http


async def new_thread(client: httpx.AsyncClient, who: dict[str, str]) -> str:
    created = await client.post("/threads", headers=who)
    assert created.status_code == 201
    assert ISO_UTC.match(created.json()["created_at"])
    thread_id: str = created.json()["thread_id"]
    return thread_id


async def run(client: httpx.AsyncClient, thread_id: str, body: dict[str, Any]) -> str:
    """Run to its end; returns the run id."""
    async with client.stream(
        "POST", f"/threads/{thread_id}/runs/stream", json=body, headers=ALICE
    ) as response:
        assert response.status_code == 200
        frames = await read_all(response)
    ending = [f for f in frames if f.event in ("completed", "error")]
    assert ending, frames
    run_id: str = ending[-1].data["run_id"]
    return run_id


async def listing(client: httpx.AsyncClient, who: dict[str, str], **params: Any) -> dict[str, Any]:
    response = await client.get("/threads", params=params, headers=who)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


async def every_page(client: httpx.AsyncClient, **params: Any) -> list[list[str]]:
    """The ids on each page, following `next_cursor` to the end."""
    pages: list[list[str]] = []
    cursor = None
    while True:
        page = await listing(client, ALICE, **params, **({"cursor": cursor} if cursor else {}))
        pages.append([item["thread_id"] for item in page["items"]])
        cursor = page["next_cursor"]
        if cursor is None:
            return pages
        assert len(pages) < 20, "the cursor does not advance"


async def test_a_user_lists_their_threads_newest_activity_first_page_by_page(
    client: httpx.AsyncClient,
) -> None:
    mine = [await new_thread(client, ALICE) for _ in range(5)]
    theirs = [await new_thread(client, BOB) for _ in range(2)]

    first = await listing(client, ALICE)
    assert [item["thread_id"] for item in first["items"]] == mine[::-1]
    assert first["next_cursor"] is None
    for item in first["items"]:
        assert set(item) == {"thread_id", "graph", "status", "title", "created_at", "updated_at"}
        assert ISO_UTC.match(item["created_at"]) and ISO_UTC.match(item["updated_at"])
        assert (item["graph"], item["status"], item["title"]) == (None, "idle", None)
    bobs = await listing(client, BOB)
    assert [item["thread_id"] for item in bobs["items"]] == theirs[::-1]

    # a run is activity: the thread it ran on comes first
    await run(client, mine[1], {"graph": "slow", "input": {"delay": 0.01}})
    pages = await every_page(client, limit=2)
    assert [len(page) for page in pages] == [2, 2, 1]
    order = [thread_id for page in pages for thread_id in page]
    assert order == [mine[1], mine[4], mine[3], mine[2], mine[0]]  # no gap, no repeat
    items = (await listing(client, ALICE, limit=100))["items"]
    times = [item["updated_at"] for item in items]
    assert times == sorted(times, reverse=True)
    assert items[0]["graph"] == "slow"
    assert items[0]["updated_at"] > items[0]["created_at"]
    assert await every_page(client, limit=5) == [order]

    # bob's pages never hold alice's threads, whatever the cursor
    bob_page = await listing(client, BOB, limit=1)
    rest = await listing(client, BOB, limit=1, cursor=bob_page["next_cursor"])
    assert [i["thread_id"] for i in bob_page["items"] + rest["items"]] == theirs[::-1]
    assert rest["next_cursor"] is None


async def test_threads_are_filtered_by_graph_and_status(client: httpx.AsyncClient) -> None:
    idle, paused, failed, fresh = [await new_thread(client, ALICE) for _ in range(4)]
    await run(client, idle, {"graph": "slow", "input": {"delay": 0.01}})
    await run(client, paused, {"graph": "chat", "input": {}})
    await run(client, failed, {"graph": "slow", "input": {"delay": "not a number"}})
    busy = await new_thread(client, ALICE)
    started = await client.post(
        f"/threads/{busy}/runs", json={"graph": "slow", "input": {"delay": 30}}, headers=ALICE
    )
    assert started.status_code == 202

    async def ids(**params: Any) -> list[str]:
        return [i["thread_id"] for i in (await listing(client, ALICE, **params))["items"]]

    try:
        assert await ids(graph="slow") == [busy, failed, idle]
        assert await ids(graph="chat") == [paused]
        assert await ids(status="interrupted") == [paused]
        assert await ids(status="running") == [busy]
        assert await ids(status="error") == [failed]
        assert await ids(status="idle") == [idle, fresh]
        assert await ids(graph="slow", status="idle") == [idle]
        assert await ids(graph="slow", status="error", limit=1) == [failed]
        page = await listing(client, ALICE, status="idle", limit=1)
        assert [i["thread_id"] for i in page["items"]] == [idle]
        after = await listing(client, ALICE, status="idle", limit=1, cursor=page["next_cursor"])
        assert ([i["thread_id"] for i in after["items"]], after["next_cursor"]) == ([fresh], None)
        assert await ids(status="interrupted", graph="slow") == []
    finally:
        run_id = started.json()["run_id"]
        await client.post(f"/threads/{busy}/runs/{run_id}/cancel", headers=ALICE)


async def test_a_bad_cursor_or_status_is_an_invalid_request(client: httpx.AsyncClient) -> None:
    for cursor in ("not-a-cursor", "W10", "eyJhIjoxfQ", "%%%"):
        refused = await client.get("/threads", params={"cursor": cursor}, headers=ALICE)
        assert refused.status_code == 422, cursor
        error = refused.json()["error"]
        assert error["code"] == "invalid_request"
        assert "cursor" in error["message"]
    for params in ({"status": "sleeping"}, {"limit": 0}, {"limit": 101}):
        refused = await client.get("/threads", params=params, headers=ALICE)
        assert refused.status_code == 422, params
        assert refused.json()["error"]["code"] == "invalid_request"
    assert (await client.get("/threads")).status_code == 401


async def test_titles_come_from_the_threads_state(client: httpx.AsyncClient) -> None:
    practice, help_ = [await new_thread(client, ALICE) for _ in range(2)]
    await run(
        client,
        practice,
        {"graph": "practice_dialogue", "input": {"scenario": "objection-handling"}},
    )
    question = (
        "我想知道怎么把一套考试导出成 JSON 给同事，还有别的办法吗？最好能一步完成，谢谢你们的帮助"
    )
    await run(client, help_, {"graph": "help", "input": {"question": question}})
    titles = {i["thread_id"]: i["title"] for i in (await listing(client, ALICE))["items"]}
    assert titles[practice] == "异议处理：年卡太贵了"
    assert titles[help_] == question[:39] + "…"


async def test_a_threads_runs_newest_first_and_only_for_its_owner(
    client: httpx.AsyncClient,
) -> None:
    thread_id = await new_thread(client, ALICE)
    assert (await client.get(f"/threads/{thread_id}/runs", headers=ALICE)).json() == {"items": []}
    first = await run(client, thread_id, {"graph": "chat", "input": {}})
    second = await run(client, thread_id, {"graph": "chat", "resume": "好的"})
    listed = await client.get(f"/threads/{thread_id}/runs", headers=ALICE)
    assert listed.status_code == 200
    items = listed.json()["items"]
    assert [(i["run_id"], i["status"], i["graph"]) for i in items] == [
        (second, "success", "chat"),
        (first, "interrupted", "chat"),
    ]
    for item in items:
        assert ISO_UTC.match(item["created_at"]) and ISO_UTC.match(item["ended_at"])
        assert item["ended_at"] >= item["created_at"]
    assert items[0]["created_at"] >= items[1]["ended_at"]

    as_bob = await client.get(f"/threads/{thread_id}/runs", headers=BOB)
    unknown = await client.get("/threads/no-such-thread/runs", headers=BOB)
    assert as_bob.status_code == unknown.status_code == 404
    assert as_bob.json()["error"]["code"] == "not_found"


async def test_every_time_in_an_answer_is_iso_8601_utc(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client, ALICE)
    run_id = await run(client, thread_id, {"graph": "chat", "input": {}})
    answers = {
        "thread": (await client.get(f"/threads/{thread_id}", headers=ALICE)).json(),
        "chat status": (
            await client.get("/chat/stream/status", params={"thread_id": thread_id}, headers=ALICE)
        ).json(),
        "run": (await client.get(f"/threads/{thread_id}/runs/{run_id}", headers=ALICE)).json(),
        "ticket": (await client.post("/stream-tickets", headers=ALICE)).json(),
    }
    history = (await client.get(f"/threads/{thread_id}/history", headers=ALICE)).json()
    times = {
        "thread": ["created_at", "updated_at"],
        "chat status": ["updated_at"],
        "run": ["created_at", "updated_at"],
        "ticket": ["expires_at"],
    }
    for name, fields in times.items():
        for field in fields:
            assert ISO_UTC.match(answers[name][field]), (name, field, answers[name][field])
    assert history and all(ISO_UTC.match(c["created_at"]) for c in history)
    assert answers["thread"]["updated_at"] == answers["chat status"]["updated_at"]


async def test_the_end_of_a_run_is_the_threads_last_activity(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client, ALICE)
    started = await client.post(
        f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {"delay": 0.3}}, headers=ALICE
    )
    run_id = started.json()["run_id"]
    for _ in range(200):
        ended = (await client.get(f"/threads/{thread_id}/runs/{run_id}", headers=ALICE)).json()
        if ended["status"] == "success":
            break
        await asyncio.sleep(0.05)
    # the end is written to the thread's record as the run's task finishes, just after its status
    for _ in range(50):
        first = (await listing(client, ALICE))["items"][0]
        if first["updated_at"] == ended["updated_at"]:
            break
        await asyncio.sleep(0.02)
    assert (first["thread_id"], first["updated_at"]) == (thread_id, ended["updated_at"])


async def records_read(client: Redis, prefix: str, during: Any) -> tuple[list[str], list[str]]:
    """The thread-record items (by id or by owner) read by HMGET while `during` is awaited, as
    Redis's MONITOR saw them (only keys under `prefix`), and the commands that read every
    namespace of the store."""
    marker = f"{prefix}-end-{uuid.uuid4().hex}"
    read: list[str] = []
    everything: list[str] = []
    async with client.monitor() as monitor:
        await asyncio.sleep(0.05)  # MONITOR is on before anything is sent

        async def act() -> None:
            try:
                await during
            finally:
                async with Redis.from_url(redis_url(REDIS_DB)) as other:
                    await other.echo(marker)

        acting = asyncio.create_task(act())
        async for command in monitor.listen():
            text = command["command"]
            if marker in text:
                break
            name, _, rest = text.partition(" ")
            if name == "HMGET" and rest.startswith(f"{prefix}:{{store}}:item:kpl/threads"):
                read.append(rest.split(" ", 1)[0].rsplit(":", 1)[1])
            elif name in ("SMEMBERS", "ZRANGE") and rest.startswith(f"{prefix}:{{store}}:name"):
                everything.append(text)
        await acting
    return read, everything


async def test_a_listing_reads_only_the_callers_records(tmp_path: Path) -> None:
    """Twenty-one users with three threads each: alice's listing reads her two records (before
    the owner index: all 65), and not the names of every user's namespace."""
    users = {f"k-user{i}": f"user{i}" for i in range(20)} | KEYS
    prefix = f"kpl-h17-{uuid.uuid4().hex[:12]}"
    settings = make_settings(
        tmp_path,
        auth="apikey",
        api_keys=users,
        checkpoint_url=redis_url(REDIS_DB),
        redis_prefix=prefix,
    )
    try:
        with live_server(settings) as base:
            async with httpx.AsyncClient(base_url=f"{base}/api/v1", timeout=30) as http:
                for key in users:
                    if key != "k-alice":
                        for _ in range(3):
                            await new_thread(http, {"Authorization": f"Bearer {key}"})
                mine = {await new_thread(http, ALICE) for _ in range(2)}
                async with Redis.from_url(redis_url(REDIS_DB)) as watcher:
                    read, everything = await records_read(watcher, prefix, listing(http, ALICE))
                    listed = await listing(http, ALICE)
        assert {item["thread_id"] for item in listed["items"]} == mine
        assert read and set(read) <= mine, f"read {len(read)} records, {len(mine)} of them alice's"
        assert everything == []  # nor every user's namespace name
    finally:
        async with Redis.from_url(redis_url(REDIS_DB)) as client:
            await delete_prefix(client, prefix)
