"""The chat protocol over a WebSocket (`/api/v1/ws`), against a real server: frames as the SSE
events, a paused practice resumed by a reply, two watchers of one thread, a resume by event id,
auth by the URL or a first frame (1008 on failure), and a bad frame answered without closing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from tests.api.conftest import make_settings
from tests.api.server import live_server

KEYS = {"key-a": "alice", "key-b": "bob"}


@pytest.fixture
def ws_server(tmp_path: Path) -> Iterator[str]:
    """A server with API keys; yields its WebSocket URL."""
    settings = make_settings(tmp_path, auth="apikey", api_keys=KEYS)
    with live_server(settings) as url:
        yield url.replace("http://", "ws://") + "/api/v1/ws"


async def frames_until(socket: ClientConnection, last: tuple[str, ...]) -> list[dict[str, Any]]:
    """Frames (heartbeats left out) up to the first whose event is in `last`."""
    seen: list[dict[str, Any]] = []
    while True:
        frame = json.loads(await socket.recv(decode=True))
        if frame["event"] == "heartbeat":
            assert frame["id"] is None and "ts" in frame["data"]
            continue
        seen.append(frame)
        if frame["event"] in last:
            return seen


async def test_a_chat_and_its_reply_stream_the_protocols_events(ws_server: str) -> None:
    async with connect(ws_server + "?access_token=key-a") as socket:
        await socket.send(json.dumps({"type": "chat", "message": "开始异议处理练习"}))
        opening = await frames_until(socket, ("completed", "error"))
        events = [f["event"] for f in opening]
        assert events[:2] == ["started", "route"] and "interrupt" in events
        assert all(f["id"] and f["id"].startswith(f["data"]["run_id"]) for f in opening)
        assert opening[-1]["data"]["status"] == "interrupted"
        thread = opening[0]["data"]["thread_id"]

        await socket.send(json.dumps({"type": "nonsense"}))
        problem = await frames_until(socket, ("error",))
        assert problem[-1]["id"] is None and "unknown frame type" in problem[-1]["data"]["message"]

        reply = {"type": "reply", "thread_id": thread, "message": "您好，请问您主要担心什么呢？"}
        await socket.send(json.dumps(reply))
        turn = await frames_until(socket, ("completed", "error"))
        route = next(f for f in turn if f["event"] == "route")["data"]
        assert route["intent"] == "practice_reply"
        assert turn[-1]["data"]["status"] == "interrupted"


async def test_two_watchers_see_the_same_run_and_a_resume_replays_after_an_id(
    ws_server: str,
) -> None:
    async with (
        connect(ws_server + "?access_token=key-a") as driver,
        connect(ws_server + "?access_token=key-a") as watcher,
    ):
        await driver.send(json.dumps({"type": "chat", "message": "开始投诉处理练习"}))
        opening = await frames_until(driver, ("completed",))
        thread = opening[0]["data"]["thread_id"]
        await watcher.send(json.dumps({"type": "watch", "thread_id": thread}))
        replayed = await frames_until(watcher, ("completed",))
        assert [f["id"] for f in replayed] == [f["id"] for f in opening]

        reply = {"type": "reply", "thread_id": thread, "message": "非常抱歉让您久等了。"}
        await driver.send(json.dumps(reply))
        driven = await frames_until(driver, ("completed",))
        watched = await frames_until(watcher, ("completed",))
        assert [f["id"] for f in watched] == [f["id"] for f in driven]

        run_id, cut = driven[0]["data"]["run_id"], driven[2]["id"]
        async with connect(ws_server + "?access_token=key-a") as again:
            await again.send(json.dumps({"type": "resume", "run_id": run_id, "last_event_id": cut}))
            rest = await frames_until(again, ("completed",))
        assert [f["id"] for f in rest] == [f["id"] for f in driven[3:]]

    async with connect(ws_server + "?access_token=key-b") as stranger:
        await stranger.send(json.dumps({"type": "watch", "thread_id": thread}))
        refused = await frames_until(stranger, ("error",))
        assert refused[-1]["data"]["code"] == "not_found"


async def test_auth_by_a_first_frame_or_closed_1008(ws_server: str) -> None:
    async with connect(ws_server) as socket:
        await socket.send(json.dumps({"type": "auth", "token": "key-b"}))
        await socket.send(json.dumps({"type": "chat", "message": "你能做什么？"}))
        answered = await frames_until(socket, ("completed", "error"))
        assert answered[-1]["event"] == "completed"
    async with connect(ws_server) as socket:
        await socket.send(json.dumps({"type": "auth", "token": "wrong"}))
        with pytest.raises(ConnectionClosed) as closed:
            await socket.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
    async with connect(ws_server + "?access_token=wrong") as socket:
        with pytest.raises(ConnectionClosed) as closed:
            await socket.recv()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
