"""The chat endpoint as a browser's EventSource uses it: routing, practice turns, reconnects."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import Frame, frames, read_all

MATERIAL = (
    "会员年卡价格为3980元，可分12期免息。新会员可免费体测一次。门店营业时间为早上7点到晚上11点。"
    "年卡可以冻结一次，最长冻结30天。私教课每节300元，购买20节以上享受九折优惠。"
)


async def chat(client: httpx.AsyncClient, **params: str) -> list[Frame]:
    async with client.stream("GET", "/chat/stream", params=params) as response:
        assert response.status_code == 200
        return [f for f in await read_all(response) if f.event != "heartbeat"]


def named(events: list[Frame], name: str) -> list[Frame]:
    return [f for f in events if f.event == name]


async def test_an_exam_request_is_routed_and_generated(client: httpx.AsyncClient) -> None:
    events = await chat(client, message=f"出3道单选题：{MATERIAL}")
    assert [f.event for f in events[1:3]] == ["started", "route"]
    route = events[2].data
    assert route["intent"] == "exam_generate"
    assert route["graph"] == "exam_generation"
    assert route["params"]["single_choice"] == 3
    assert route["source"] in ("rule", "llm")
    assert events[2].id is not None
    assert named(events, "progress")
    done = events[-1]
    assert done.event == "completed"
    assert done.data["status"] == "success"
    assert set(done.data["output"]) == {"exam"}  # the result, not the material or the analysis
    exam = done.data["output"]["exam"]
    assert {q["type"] for q in exam["questions"]} == {"single_choice"}
    missing = sum(gap["missing"] for gap in exam["shortfall"])
    assert len(exam["questions"]) + missing == 3  # the blueprint met, or the gap stated
    assert len(exam["questions"]) >= 2
    assert all(gap["reason"] for gap in exam["shortfall"])
    for question in exam["questions"]:
        assert question["source_quote"] in MATERIAL


async def test_a_practice_goes_turn_by_turn_on_one_thread(client: httpx.AsyncClient) -> None:
    opening = await chat(client, message="开始异议处理练习")
    assert named(opening, "route")[0].data["params"]["scenario"] == "objection-handling"
    assert named(opening, "interrupt")[0].data["value"]["kind"] == "learner_reply"
    thread_id = named(opening, "started")[0].data["thread_id"]
    assert opening[-1].data["status"] == "interrupted"

    reply = await chat(
        client, message="理解您的顾虑，请问您平时什么时候有空锻炼？", thread_id=thread_id
    )
    route = named(reply, "route")[0].data
    assert route["intent"] == "practice_reply"
    assert route["source"] == "context"
    assert named(reply, "started")[0].data["resumed"] is True
    assert named(reply, "started")[0].data["thread_id"] == thread_id
    assert reply[-1].data["status"] == "interrupted"

    status = (await client.get("/chat/stream/status", params={"thread_id": thread_id})).json()
    assert status["status"] == "interrupted"
    assert status["graph"] == "practice_dialogue"

    end = await chat(client, message="结束练习", thread_id=thread_id)
    assert named(end, "route")[0].data["intent"] == "practice_end"
    report = end[-1].data["output"]["report"]
    assert end[-1].data["status"] == "success"
    assert report["ended"] == "quit"
    assert 0 <= report["total"] <= 100


async def test_reconnect_resumes_the_same_run_and_starts_nothing(client: httpx.AsyncClient) -> None:
    url = f"/chat/stream?message=出5道判断题：{MATERIAL}"
    first: list[Frame] = []
    async with client.stream("GET", url) as response:
        async for frame in frames(response):
            if frame.id is not None:
                first.append(frame)
            if len(first) == 4:
                break
    async with client.stream("GET", url, headers={"Last-Event-ID": first[-1].id or ""}) as response:
        rest = [f for f in await read_all(response) if f.id is not None]
    seen = first + rest
    sequences = [int((f.id or "").rsplit(":", 1)[1]) for f in seen]
    assert sequences == list(range(1, len(seen) + 1))
    assert len(named(seen, "started")) == 1
    assert {f.data["run_id"] for f in seen} == {first[0].data["run_id"]}
    assert seen[-1].event == "completed"
    after_end = await client.get(url, headers={"Last-Event-ID": seen[-1].id or ""})
    assert after_end.status_code == 204
    unknown = await client.get(url, params={"last_event_id": "no-such-run:3"})
    assert unknown.status_code == 204


async def test_problems_after_authentication_arrive_as_one_error_event(
    client: httpx.AsyncClient,
) -> None:
    for params, code in (
        ({"message": "hello", "thread_id": "not-a-thread"}, "not_found"),
        ({"message": ""}, "invalid_request"),
        ({"message": "出5道题", "stream_mode": "loud"}, "invalid_request"),
        ({"message": "hi", "graph": "no_such_graph"}, "not_found"),
        ({"message": "批改答案 1A 2B"}, "invalid_request"),
    ):
        events = await chat(client, **params)
        assert [f.event for f in events[1:]] == ["error"], params
        assert events[1].data["code"] == code, params
        assert events[1].id is not None


async def test_an_unsure_router_asks_instead_of_guessing(client: httpx.AsyncClient) -> None:
    events = await chat(client, message="嗯嗯")
    route = named(events, "route")[0].data
    assert route["intent"] == "clarify"
    assert route["graph"] is None
    clarify = events[-1].data["output"]["clarify"]
    assert len(clarify["options"]) >= 2
    assert events[-1].data["status"] == "success"


async def test_route_endpoint_explains_without_running(client: httpx.AsyncClient) -> None:
    decision = (await client.post("/route", json={"message": "来三道判断题，难一点"})).json()
    assert decision["intent"] == "exam_generate"
    assert decision["params"]["true_false"] == 3
    assert decision["params"]["difficulty"] == "hard"
    assert decision["trace"]["rules"]
    bad = await client.post("/route", json={"message": ""})
    assert bad.status_code == 422


async def test_an_explicit_graph_runs_whatever_the_router_makes_of_the_message(
    client: httpx.AsyncClient,
) -> None:
    events = await chat(client, message="x", graph="slow")
    route = named(events, "route")[0].data
    assert route["graph"] == "slow"
    assert route["source"] == "explicit"
    assert named(events, "started")[0].data["graph"] == "slow"
    assert events[-1].event == "completed"
    assert events[-1].data["output"]["after"] is True


async def test_a_practice_thread_survives_a_server_restart(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    with live_server(settings) as url:
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=30) as first:
            opening = await chat(first, message="开始客诉处理练习")
    thread_id = named(opening, "started")[0].data["thread_id"]
    prompt = named(opening, "interrupt")[0].data["value"]["prompt"]

    with live_server(settings) as url:  # a new server: nothing in memory, the same database
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=30) as second:
            status = (
                await second.get("/chat/stream/status", params={"thread_id": thread_id})
            ).json()
            assert status["status"] == "interrupted"
            assert status["interrupt"]["prompt"] == prompt
            reply = await chat(
                second, message="非常抱歉让您久等了，我先了解一下情况", thread_id=thread_id
            )
    assert named(reply, "started")[0].data["resumed"] is True
    assert named(reply, "route")[0].data["intent"] == "practice_reply"
    transcript = reply[-1].data["output"]["transcript"]
    assert [t["text"] for t in transcript if t["role"] == "learner"] == [
        "非常抱歉让您久等了，我先了解一下情况"
    ]
