"""The LangGraph Platform API as deployments configure it, driven by the official SDK: API keys
(the SDK's `x-api-key`) and ownership, rate limits, forbidden terms, CORS for browser clients,
Redis checkpoints (rollback), and two `kpl serve` workers on one Redis."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from langgraph_sdk import get_client
from langgraph_sdk.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
)

from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server
from tests.api.test_multiworker import workers
from tests.compat.support import GRAPHS, PORTS, parts_of, until_state
from tests.support.redis_scope import redis_url

REDIS_DB = 11
UI_ORIGIN = "http://chat-ui.example"
"""A browser client's origin (Agent Chat UI and the like), allowed by KPL_CORS_ORIGINS."""
KEYS = {"k-alice": "alice", "k-bob": "bob", "k-carol": "carol"}


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = make_settings(
        tmp_path_factory.mktemp("langgraph-auth"),
        graphs=GRAPHS,
        auth="apikey",
        api_keys=KEYS,
        rate_limit="3/minute",
        forbidden_terms=["learner"],
        cors_origins=[UI_ORIGIN],
    )
    with live_server(settings, port=free_port_between(*PORTS)) as url:
        yield url


async def test_api_keys_and_ownership(keyed_server: str) -> None:
    alice = get_client(url=f"{keyed_server}/langgraph", api_key="k-alice")
    bob = get_client(url=f"{keyed_server}/langgraph", api_key="k-bob")
    nobody = get_client(url=f"{keyed_server}/langgraph", api_key=None)
    try:
        thread = await alice.threads.create(metadata={"who": "alice"})
        done = await alice.runs.wait(thread["thread_id"], "slow", input={"delay": 0})
        assert done["after"] is True
        with pytest.raises(NotFoundError):
            await bob.threads.get(thread["thread_id"])
        with pytest.raises(NotFoundError):
            await bob.threads.get_state(thread["thread_id"])
        with pytest.raises(httpx.HTTPStatusError) as waited:  # `wait` raises httpx's own
            await bob.runs.wait(thread["thread_id"], "slow", input={"delay": 0})
        assert waited.value.response.status_code == 404
        with pytest.raises(NotFoundError):
            await bob.runs.create(thread["thread_id"], "slow", input={"delay": 0})
        assert await bob.threads.search(metadata={"who": "alice"}) == []
        await alice.store.put_item(["memory"], key="likes", value={"tea": True})
        with pytest.raises(NotFoundError):  # each user's store is their own
            await bob.store.get_item(["memory"], key="likes")
        assert (await bob.store.search_items(["memory"]))["items"] == []
        assert (await alice.store.get_item(["memory"], key="likes"))["value"] == {"tea": True}
        with pytest.raises(AuthenticationError):
            await nobody.assistants.search()
        tickets = httpx.AsyncClient(headers={"Authorization": "Bearer k-alice"})
        async with tickets:
            made = await tickets.post(f"{keyed_server}/api/v1/stream-tickets")
            ticket = made.json()["ticket"]
        holder = get_client(url=f"{keyed_server}/langgraph", api_key=ticket)
        with pytest.raises(AuthenticationError):  # a one-use stream ticket is no API key
            await holder.assistants.search()
        await holder.aclose()
        # the project's own header works too
        bearer = httpx.AsyncClient(headers={"Authorization": "Bearer k-alice"})
        async with bearer:
            found = await bearer.get(f"{keyed_server}/langgraph/threads/{thread['thread_id']}")
            assert found.status_code == 200 and found.json()["metadata"]["who"] == "alice"
    finally:
        for client in (alice, bob, nobody):
            await client.aclose()


async def test_forbidden_terms_are_masked_in_every_part(keyed_server: str) -> None:
    bob = get_client(url=f"{keyed_server}/langgraph", api_key="k-bob")
    try:
        thread = await bob.threads.create()
        parts = await parts_of(
            bob.runs.stream(
                thread["thread_id"], "chat", input={}, stream_mode=["values", "updates", "custom"]
            )
        )
        shown = [p for p in parts if p.event in ("values", "updates", "custom")]
        assert shown and not any("learner" in repr(p.data) for p in shown)
        assert {"greet": {"greeting": "你好，***"}} in [p.data for p in shown]
        waited = await bob.runs.wait(thread["thread_id"], "chat", command={"resume": "好"})
        assert waited["greeting"] == "你好，***"
    finally:
        await bob.aclose()


async def test_browser_clients_may_send_the_sdk_headers(keyed_server: str) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        preflight = await http.options(
            f"{keyed_server}/langgraph/threads/t1",
            headers={
                "Origin": UI_ORIGIN,
                "Access-Control-Request-Method": "PATCH",
                "Access-Control-Request-Headers": "x-api-key,content-type",
            },
        )
        assert preflight.status_code == 200
        assert "PATCH" in preflight.headers["access-control-allow-methods"]
        assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()
        created = await http.post(
            f"{keyed_server}/langgraph/threads/search",
            json={},
            headers={"Origin": UI_ORIGIN, "x-api-key": "k-bob"},
        )
        assert created.headers["access-control-allow-origin"] == UI_ORIGIN
        exposed = created.headers["access-control-expose-headers"].lower()
        assert "content-location" in exposed and "location" in exposed


