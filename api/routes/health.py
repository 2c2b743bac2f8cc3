"""Operations: liveness, readiness, metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.errors import error_body
from api.services import ServicesDep

router = APIRouter(tags=["operations"])
READY_CHECK_S = 3.0
"""How long `/readyz` waits for each dependency before it reports it as not answering."""


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    """Always `ok` while the process serves requests."""
    return {"status": "ok"}


@router.get("/readyz", summary="The checkpoint store, Redis and the event broker answer")
async def readyz(services: ServicesDep) -> Any:
    """`ok`, or 503 `unavailable` naming what does not answer (each check gets a few seconds)."""
    checks: list[tuple[str, Callable[[], Awaitable[object]]]] = [
        (
            "checkpoint store",
            lambda: services.executor.checkpointer.aget_tuple(
                {"configurable": {"thread_id": "__readyz__", "checkpoint_ns": ""}}
            ),
        ),
    ]
    if services.redis is not None:
        checks.append(("Redis (KPL_REDIS_URL)", services.redis.ping))
    checks.append(("event broker", lambda: services.broker.last_sequence("__readyz__")))
    for name, check in checks:
        try:
            async with asyncio.timeout(READY_CHECK_S):
                await check()
        except Exception as exc:  # any failure of a dependency means not ready
            return JSONResponse(
                error_body("unavailable", f"{name} does not answer: {type(exc).__name__}"),
                status_code=503,
            )
    return {"status": "ok"}


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
)
async def metrics() -> Response:
    """The process's metrics in Prometheus text format."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
