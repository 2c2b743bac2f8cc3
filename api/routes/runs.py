"""`/threads/{id}/runs`: start a run (streamed or in the background), read, join and cancel it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from api.errors import documented_errors
from api.routes.materials import expand_material_id
from api.schemas import RunInfo
from api.services import Services, ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE
from api.streaming import OnDisconnect, last_event_id, resume_stream, stream_run
from runtime.events import StreamMode
from runtime.run_request import NO_RESUME, RunRequest
from runtime.runs.manager import MultitaskStrategy, Run, RunNotFound

router = APIRouter(
    prefix="/threads/{thread_id}/runs", tags=["runs"], responses=documented_errors(409, 503)
)


class RunCreate(BaseModel):
    """A run to start on a thread: fresh `input`, or `resume` to answer its interrupt."""

    model_config = ConfigDict(extra="forbid")

    graph: str = Field(min_length=1)
    input: dict[str, Any] | None = None
    resume: Any = None
    """The learner's answer to the pending interrupt; present (even null) means resume."""
    stream_mode: StreamMode = "full"
    multitask_strategy: MultitaskStrategy = "reject"
    on_disconnect: OnDisconnect = "continue"

    @model_validator(mode="after")
    def _resume_has_an_answer(self) -> RunCreate:
        # LangGraph takes `Command(resume=None)` for no command at all, and the run would fail.
        if "resume" in self.model_fields_set and self.resume is None:
            raise ValueError(
                "resume is null: send the learner's answer to the pending interrupt, "
                "or leave resume out to start the flow with input"
            )
        return self


class RunAccepted(BaseModel):
    """A background run."""

    run_id: str
    status: str


async def _start(services: Services, thread_id: str, user: str, body: RunCreate) -> Run:
    info = await services.threads.owned(thread_id, user)
    resuming = "resume" in body.model_fields_set
    # A material named by id (input or reply to the material question) runs on its text.
    request = RunRequest(
        graph=body.graph,
        thread_id=thread_id,
        input=None if resuming else await expand_material_id(services, user, body.input),
        resume=await expand_material_id(services, user, body.resume) if resuming else NO_RESUME,
        stream_mode=body.stream_mode,
    )
    run = await services.runs.start(request, owner=user, strategy=body.multitask_strategy)
    await services.threads.set_graph(info, body.graph)
    return run


async def _owned_run(services: Services, thread_id: str, run_id: str, user: str) -> Run:
    run = await services.runs.get(run_id)
    if run.thread_id != thread_id or run.owner != user:
        raise RunNotFound(f"no run {run_id}")
    return run


@router.post(
    "/stream",
    summary="Start a run and stream its events (SSE)",
    responses=EVENT_STREAM_RESPONSE,
)
async def create_streamed_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> Response:
    """Errors found before the run starts answer as JSON: 404, 409 `thread_busy`, 422."""
    run = await _start(services, thread_id, user, body)
    return stream_run(services, run.run_id, on_disconnect=body.on_disconnect)


@router.post(
    "", status_code=202, summary="Start a run in the background", response_model=RunAccepted
)
async def create_background_run(
    thread_id: str, body: RunCreate, services: ServicesDep, user: UserDep
) -> RunAccepted:
    """The run goes on without a connection; join it with `GET .../{run_id}/stream`."""
    run = await _start(services, thread_id, user, body)
    return RunAccepted(run_id=run.run_id, status=run.status)


@router.get("/{run_id}", summary="A run's status", response_model=RunInfo)
async def get_run(
    thread_id: str, run_id: str, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """`pending`, `running`, `success`, `interrupted`, `error`, `cancelled` or `timeout`."""
    return (await _owned_run(services, thread_id, run_id, user)).public()


@router.get(
    "/{run_id}/stream", summary="Join a run's stream (SSE)", responses=EVENT_STREAM_RESPONSE
)
async def join_run(
    thread_id: str, run_id: str, request: Request, services: ServicesDep, user: UserDep
) -> Response:
    """From the start, or after `Last-Event-ID`; 204 when it ended and nothing is left."""
    await _owned_run(services, thread_id, run_id, user)
    seen = last_event_id(request)
    after = seen[1] if seen is not None and seen[0] == run_id else 0
    return await resume_stream(services, run_id, after)


@router.post("/{run_id}/cancel", status_code=202, summary="Cancel a run", response_model=RunInfo)
async def cancel_run(
    thread_id: str, run_id: str, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """The run stops at its next step; its last checkpoint is kept."""
    await _owned_run(services, thread_id, run_id, user)
    run = await services.runs.cancel(run_id, wait=True)
    return run.public()
