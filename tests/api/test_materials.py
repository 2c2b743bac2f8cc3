"""Materials by reference and a paused exam that takes its answer, through the real app over HTTP:
upload once, name it by id in chat, in a run's input and in reply to the material question; no
event carries the text; another user's material is a 404."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import read_all

MATERIAL = """# 门店收银规范

收银员交班时须当面清点备用金，备用金定额为2000元。
单笔退款超过500元须由值班经理审批。
顾客投诉须在24小时内回复，重大投诉由店长当天上报区域经理。
会员积分每消费1元积1分，积分有效期为12个月。
收银台现金超过8000元时，须在30分钟内存入保险柜。
"""


def frames_of(raw: list[Any]) -> list[Any]:
    return [f for f in raw if f.event not in ("heartbeat", None)]


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def thread_of(frames: list[Any]) -> str:
    return str(next(f for f in frames if f.event == "started").data["thread_id"])


async def chat(client: httpx.AsyncClient, **params: str) -> list[Any]:
    async with client.stream("GET", "/chat/stream", params=params) as stream:
        assert stream.status_code == 200, await stream.aread()
        return frames_of(await read_all(stream))


@pytest.fixture
def two_users(tmp_path: Path) -> Any:
    settings = make_settings(tmp_path, auth="apikey", api_keys={"key-a": "alice", "key-b": "bob"})
    with live_server(settings) as url:
        yield url


async def test_upload_in_every_form_and_ownership(two_users: str) -> None:
    alice = {"Authorization": "Bearer key-a"}
    bob = {"Authorization": "Bearer key-b"}
    async with httpx.AsyncClient(base_url=f"{two_users}/api/v1", timeout=60) as client:
        made = await client.post("/materials", json={"text": MATERIAL}, headers=alice)
        assert made.status_code == 201, made.text
        info = made.json()
        assert info["title"] == "门店收银规范" and info["chars"] == len(MATERIAL)
        assert info["language"] == "zh" and len(info["digest"]) == 16
        assert info["created_at"].endswith("Z")
        as_markdown = await client.post(
            "/materials?title=收银",
            content=MATERIAL.encode(),
            headers={**alice, "Content-Type": "text/markdown; charset=utf-8"},
        )
        assert as_markdown.status_code == 201 and as_markdown.json()["title"] == "收银"
        as_file = await client.post(
            "/materials", files={"file": ("cashier.md", MATERIAL.encode())}, headers=alice
        )
        assert as_file.status_code == 201 and as_file.json()["title"] == "cashier"
        wrong_file = await client.post(
            "/materials", files={"file": ("cashier.pdf", b"%PDF-1.7")}, headers=alice
        )
        assert wrong_file.status_code == 422 and ".md or .txt" in wrong_file.text

        material_id = info["material_id"]
        got = await client.get(f"/materials/{material_id}", headers=alice)
        assert got.status_code == 200 and got.json()["text"] == MATERIAL
        assert (await client.get(f"/materials/{material_id}", headers=bob)).status_code == 404
        assert (await client.delete(f"/materials/{material_id}", headers=bob)).status_code == 404
        assert (await client.delete(f"/materials/{material_id}", headers=alice)).status_code == 204
        assert (await client.get(f"/materials/{material_id}", headers=alice)).status_code == 404


async def test_a_material_over_the_limit_is_413(tmp_path: Path) -> None:
    with live_server(make_settings(tmp_path, max_material_chars=200)) as url:
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=60) as client:
            refused = await client.post("/materials", json={"text": "长" * 201})
            assert refused.status_code == 413
            assert refused.json()["error"]["code"] == "payload_too_large"
            empty = await client.post("/materials", json={"text": "  "})
            assert empty.status_code == 422


async def test_chat_and_runs_take_a_material_id_and_no_event_carries_the_text(
    client: httpx.AsyncClient,
) -> None:
    material_id = (await client.post("/materials", json={"text": MATERIAL})).json()["material_id"]
    frames = await chat(client, message="出3道判断题", material_id=material_id)
    assert frames[-1].event == "completed", frames[-1].data
    route = next(f for f in frames if f.event == "route").data
    assert route["params"]["material"] == {"material_id": material_id, "chars": len(MATERIAL)}
    exam = frames[-1].data["output"]["exam"]
    assert len(exam["questions"]) + sum(s["missing"] for s in exam["shortfall"]) == 3
    assert all(f.event != "route" or MATERIAL not in json.dumps(f.data) for f in frames)

    thread_id = (await client.post("/threads")).json()["thread_id"]
    body = {"graph": "exam_generation", "input": {"material_id": material_id, "true_false": 2}}
    async with client.stream("POST", f"/threads/{thread_id}/runs/stream", json=body) as stream:
        ran = frames_of(await read_all(stream))
    assert ran[-1].event == "completed", ran[-1].data
    unknown = await client.post(
        f"/threads/{thread_id}/runs",
        json={"graph": "exam_generation", "input": {"material_id": "nope"}},
    )
    assert unknown.status_code == 404


async def test_a_paused_exam_takes_its_material_as_the_answer(client: httpx.AsyncClient) -> None:
    opened = await chat(client, message="出一套考试")
    assert opened[-1].data["status"] == "interrupted"
    assert next(f for f in opened if f.event == "interrupt").data["value"]["kind"] == "material"
    thread_id = thread_of(opened)

    # The pasted material, which routing used to send to `clarify`: the exam continues.
    pasted = await chat(client, message=MATERIAL, thread_id=thread_id)
    route = next(f for f in pasted if f.event == "route").data
    assert (route["intent"], route["source"]) == ("exam_generate", "context")
    assert MATERIAL not in json.dumps(route)
    assert pasted[-1].event == "completed" and pasted[-1].data["status"] == "success"
    assert pasted[-1].data["output"]["exam"]["questions"]

    # A course named in reply is that course; an uploaded material by id is that material.
    again = await chat(client, message="出一套考试")
    named = await chat(client, message="就用明视眼镜的课程", thread_id=thread_of(again))
    assert named[-1].data["status"] == "success", named[-1].data
    assert "明视眼镜" in named[-1].data["output"]["exam"]["title"]
    third = await chat(client, message="出一套考试")
    material_id = (await client.post("/materials", json={"text": MATERIAL})).json()["material_id"]
    by_id = await chat(client, thread_id=thread_of(third), material_id=material_id)
    assert by_id[-1].data["status"] == "success", by_id[-1].data


async def test_node_outputs_are_lean(client: httpx.AsyncClient) -> None:
    """No node output repeats the material; the analysis shows its shape; a practice's
    transcript output holds only the turn's new lines, however long the session."""
    long_material = "\n".join(f"## 第{i}部分\n{MATERIAL}" for i in range(1, 9))
    made = await client.post("/materials", json={"text": long_material})
    frames = await chat(client, message="出3道判断题", material_id=made.json()["material_id"])
    outputs = {f.data["node"]: f.data["output"] for f in frames if f.event == "node_output"}
    assert outputs["prepare_material"]["text"]["chars"] == len(long_material.strip())
    assert max(len(text) for text in strings_in(outputs)) <= 1000  # no text sent whole
    assert set(outputs["extract_knowledge_points"]["analysis"]) == {"summary"}

    opened = await chat(client, message="开始异议处理练习")
    thread = thread_of(opened)
    lengths = []
    for reply in (
        "您好，请问您主要担心价格吗？",
        "这款镜片防蓝光，很多人反馈不错。",
        "现在办会员可以打九折。",
    ):
        turn = await chat(client, message=reply, thread_id=thread)
        written = [
            f.data["output"]["transcript"]
            for f in turn
            if f.event == "node_output" and "transcript" in f.data["output"]
        ]
        lengths.append(sum(len(items) for items in written))
    assert lengths[0] == lengths[-1] > 0  # the same number of new lines every turn


async def test_a_remark_is_not_material_and_the_exam_still_waits(client: httpx.AsyncClient) -> None:
    """A reply too short to be a text is refused with what to send, and the exam keeps waiting
    for its material: the next reply is taken."""
    opened = await chat(client, message="出一套考试")
    thread = thread_of(opened)
    remark = await chat(client, message="用那个课程吧", thread_id=thread)
    assert remark[-1].event == "error" and "at least 20 characters" in remark[-1].data["message"]
    pasted = await chat(client, message=MATERIAL, thread_id=thread)
    assert pasted[-1].event == "completed" and pasted[-1].data["status"] == "success"
