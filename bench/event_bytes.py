"""How many bytes a client receives: a 5-question exam's stream and a practice's turns.

    .venv/bin/python -m bench.event_bytes

The app runs in-process (httpx's ASGI transport, in-memory checkpoints, offline engine). It prints
the bytes of the SSE stream of a 5-question exam on the bench's Chinese food-safety material
(about 1,400 characters, uploaded once and named by `material_id`) in `full` and `light` mode, with
the largest events, and the bytes of each turn of a practice session, so that growth with the
session's length shows. Budgets (issue 14): exam ≤ 20 KB full, ≤ 8 KB light; a practice turn's
bytes independent of the session length. Figures only; nothing is asserted.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from api.app import create_app
from api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MATERIAL = (ROOT / "bench/materials/food-safety-zh.md").read_text(encoding="utf-8")[:1400]
EXAM_BUDGET = {"full": 20_000, "light": 8_000}
REPLIES = [
    "您好，我理解您的顾虑，请问您主要担心价格的哪一部分？",
    "这款镜片有防蓝光和抗疲劳功能，很多上班族反馈效果不错。",
    "我们现在有会员活动，可以享受九折优惠，还送一年免费清洗。",
    "如果您还在犹豫，可以先试戴一下，看看舒不舒服。",
    "您觉得怎么样？需要我帮您再对比一下其他款式吗？",
]


async def stream_bytes(
    client: httpx.AsyncClient, params: dict[str, str]
) -> tuple[int, Counter[str], str | None]:
    """Bytes of one chat stream, bytes by event name, and the thread id."""
    total, by_event, thread, event = 0, Counter[str](), None, "message"
    async with client.stream("GET", "/api/v1/chat/stream", params=params) as response:
        async for line in response.aiter_lines():
            size = len(line.encode()) + 1
            total += size
            if line.startswith("event:"):
                event = line[6:].strip()
            by_event[event] += size
            if event == "started" and line.startswith("data:") and thread is None:
                thread = json.loads(line[5:])["thread_id"]
            if event == "node_output" and line.startswith("data:"):
                by_event["node_output:" + json.loads(line[5:])["node"]] += size
    return total, by_event, thread


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(_env_file=None, checkpoint_url="memory://", reload=False)  # type: ignore[call-arg]
        del folder
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://kpl", timeout=300
            ) as client:
                made = await client.post("/api/v1/materials", json={"text": MATERIAL})
                material_id = made.json()["material_id"]
                print(f"material: {len(MATERIAL)} characters, uploaded as {material_id}")
                for mode in ("full", "light"):
                    params: dict[str, Any] = {
                        "message": "出5道单选题",
                        "material_id": material_id,
                        "stream_mode": mode,
                    }
                    total, by_event, _ = await stream_bytes(client, params)
                    top = ", ".join(f"{name} {size:,}" for name, size in by_event.most_common(4))
                    verdict = "within" if total <= EXAM_BUDGET[mode] else "OVER"
                    print(
                        f"5-question exam, {mode}: {total:,} bytes ({verdict} the "
                        f"{EXAM_BUDGET[mode]:,} budget); largest: {top}"
                    )
                turns: list[int] = []
                size, _, thread = await stream_bytes(
                    client, {"message": "开始异议处理练习", "stream_mode": "full"}
                )
                turns.append(size)
                for reply in REPLIES:
                    size, _, _ = await stream_bytes(
                        client, {"message": reply, "thread_id": str(thread), "stream_mode": "full"}
                    )
                    turns.append(size)
                shown = ", ".join(f"{n:,}" for n in turns)
                print(f"practice turns (full), bytes per turn: {shown}")
                print(f"  last turn / second turn: {turns[-1] / turns[1]:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
