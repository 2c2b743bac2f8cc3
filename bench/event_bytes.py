"""How many bytes a client receives: a 5-question exam's stream and a practice's turns.

    .venv/bin/python -m bench.event_bytes [--events]

The app runs in-process (httpx's ASGI transport, in-memory checkpoints, offline engine). It prints
the bytes of the SSE stream of a 5-question exam on the bench's Chinese food-safety material
(about 1,400 characters, uploaded once and named by `material_id`) in `full` and `light` mode, with
the largest events, and the bytes of each turn of a practice session, so that growth with the
session's length shows. Budgets (issue 14): exam ≤ 20 KB full, ≤ 8 KB light; a practice turn's
bytes independent of the session length. Then the practice's `token` events (its persona's lines,
streamed in chunks) with token batching at its default interval and off (`KPL_TOKEN_FLUSH_MS=0`).
`--events` also lists every event of the full exam with its bytes and, for node outputs, the bytes
of each state key (where a stream's bytes go). Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from api.app import create_app
from api.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MATERIAL = (ROOT / "bench/materials/food-safety-zh.md").read_text(encoding="utf-8")[:1400]
EXAM_BUDGET = {"full": 20_000, "light": 8_000}
DEFAULT_FLUSH_MS = Settings.model_fields["token_flush_ms"].default
REPLIES = [
    "您好，我理解您的顾虑，请问您主要担心价格的哪一部分？",
    "这款镜片有防蓝光和抗疲劳功能，很多上班族反馈效果不错。",
    "我们现在有会员活动，可以享受九折优惠，还送一年免费清洗。",
    "如果您还在犹豫，可以先试戴一下，看看舒不舒服。",
    "您觉得怎么样？需要我帮您再对比一下其他款式吗？",
]


async def stream_bytes(
    client: httpx.AsyncClient, params: dict[str, str], *, listing: list[str] | None = None
) -> tuple[int, Counter[str], str | None]:
    """Bytes of one chat stream, bytes by event name (and `#name`: how many), and the thread id;
    with `listing`, a line per event appended to it (name, node, bytes of its frame, bytes of
    each output key)."""
    total, by_event, thread, event, frame = 0, Counter[str](), None, "message", 0
    async with client.stream("GET", "/api/v1/chat/stream", params=params) as response:
        async for line in response.aiter_lines():
            size = len(line.encode()) + 1
            total += size
            frame += size
            if line.startswith("event:"):
                event = line[6:].strip()
            by_event[event] += size
            data = json.loads(line[5:]) if line.startswith("data:") else None
            if event == "started" and data is not None and thread is None:
                thread = data["thread_id"]
            if line.startswith("event:"):
                by_event["#" + event] += 1  # how many events of the name
            if event == "node_output" and data is not None:
                by_event["node_output:" + data["node"]] += size
            if line == "":  # a frame ends
                frame = 0
            elif data is not None and listing is not None:
                frame += 1  # the blank line that ends it
                listing.append(event_line(event, data, frame))
    return total, by_event, thread


def event_line(event: str, data: dict[str, Any], size: int) -> str:
    """One event's line of the `--events` listing."""
    output = data.get("output")
    keys = ""
    if isinstance(output, dict):
        sizes = {
            k: len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode())
            for k, v in output.items()
        }
        keys = ", ".join(f"{k} {n:,}" for k, n in sorted(sizes.items(), key=lambda kv: -kv[1]))
    return f"  {event:<14} {data.get('node') or ''!s:<26} {size:>6,}  {keys}"


@asynccontextmanager
async def app_client(token_flush_ms: int) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app in-process (in-memory checkpoints, offline engine)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, checkpoint_url="memory://", reload=False, token_flush_ms=token_flush_ms
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://kpl", timeout=300
        ) as client:
            yield client


async def exam(client: httpx.AsyncClient, *, events: bool) -> None:
    """Print the 5-question exam's bytes in both modes (and, with `events`, every event)."""
    made = await client.post("/api/v1/materials", json={"text": MATERIAL})
    material_id = made.json()["material_id"]
    print(f"material: {len(MATERIAL)} characters, uploaded as {material_id}")
    for mode in ("full", "light"):
        params = {"message": "出5道单选题", "material_id": material_id, "stream_mode": mode}
        listing: list[str] | None = [] if events and mode == "full" else None
        total, by_event, _ = await stream_bytes(client, params, listing=listing)
        sizes = [(name, n) for name, n in by_event.most_common() if not name.startswith("#")]
        top = ", ".join(f"{name} {size:,}" for name, size in sizes[:4])
        verdict = "within" if total <= EXAM_BUDGET[mode] else "OVER"
        print(
            f"5-question exam, {mode}: {total:,} bytes ({verdict} the "
            f"{EXAM_BUDGET[mode]:,} budget); largest: {top}"
        )
        if listing:
            print(f"  {'event':<14} {'node':<26} {'bytes':>6}  output keys")
            print("\n".join(listing))


async def practice(client: httpx.AsyncClient) -> tuple[list[int], int, int]:
    """A practice's opening and five turns: bytes per turn, and the token events and their
    bytes over the whole session."""
    turns: list[int] = []
    tokens = token_bytes = 0
    thread: str | None = None
    for reply in ["开始异议处理练习", *REPLIES]:
        params = {"message": reply, "stream_mode": "full"}
        if thread is not None:
            params["thread_id"] = thread
        size, by_event, started = await stream_bytes(client, params)
        thread = thread or started
        turns.append(size)
        tokens += by_event["#token"]
        token_bytes += by_event["token"]
    return turns, tokens, token_bytes


async def main(*, events: bool = False) -> None:
    async with app_client(DEFAULT_FLUSH_MS) as client:
        await exam(client, events=events)
        turns, tokens, token_bytes = await practice(client)
    shown = ", ".join(f"{n:,}" for n in turns)
    print(f"practice turns (full), bytes per turn: {shown}")
    print(f"  last turn / second turn: {turns[-1] / turns[1]:.2f}")
    async with app_client(0) as client:
        _, unbatched, unbatched_bytes = await practice(client)
    print(
        f"practice token events over six turns: {tokens} events, {token_bytes:,} bytes "
        f"(KPL_TOKEN_FLUSH_MS={DEFAULT_FLUSH_MS}); {unbatched} events, {unbatched_bytes:,} bytes "
        "unbatched (0)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", action="store_true", help="list the full exam's events")
    asyncio.run(main(events=parser.parse_args().events))
