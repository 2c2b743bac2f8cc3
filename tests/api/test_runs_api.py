"""The threads and runs API over real HTTP: protocol events, reconnects, strategies, cancel."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.api.sse_client import Frame, frames, read_all


async def new_thread(client: httpx.AsyncClient) -> str:
    response = await client.post("/threads")
    assert response.status_code == 201
    thread_id: str = response.json()["thread_id"]
    return thread_id


async def run_stream(
    client: httpx.AsyncClient, thread_id: str, body: dict[str, Any]
) -> list[Frame]:
    async with client.stream("POST", f"/threads/{thread_id}/runs/stream", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        return await read_all(response)


def sequence(frame: Frame) -> int:
    assert frame.id is not None
    return int(frame.id.rsplit(":", 1)[1])


async def test_a_practice_run_streams_the_protocol_and_resumes(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    first = await run_stream(
        client,
        thread_id,
        {"graph": "practice_dialogue", "input": {"scenario": "objection-handling"}},
    )
    assert first[0].retry == 3000
    events = [f for f in first if f.event != "heartbeat"][1:]
    assert events[0].event == "started"
    assert events[0].data["thread_id"] == thread_id
    assert [sequence(f) for f in events] == list(range(1, len(events) + 1))
    assert {f.data["run_id"] for f in events} == {events[0].data["run_id"]}
    assert "token" in {f.event for f in events}
    pause = next(f for f in events if f.event == "interrupt")
    assert pause.data["value"]["kind"] == "learner_reply"
    assert events[-1].event == "completed"
    assert events[-1].data["status"] == "interrupted"

    status = (await client.get(f"/threads/{thread_id}")).json()
    assert status["status"] == "interrupted"
    assert status["interrupt"]["prompt"] == pause.data["value"]["prompt"]

    second = await run_stream(
        client,
        thread_id,
        {
            "graph": "practice_dialogue",
            "resume": "您好，理解您的顾虑。请问您平时多久来一次？",
            "stream_mode": "light",
        },
    )
    kinds = [f.event for f in second[1:] if f.event != "heartbeat"]
    assert kinds[0] == "started"
    assert second[1].data["resumed"] is True
    assert "token" not in kinds and "node_start" not in kinds
    assert kinds[-1] == "completed"
    state = (await client.get(f"/threads/{thread_id}/state")).json()
    learner_lines = [t["text"] for t in state["values"]["transcript"] if t["role"] == "learner"]
    assert learner_lines == ["您好，理解您的顾虑。请问您平时多久来一次？"]
    history = (await client.get(f"/threads/{thread_id}/history", params={"limit": 5})).json()
    assert len(history) == 5
    assert history[0]["step"] > history[-1]["step"]


async def test_a_dropped_stream_resumes_after_its_last_id_without_gaps(
    client: httpx.AsyncClient,
) -> None:
    thread_id = await new_thread(client)
    accepted = await client.post(
        f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {"delay": 1.0}}
    )
    assert accepted.status_code == 202
    run_id = accepted.json()["run_id"]
    seen: list[Frame] = []
    async with client.stream("GET", f"/threads/{thread_id}/runs/{run_id}/stream") as response:
        async for frame in frames(response):
            if frame.id is not None:
                seen.append(frame)
            if len(seen) == 3:
                break  # the connection drops mid-run
    last = seen[-1].id
    assert last is not None
    async with client.stream(
        "GET", f"/threads/{thread_id}/runs/{run_id}/stream", headers={"Last-Event-ID": last}
    ) as response:
        rest = [f for f in await read_all(response) if f.id is not None]
    ids = [sequence(f) for f in seen + rest]
    assert ids == list(range(1, len(ids) + 1))
    assert rest[-1].event == "completed"
    again = await client.get(
        f"/threads/{thread_id}/runs/{run_id}/stream", params={"last_event_id": rest[-1].id}
    )
    assert again.status_code == 204
    assert (await client.get(f"/threads/{thread_id}/runs/{run_id}")).json()["status"] == "success"


async def test_heartbeats_fill_silence_and_carry_no_id(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    got = await run_stream(client, thread_id, {"graph": "slow", "input": {"delay": 1.0}})
    beats = [f for f in got if f.event == "heartbeat"]
    assert len(beats) >= 3
    assert all(f.id is None and isinstance(f.data["ts"], int) for f in beats)
    assert got[-1].event == "completed"


async def test_reject_enqueue_and_interrupt_strategies(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    slow = {"graph": "slow", "input": {"delay": 1.0}}
    first = (await client.post(f"/threads/{thread_id}/runs", json=slow)).json()["run_id"]
    busy = await client.post(f"/threads/{thread_id}/runs", json=slow)
    assert busy.status_code == 409
    assert busy.json()["error"]["code"] == "thread_busy"

    queued = await client.post(
        f"/threads/{thread_id}/runs",
        json={"graph": "slow", "input": {"delay": 0.01}, "multitask_strategy": "enqueue"},
    )
    assert queued.status_code == 202
    queued_id = queued.json()["run_id"]
    async with client.stream("GET", f"/threads/{thread_id}/runs/{queued_id}/stream") as response:
        assert (await read_all(response))[-1].data["status"] == "success"
    assert (await client.get(f"/threads/{thread_id}/runs/{first}")).json()["status"] == "success"

    third = (await client.post(f"/threads/{thread_id}/runs", json=slow)).json()["run_id"]
    await asyncio.sleep(0.2)
    fourth = await client.post(
        f"/threads/{thread_id}/runs",
        json={"graph": "slow", "input": {"delay": 0.01}, "multitask_strategy": "interrupt"},
    )
    assert fourth.status_code == 202
    assert (await client.get(f"/threads/{thread_id}/runs/{third}")).json()["status"] == "cancelled"


async def test_cancel_ends_the_stream_with_cancelled(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    run_id = (
        await client.post(
            f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {"delay": 5}}
        )
    ).json()["run_id"]
    await asyncio.sleep(0.2)
    cancelled = await client.post(f"/threads/{thread_id}/runs/{run_id}/cancel")
    assert cancelled.status_code == 202
    assert cancelled.json()["status"] == "cancelled"
    async with client.stream("GET", f"/threads/{thread_id}/runs/{run_id}/stream") as response:
        ending = [f for f in await read_all(response) if f.id is not None][-1]
    assert ending.event == "completed"
    assert ending.data["status"] == "cancelled"


@pytest.mark.parametrize(("policy", "expected"), [("cancel", "cancelled"), ("continue", "success")])
async def test_on_disconnect_policy(client: httpx.AsyncClient, policy: str, expected: str) -> None:
    thread_id = await new_thread(client)
    body = {"graph": "slow", "input": {"delay": 0.8}, "on_disconnect": policy}
    async with client.stream("POST", f"/threads/{thread_id}/runs/stream", json=body) as response:
        async for frame in frames(response):
            if frame.event == "started":
                run_id = frame.data["run_id"]
                break
    for _ in range(100):
        status = (await client.get(f"/threads/{thread_id}/runs/{run_id}")).json()["status"]
        if status not in ("pending", "running"):
            break
        await asyncio.sleep(0.05)
    assert status == expected


async def test_bad_requests_get_protocol_errors_not_500(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    unknown_graph = await client.post(f"/threads/{thread_id}/runs/stream", json={"graph": "nope"})
    assert unknown_graph.status_code == 404
    assert unknown_graph.json()["error"]["code"] == "not_found"
    assert "exam_generation" in unknown_graph.json()["error"]["message"]

    bad_body = await client.post(
        f"/threads/{thread_id}/runs", json={"graph": "slow", "stream_mode": "loud"}
    )
    assert bad_body.status_code == 422
    assert "stream_mode" in bad_body.json()["error"]["message"]

    bad_input = await client.post(
        f"/threads/{thread_id}/runs", json={"graph": "practice_dialogue", "input": {"scenario": 5}}
    )
    assert bad_input.status_code == 422
    assert bad_input.json()["error"]["code"] == "invalid_request"

    missing = await client.get("/threads/no-such-thread/state")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {"code": "not_found", "message": "no thread no-such-thread", "details": {}}
    }

    deleted = await client.delete(f"/threads/{thread_id}")
    assert deleted.status_code == 204
    assert (await client.get(f"/threads/{thread_id}")).status_code == 404


async def test_graphs_and_operations(client: httpx.AsyncClient, server: str) -> None:
    graphs = (await client.get("/graphs")).json()
    names = {g["name"] for g in graphs}
    assert {"exam_generation", "exam_grading", "practice_dialogue", "help", "slow"} <= names
    shape = (await client.get("/graphs/exam_generation")).json()
    assert shape["mermaid"].startswith("---") or "graph TD" in shape["mermaid"]
    assert shape["input_schema"]["type"] == "object"
    async with httpx.AsyncClient(base_url=server) as ops:
        assert (await ops.get("/healthz")).json() == {"status": "ok"}
        assert (await ops.get("/readyz")).json() == {"status": "ok"}
        metrics = await ops.get("/metrics")
        assert "python_info" in metrics.text
        openapi = (await ops.get("/openapi.json")).json()
        assert "/api/v1/threads/{thread_id}/runs/stream" in openapi["paths"]
        responses = openapi["paths"]["/api/v1/threads/{thread_id}/runs"]["post"]["responses"]
        assert {"202", "401", "404", "409", "413", "422"} <= set(responses)
        assert "thread_busy" in responses["409"]["description"]
        assert "ErrorBody" in str(responses["409"]["content"])


async def test_an_oversized_body_is_refused_with_413(client: httpx.AsyncClient) -> None:
    thread_id = await new_thread(client)
    material = "会员年卡价格为3980元。" * 100_000  # well over the default 1 MB
    response = await client.post(
        f"/threads/{thread_id}/runs",
        json={"graph": "exam_generation", "input": {"material": material}},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert "KPL_MAX_BODY_BYTES" in response.json()["error"]["message"]

    async def chunks():  # no Content-Length: counted as it is read
        for _ in range(20):
            yield b"x" * 100_000

    chunked = await client.post(f"/threads/{thread_id}/runs", content=chunks())
    assert chunked.status_code == 413
    assert chunked.json()["error"]["code"] == "payload_too_large"
