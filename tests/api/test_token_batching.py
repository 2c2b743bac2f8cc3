"""Token batching through a real server (`KPL_TOKEN_FLUSH_MS`): a node's model chunks arrive as
fewer `token` events whose texts add up to the model's reply, the first chunk alone and at once,
every token before its node's output, held text sent when the model goes quiet, and one event per
chunk when the interval is 0; over SSE and over the WebSocket."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect

from tests.api.conftest import SAMPLE_GRAPHS, make_settings
from tests.api.server import live_server
from tests.api.sse_client import Frame, frames, read_all
from tests.api.token_graphs import GATES, RELEASED, chunks_of

GRAPHS = {**SAMPLE_GRAPHS, "tokens": "tests.api.token_graphs:streaming"}
CHUNKS = 120


@pytest.fixture(scope="module")
def batching(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with the default flush interval (40 ms)."""
    settings = make_settings(tmp_path_factory.mktemp("batching"), graphs=GRAPHS)
    assert settings.token_flush_ms == 40
    with live_server(settings) as url:
        yield url


@pytest.fixture(scope="module")
def unbatched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with batching off (`KPL_TOKEN_FLUSH_MS=0`)."""
    settings = make_settings(tmp_path_factory.mktemp("unbatched"), graphs=GRAPHS, token_flush_ms=0)
    with live_server(settings) as url:
        yield url


async def run_tokens(server: str, run_input: dict[str, Any]) -> list[Frame]:
    """The frames of one run of the streaming graph, over SSE."""
    async with httpx.AsyncClient(base_url=f"{server}/api/v1", timeout=60) as client:
        thread = (await client.post("/threads", json={})).json()["thread_id"]
        body = {"graph": "tokens", "input": run_input}
        async with client.stream("POST", f"/threads/{thread}/runs/stream", json=body) as response:
            assert response.status_code == 200
            return [f for f in await read_all(response) if f.event not in (None, "heartbeat")]


def tokens_of(events: list[tuple[str, dict[str, Any]]], node: str) -> list[str]:
    """The texts of a node's `token` events, in order."""
    return [data["text"] for name, data in events if name == "token" and data["node"] == node]


def assert_in_order(events: list[tuple[str, dict[str, Any]]], node: str) -> None:
    """`node_start`, then every token of the node, then its `node_output`, which holds their text."""
    names = [(name, data.get("node")) for name, data in events]
    start = names.index(("node_start", node))
    output = names.index(("node_output", node))
    positions = [i for i, item in enumerate(names) if item == ("token", node)]
    assert positions and start < min(positions) and max(positions) < output
    written = events[output][1]["output"]
    assert "".join(tokens_of(events, node)) in written.values()


def assert_batched(events: list[tuple[str, dict[str, Any]]], chunks: int) -> None:
    """What every batched run of `chunks` chunks shows, whichever channel carried it."""
    speak = tokens_of(events, "speak")
    assert "".join(speak) == "".join(chunks_of(chunks))
    assert len(speak) < chunks  # batched: fewer events than chunks
    assert speak[0] == "w000"  # the first chunk goes alone, without waiting for the others
    assert tokens_of(events, "close")[0] == "c000"  # and so does the next node's first
    assert "".join(tokens_of(events, "close")) == "".join(chunks_of(5, "c"))
    assert_in_order(events, "speak")
    assert_in_order(events, "close")
    assert events[-1][0] == "completed" and events[-1][1]["status"] == "success"


async def test_tokens_of_a_node_are_batched_over_sse(batching: str) -> None:
    frames_seen = await run_tokens(batching, {"chunks": CHUNKS})
    events = [(str(f.event), f.data) for f in frames_seen]
    assert_batched(events, CHUNKS)
    ids = [f.id for f in frames_seen]
    assert all(ids) and len(set(ids)) == len(ids)  # every batched event is a whole event


async def test_interval_zero_sends_one_event_per_chunk(unbatched: str) -> None:
    events = [(str(f.event), f.data) for f in await run_tokens(unbatched, {"chunks": CHUNKS})]
    assert tokens_of(events, "speak") == chunks_of(CHUNKS)
    assert tokens_of(events, "close") == chunks_of(5, "c")
    assert_in_order(events, "speak")


async def test_held_text_is_sent_while_the_model_is_quiet(batching: str) -> None:
    """The model streams 30 chunks, then waits until the client has them all: the held ones must
    go out on the interval's timer, not with the model's next chunk (which would never come)."""
    gate = uuid.uuid4().hex
    GATES[gate] = threading.Event()
    first = "".join(chunks_of(30))
    seen: list[tuple[str, dict[str, Any]]] = []
    async with httpx.AsyncClient(base_url=f"{batching}/api/v1", timeout=60) as client:
        thread = (await client.post("/threads", json={})).json()["thread_id"]
        body = {"graph": "tokens", "input": {"chunks": 40, "gate": gate, "pause_after": 30}}
        async with client.stream("POST", f"/threads/{thread}/runs/stream", json=body) as response:
            async for frame in frames(response):
                if frame.event in (None, "heartbeat"):  # the `retry` frame, heartbeats
                    continue
                seen.append((str(frame.event), frame.data))
                if "".join(tokens_of(seen, "speak")) == first:
                    GATES[gate].set()  # everything before the pause has arrived: go on
    assert RELEASED.pop(gate) is True  # the client opened the gate, the model did not time out
    assert len(tokens_of(seen, "speak")) < 40
    assert "".join(tokens_of(seen, "speak")) == "".join(chunks_of(40))
    assert_in_order(seen, "speak")


async def test_tokens_are_batched_over_the_websocket(batching: str) -> None:
    url = batching.replace("http://", "ws://") + "/api/v1/ws"
    events: list[tuple[str, dict[str, Any]]] = []
    async with connect(url) as socket:
        await socket.send(json.dumps({"type": "chat", "message": "go", "graph": "tokens"}))
        while not events or events[-1][0] not in ("completed", "error"):
            frame = json.loads(await asyncio.wait_for(socket.recv(decode=True), 60))
            if frame["event"] != "heartbeat":
                events.append((frame["event"], frame["data"]))
    assert_batched(events, 60)  # the graph's default: chat gives a developer's graph no input


def test_the_setting_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KPL_TOKEN_FLUSH_MS", "0")
    assert make_settings(tmp_path).token_flush_ms == 0
    monkeypatch.setenv("KPL_TOKEN_FLUSH_MS", "-5")
    with pytest.raises(ValueError, match="token_flush_ms"):
        make_settings(tmp_path)