async def test_runs_count_against_the_rate_limit(keyed_server: str) -> None:
    carol = get_client(url=f"{keyed_server}/langgraph", api_key="k-carol")
    try:
        thread = await carol.threads.create()
        for _ in range(3):  # KPL_RATE_LIMIT=3/minute
            await carol.runs.wait(thread["thread_id"], "slow", input={"delay": 0})
        with pytest.raises(RateLimitError) as refused:
            await carol.runs.create(thread["thread_id"], "slow", input={"delay": 0})
        assert refused.value.response.json()["error"]["code"] == "rate_limited"
    finally:
        await carol.aclose()


@pytest.mark.slow
async def test_a_run_on_one_worker_is_joined_on_another(tmp_path: Path) -> None:
    """Two `kpl serve` processes on one Redis and one SQLite file (tests/api/test_multiworker.py)."""
    graphs = "chat=tests.runtime.sample_graphs:interrupting,slow=tests.runtime.sample_graphs:slow"
    async with workers(tmp_path, KPL_GRAPHS=graphs) as (first, second):
        await joined_across_workers(first.url, second.url)


async def joined_across_workers(first: str, second: str) -> None:
    one = get_client(url=f"{first}/langgraph", api_key=None)
    other = get_client(url=f"{second}/langgraph", api_key=None)
    try:
        thread = await one.threads.create()
        run = await one.runs.create(
            thread["thread_id"], "chat", input={}, stream_mode=["values", "updates"]
        )
        whole = await parts_of(other.runs.join_stream(thread["thread_id"], run["run_id"]))
        framed = [p for p in whole if p.event != "end"]
        assert framed[0].event == "metadata" and framed[0].data["run_id"] == run["run_id"]
        rest = await parts_of(
            other.runs.join_stream(thread["thread_id"], run["run_id"], last_event_id=framed[2].id)
        )
        assert [(p.event, p.data) for p in rest if p.event != "end"] == [
            (p.event, p.data) for p in framed[3:]
        ]
        done = await other.runs.wait(thread["thread_id"], "chat", command={"resume": "好"})
        assert done["reply"] == "好"
        with pytest.raises(ConflictError):  # reject, decided across workers by the run records
            slow = await one.runs.create(thread["thread_id"], "slow", input={"delay": 60})
            await other.runs.create(thread["thread_id"], "slow", input={"delay": 0})
        await other.runs.cancel(thread["thread_id"], slow["run_id"], wait=True)
        assert (await one.runs.get(thread["thread_id"], slow["run_id"]))["status"] == "interrupted"
    finally:
        await one.aclose()
        await other.aclose()


@pytest.fixture(scope="module")
def redis_checkpoints(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose checkpoints live in Redis (db 11, a fresh `kpl-h2-` prefix), whose saver
    deletes a run's checkpoints: what rollback needs."""
    prefix = f"kpl-h2-{uuid.uuid4().hex[:8]}"
    settings = make_settings(
        tmp_path_factory.mktemp("langgraph-redis"),
        graphs=GRAPHS,
        checkpoint_url=redis_url(REDIS_DB),
        redis_prefix=prefix,
    )
    try:
        with live_server(settings, port=free_port_between(*PORTS)) as url:
            yield url
    finally:
        client = redis.Redis.from_url(redis_url(REDIS_DB))
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            client.delete(key)
        client.close()


async def test_rollback_and_pruning_on_redis_checkpoints(redis_checkpoints: str) -> None:
    sdk = get_client(url=f"{redis_checkpoints}/langgraph", api_key=None)
    try:
        thread = await sdk.threads.create()
        await sdk.runs.wait(thread["thread_id"], "slow", input={"delay": 0})
        long = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 60})
        await until_state(sdk, thread["thread_id"], lambda s: s["values"]["delay"] == 60)
        after = await sdk.runs.wait(
            thread["thread_id"], "slow", input={"delay": 0.01}, multitask_strategy="rollback"
        )
        assert after == {"before": True, "after": True, "delay": 0.01}
        assert (await sdk.runs.get(thread["thread_id"], long["run_id"]))["status"] == "interrupted"
        history = await sdk.threads.get_history(thread["thread_id"], limit=100)
        written = {h["metadata"].get("run_id") for h in history}
        assert long["run_id"] not in written and len(written) == 2

        other = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 60})
        await until_state(sdk, thread["thread_id"], lambda s: s["values"]["delay"] == 60)
        await sdk.runs.cancel(thread["thread_id"], other["run_id"], wait=True, action="rollback")
        state = await sdk.threads.get_state(thread["thread_id"])
        assert state["values"] == after and state["metadata"]["run_id"] != other["run_id"]

        pruned = await sdk.threads.prune([thread["thread_id"]], strategy="keep_latest")
        assert pruned == {"pruned_count": 1}
        [kept] = await sdk.threads.get_history(thread["thread_id"], limit=100)
        assert kept["values"] == after
    finally:
        await sdk.aclose()
