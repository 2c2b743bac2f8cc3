"""The LangGraph Platform API under `/langgraph`, for the official `langgraph-sdk` clients.

    get_client(url=BASE + "/langgraph", api_key=KEY)

    assistants.py   one assistant per registered graph
    threads.py      threads, their state, history, copy
    runs.py         a thread's runs: stream, wait, background, join, join_stream, cancel
    stateless.py    runs on a thread made for them (`/runs`)
    lifecycle.py    starting a run, streaming it, its outcome (the runs service underneath)
    streaming.py    a run's events as the API's stream parts (SSE)
    shapes.py       the API's JSON shapes of what this server keeps
    schemas.py      request bodies
    admission.py    authentication, with the SDK's `x-api-key` header too
    store.py        the key-value store, each user's items apart
    errors.py       501 for what is not served, 409 for a taken id

Same runs, auth, ownership, rate limits and pipeline as `/api/v1` (docs/protocol.md, "LangGraph
Platform API"). Parts not served answer 501 with `details.part` naming them.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from api.errors import documented_errors
from api.routes.langgraph import assistants, runs, stateless, store, threads
from api.routes.langgraph.admission import PREFIX, LangGraphAdmission
from api.routes.langgraph.errors import NOT_BUILT_RESPONSE, NotBuilt

router = APIRouter(
    prefix=PREFIX,
    tags=["langgraph"],
    responses={**documented_errors(401, 404, 409, 422), **NOT_BUILT_RESPONSE},
)
router.include_router(assistants.router)
router.include_router(threads.router)
router.include_router(runs.router)
router.include_router(stateless.router)
router.include_router(store.router)


@router.api_route(
    "/runs/crons{rest:path}", methods=["GET", "POST", "PATCH", "DELETE"], include_in_schema=False
)
@router.api_route(
    "/threads/{thread_id}/runs/crons{rest:path}",
    methods=["GET", "POST", "PATCH", "DELETE"],
    include_in_schema=False,
)
@router.api_route("/threads/{thread_id}/commands", methods=["GET", "POST"], include_in_schema=False)
@router.api_route(
    "/threads/{thread_id}/stream/events", methods=["GET", "POST"], include_in_schema=False
)
async def not_served(request: Request) -> None:
    """Crons and the thread-centric streaming protocol (`threads.stream`, v3) answer 501 naming
    the part, so a client knows why."""
    path = request.url.path
    part = "crons" if "/crons" in path else "threads.stream (v3)"
    raise NotBuilt(part, f"{request.method} {path}")


@router.get("/info", summary="What this server serves of the LangGraph Platform API")
async def info() -> dict[str, Any]:
    """LangGraph's `/info`: this server's flags (no crons, no LangSmith)."""
    return {
        "version": "kaopeilian",
        "flags": {"assistants": True, "crons": False, "langsmith": False, "store": True},
    }


__all__ = ["LangGraphAdmission", "router"]
