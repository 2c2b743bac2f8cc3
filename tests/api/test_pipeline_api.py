"""The run pipeline as clients see it: 429 with Retry-After, request ids, metrics, masking."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import read_all


async def test_the_rate_limit_answers_429_and_an_error_event(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, rate_limit="2/hour", rate_limit_costs={})
    with live_server(settings) as url:
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=30) as client:
            thread_id = (await client.post("/threads")).json()["thread_id"]
            body = {"graph": "slow", "input": {"delay": 0.01}, "multitask_strategy": "enqueue"}
            for _ in range(2):
                assert (
                    await client.post(f"/threads/{thread_id}/runs", json=body)
                ).status_code == 202
            refused = await client.post(f"/threads/{thread_id}/runs", json=body)
            assert refused.status_code == 429
            error = refused.json()["error"]
            assert error["code"] == "rate_limited"
            assert 1 <= int(refused.headers["Retry-After"]) <= 3600
            assert error["details"]["retry_after"] == int(refused.headers["Retry-After"])

            streamed = await client.post(f"/threads/{thread_id}/runs/stream", json=body)
            assert streamed.status_code == 429  # refused before the stream started

            async with client.stream(
                "GET", "/chat/stream", params={"message": "来三道判断题"}
            ) as chat:
                frames = [f for f in await read_all(chat) if f.event != "heartbeat"]
            assert [f.event for f in frames[1:]] == ["error"]
            assert frames[1].data["code"] == "rate_limited"
            assert frames[1].data["details"]["retry_after"] >= 1


async def test_request_ids_metrics_and_masked_output(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, forbidden_terms=["learner"])
    with live_server(settings) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            echoed = await client.post("/api/v1/threads", headers={"X-Request-ID": "req-42.a_b"})
            assert echoed.headers["X-Request-ID"] == "req-42.a_b"
            replaced = await client.post(
                "/api/v1/threads", headers={"X-Request-ID": "bad id\\nforged: line"}
            )
            assert replaced.headers["X-Request-ID"] != "bad id\\nforged: line"
            assert len(replaced.headers["X-Request-ID"]) == 32
            thread_id = replaced.json()["thread_id"]

            # The sample chat graph streams "你好", "，", "learner": the term is masked in flight.
            async with client.stream(
                "POST",
                f"/api/v1/threads/{thread_id}/runs/stream",
                json={"graph": "chat", "input": {}},
            ) as response:
                frames = await read_all(response)
            tokens = "".join(f.data["text"] for f in frames if f.event == "token")
            assert tokens == "你好，***"
            pause = next(f for f in frames if f.event == "interrupt")
            assert pause.data["value"]["prompt"] == "你好，***"

            metrics = (await client.get("/metrics")).text
            assert 'kpl_runs_total{graph="chat",status="interrupted"}' in metrics
            assert "kpl_node_duration_seconds_bucket" in metrics
