"""A 5-question exam's event stream through the app (in-process, offline engine): the working
sets behind the exam (candidates, accepted questions, rejections) travel as their sizes, the exam
itself whole in `assemble_exam`'s output and in `completed`, and the stream stays within the
issue's byte budget (`python -m bench.event_bytes` prints the figures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from api.app import create_app
from bench.event_bytes import EXAM_BUDGET, MATERIAL
from tests.api.conftest import make_settings
from tests.api.sse_client import read_all


async def exam_stream(tmp_path: Path) -> tuple[list[tuple[str, dict[str, Any]]], int]:
    """The events of a 5-question exam on the bench's material, and the stream's bytes."""
    app = create_app(make_settings(tmp_path, result_cache=False, heartbeat_s=15))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://kpl.test/api/v1", timeout=120
        ) as client:
            made = await client.post("/materials", json={"text": MATERIAL})
            params = {"message": "出5道单选题", "material_id": made.json()["material_id"]}
            async with client.stream("GET", "/chat/stream", params=params) as response:
                body = await response.aread()
                frames = await read_all(httpx.Response(200, content=body))
    events = [(str(f.event), f.data) for f in frames if f.event not in (None, "heartbeat")]
    return events, len(body)


async def test_the_exam_stream_sends_working_sets_as_sizes_and_the_exam_whole(
    tmp_path: Path,
) -> None:
    events, size = await exam_stream(tmp_path)
    outputs = [data for name, data in events if name == "node_output"]
    written: dict[str, list[Any]] = {}
    for data in outputs:
        for key, value in data["output"].items():
            written.setdefault(key, []).append(value)
    for key in ("candidates", "accepted"):
        assert written[key], key
        assert all(set(value) == {"summary"} for value in written[key]), key
        assert all(isinstance(value["summary"]["items"], int) for value in written[key]), key
    completed = events[-1]
    assert completed[0] == "completed" and completed[1]["status"] == "success"
    exam = completed[1]["output"]["exam"]
    questions = exam["questions"]
    assert len(questions) == 5 and all(q["stem"] and q["options"] for q in questions)
    assembled = next(d for d in outputs if d["node"] == "assemble_exam")["output"]["exam"]
    assert assembled == exam
    # the last count of accepted questions is the exam's
    assert written["accepted"][-1]["summary"]["items"] == len(questions)
    assert size <= EXAM_BUDGET["full"], json.dumps([n for n, _ in events])
