"""Admission before routing: a chat message, `/route`, `/graphs/validate` and dry runs are
admitted (auth, content guard, rate limit) before any classification or parsing, are counted,
and a thread is recorded only for a run that was admitted."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

from api.app import create_app
from api.services import Services
from runtime.runs.threads import NAMESPACE
from tests.api.conftest import make_settings
from tests.api.sse_client import read_all


@asynccontextmanager
async def app_client(tmp_path: Path, **settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app in-process (its store is inspected), its lifespan entered."""
    app = create_app(make_settings(tmp_path, **settings))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            client.app_services = app.state.services  # type: ignore[attr-defined]
            yield client


async def recorded_threads(client: httpx.AsyncClient) -> list[str]:
    services: Services = client.app_services  # type: ignore[attr-defined]
    items = await services.threads.store.asearch(NAMESPACE, limit=100)
    return [item.key for item in items]


async def chat(client: httpx.AsyncClient, message: str) -> list[Any]:
    async with client.stream("GET", "/api/v1/chat/stream", params={"message": message}) as stream:
        return [f for f in await read_all(stream) if f.event != "heartbeat"]


def counted(metrics: str, prefix: str) -> float:
    """The sum of the samples of a metric whose line starts with `prefix` (the registry is the
    process's: other tests count too, so a test compares before and after)."""
    return sum(
        float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines() if line.startswith(prefix)
    )


async def test_a_refused_message_is_never_routed_and_leaves_no_thread(tmp_path: Path) -> None:
    refused_route = 'kpl_admissions_total{action="route",outcome="invalid_request"}'
    async with app_client(tmp_path, forbidden_terms=["机密"]) as client:
        before = (await client.get("/metrics")).text
        frames = await chat(client, "出3道单选题，材料是公司机密")
        assert [f.event for f in frames[1:]] == ["error"]
        assert frames[1].data["code"] == "invalid_request"
        assert "forbidden term" in frames[1].data["message"]
        routed = await client.post("/api/v1/route", json={"message": "机密：出3道单选题"})
        assert routed.status_code == 422 and routed.json()["error"]["code"] == "invalid_request"
        assert await recorded_threads(client) == []
        after = (await client.get("/metrics")).text
        assert counted(after, refused_route) - counted(before, refused_route) == 2
        # Nothing was routed: no decision was counted.
        assert counted(after, "kpl_route_source_total{") == counted(
            before, "kpl_route_source_total{"
        )


async def test_a_run_the_pipeline_refuses_leaves_no_thread(tmp_path: Path) -> None:
    # The classification is admitted (1 hit of 3), the exam run costs 5: refused, no thread.
    async with app_client(tmp_path, rate_limit="3/hour") as client:
        frames = await chat(client, "出3道单选题")
        assert [f.event for f in frames[1:]] == ["error"]
        assert frames[1].data["code"] == "rate_limited"
        assert await recorded_threads(client) == []
        admitted = await chat(client, "你能做什么？")  # help costs 1: admitted, its thread kept
        assert admitted[-1].event == "completed"
        assert len(await recorded_threads(client)) == 1


async def test_route_validate_and_dry_runs_are_counted_against_the_limit(tmp_path: Path) -> None:
    async with app_client(tmp_path, rate_limit="2/hour", rate_limit_costs={}) as client:
        for _ in range(2):
            assert (await client.post("/api/v1/route", json={"message": "出题"})).status_code == 200
        refused = await client.post("/api/v1/route", json={"message": "出题"})
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    async with app_client(tmp_path, rate_limit="1/hour", rate_limit_costs={}) as client:
        text = "id: x\nkind: graph\n"
        headers = {"Content-Type": "application/yaml"}
        first = await client.post("/api/v1/graphs/validate", content=text, headers=headers)
        assert first.status_code == 200
        second = await client.post("/api/v1/graphs/validate", content=text, headers=headers)
        assert second.status_code == 429
        dry = await client.post("/api/v1/definitions/dry-run", json={"text": text, "input": {}})
        assert dry.status_code == 429
