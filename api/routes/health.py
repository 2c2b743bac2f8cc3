"""Operations: liveness, readiness, metrics."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.errors import error_body
from api.services import ServicesDep

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    """Always `ok` while the process serves requests."""
    return {"status": "ok"}


@router.get("/readyz", summary="The checkpoint store and the event broker answer")
async def readyz(services: ServicesDep) -> Any:
    """`ok`, or 503 `unavailable` naming what does not answer."""
    try:
        await services.executor.checkpointer.aget_tuple(
            {"configurable": {"thread_id": "__readyz__", "checkpoint_ns": ""}}
        )
    except Exception as exc:  # any failure of the store means not ready
        return JSONResponse(
            error_body("unavailable", f"checkpoint store does not answer: {type(exc).__name__}"),
            status_code=503,
        )
    await services.broker.last_sequence("__readyz__")
    return {"status": "ok"}


@router.get("/metrics", summary="Prometheus metrics")
async def metrics() -> Response:
    """The process's metrics in Prometheus text format."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
