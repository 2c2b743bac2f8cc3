"""The LangGraph Platform API under `/langgraph`, for the official `langgraph-sdk` clients.

    get_client(url=BASE + "/langgraph", api_key=KEY)

    assistants.py   one assistant per registered graph
    threads.py      threads, their state, history, copy
    runs.py         runs: stream, wait, background, join, join_stream, cancel; stateless runs
    streaming.py    a run's events as the API's stream parts (SSE)
    shapes.py       the API's JSON shapes of what this server keeps
    schemas.py      request bodies
    admission.py    authentication, with the SDK's `x-api-key` header too
    errors.py       501 for what is not served, 409 for a taken id

Same runs, auth, ownership, rate limits and pipeline as `/api/v1` (docs/protocol.md, "LangGraph
Platform API"). Parts not served answer 501 with `details.part` naming them.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.errors import ApiError, documented_errors
from api.routes.langgraph import assistants, runs, threads
from api.routes.langgraph.admission import PREFIX, LangGraphAdmission
from api.routes.langgraph.errors import NotBuilt

router = APIRouter(
    prefix=PREFIX, tags=["langgraph"], responses=documented_errors(401, 404, 409, 422)
)
router.include_router(assistants.router)
router.include_router(threads.router)
router.include_router(runs.router)


@router.api_route(
    "/{part:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
    summary="Parts of the LangGraph Platform API not served (crons, store, ...): 501",
    include_in_schema=False,
)
async def not_served(part: str, request: Request) -> None:
    """Crons, the store, `/info`... answer 501 naming the part, so a client knows why."""
    name = part.split("/", 1)[0]
    if name in SERVED:
        raise NotFound(f"no {request.method} /{part} in the LangGraph Platform API")
    raise NotBuilt(f"/{name} ({request.method} /{part})")


SERVED = frozenset({"assistants", "threads", "runs"})


class NotFound(ApiError):
    """A path under a served resource that the API does not have (404)."""

    code = "not_found"


__all__ = ["LangGraphAdmission", "router"]
