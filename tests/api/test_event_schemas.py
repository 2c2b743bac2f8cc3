"""Every run event's payload as OpenAPI documents it (api/event_schemas.py), checked against the
wire: real runs over HTTP (an exam, a practice in full and light mode, a help answer, a graph
that does not exist, a join with heartbeats), each event parsed with its model, extra fields
refused. A field the runtime adds or renames without the document fails here."""

from __future__ import annotations

import httpx

from api.event_schemas import PAYLOADS
from tests.api.sse_client import Frame
from tests.api.test_chat import MATERIAL, chat, named


def _check(events: list[Frame]) -> set[str]:
    named_frames = [f for f in events if f.event is not None]  # not the leading `retry:` frame
    for frame in named_frames:
        assert frame.event is not None
        PAYLOADS[frame.event].model_validate(frame.data)
    return {f.event for f in named_frames if f.event}


async def test_every_event_of_real_runs_matches_its_documented_payload(
    client: httpx.AsyncClient,
) -> None:
    seen: set[str] = set()
    seen |= _check(await chat(client, message=f"出3道单选题：{MATERIAL}"))
    opening = await chat(client, message="开始投诉处理练习")
    seen |= _check(opening)
    thread_id = named(opening, "started")[0].data["thread_id"]
    seen |= _check(await chat(client, message="非常抱歉让您久等了。", thread_id=thread_id))
    seen |= _check(await chat(client, message="开始投诉处理练习", stream_mode="light"))
    seen |= _check(await chat(client, message="你能做什么？"))
    seen |= _check(await chat(client, message="你好", graph="no_such_graph"))
    assert {
        "started", "route", "node_start", "token", "progress", "brief", "node_output",
        "interrupt", "completed", "error",
    } <= seen  # fmt: skip


async def test_the_openapi_document_describes_frames_as_a_union_on_event(
    client: httpx.AsyncClient,
) -> None:
    root = str(client.base_url).removesuffix("/api/v1").removesuffix("/api/v1/")
    document = (await client.get(f"{root}/openapi.json")).json()
    schemas = document["components"]["schemas"]
    for path in ("/api/v1/chat/stream", "/api/v1/threads/{thread_id}/runs/stream"):
        operations = document["paths"][path]
        (operation,) = [op for op in operations.values() if isinstance(op, dict)]
        stream = operation["responses"]["200"]["content"]["text/event-stream"]["itemSchema"]
        assert stream["discriminator"] == {"propertyName": "event"}
        names = {branch["properties"]["event"]["const"] for branch in stream["oneOf"]}
        assert names == set(PAYLOADS)
        for branch in stream["oneOf"]:
            ref = branch["properties"]["data"]["contentSchema"]["$ref"]
            assert ref.rsplit("/", 1)[-1] in schemas
