"""`/definitions`: the content folder's graph definition files and their status, the content files
with problems, reload and dry runs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field
from sse_starlette import ServerSentEvent

from api.errors import documented_errors
from api.schemas import DefinitionListing, DefinitionText, ReloadInfo
from api.services import Services, ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE, RETRY_MS, frame, sse_response
from runtime.content.preview import check_preview_input, preview_events, preview_executor
from runtime.errors import GraphNotFound, InvalidRunInput
from runtime.events import StreamMode

router = APIRouter(prefix="/definitions", tags=["definitions"])


class DryRun(BaseModel):
    """A definition text to try on the offline engine, with a sample input."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the definition's YAML text")
    input: dict[str, Any] | None = Field(default=None, description="the run's input")
    replies: list[Any] = Field(
        default_factory=list,
        max_length=50,
        description="answers to the run's interrupts, in order; the dry run ends paused at an "
        "interrupt it has no answer for",
    )
    stream_mode: StreamMode = "full"


def listing(services: Services) -> dict[str, Any]:
    """Every definition file with its status, each content file with problems, and the last
    reload's outcome."""
    content = services.content
    return {
        "reload": services.settings.reload,
        "root": content.shown_root,
        "last_reload": content.last.public() if content.last else None,
        "definitions": [status.public() for status in content.statuses],
        "content": [status.public() for status in content.content_statuses],
    }


@router.get(
    "", summary="Every graph definition file and its status", response_model=DefinitionListing
)
async def list_definitions(services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """Each definition file's id, `status` (`active`, or `invalid` while the last good version
    runs), its errors with line and column, and the digest of the version that runs; `content`:
    each course, scenario, rubric or blueprint file with problems (the last good library runs)."""
    return listing(services)


@router.get("/{graph}", summary="The definition text a graph runs", response_model=DefinitionText)
async def show_definition(graph: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """The text of the version new runs use (to copy or edit); 404 for a graph with none."""
    definition = services.executor.registry.get(graph).definition
    if definition is None:
        raise GraphNotFound(f"graph {graph!r} is written in Python; it has no definition text")
    return {
        "id": definition.id,
        "digest": definition.digest,
        "version": definition.version,
        "text": definition.text,
    }


@router.post("/reload", summary="Reload the content folder now", response_model=ReloadInfo)
async def reload_definitions(services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """What the watcher does after an edit, on demand (useful with KPL_RELOAD=false)."""
    prepared = await asyncio.to_thread(services.content.prepare)
    return services.content.apply(prepared, trigger="request").public()


@router.post(
    "/dry-run",
    summary="Run a definition text on the offline engine and stream its events (SSE)",
    responses={**EVENT_STREAM_RESPONSE, **documented_errors(422)},
)
async def dry_run(body: DryRun, services: ServicesDep, user: UserDep) -> Response:
    """Nothing is saved and no real thread is touched: an in-memory checkpointer, no model.
    An invalid text or input answers 422 with every problem in `details.errors`."""
    await services.gate.admit(user=user, action="dry_run", texts={})
    definition, issues = await services.executor.context.engine.run(
        services.content.check, body.text, file="<dry-run>"
    )
    if definition is None:
        raise InvalidRunInput(
            "the definition is invalid: " + "; ".join(str(issue) for issue in issues),
            details={"errors": [issue.public() for issue in issues]},
        )
    executor = preview_executor(
        definition,
        registry=services.executor.registry,
        context=services.executor.context,
        run_timeout_s=services.settings.run_timeout_s,
    )
    check_preview_input(executor, definition.id, body.input)

    async def frames() -> AsyncIterator[ServerSentEvent]:
        yield ServerSentEvent(retry=RETRY_MS)
        sequence = 0
        async for event in preview_events(
            executor,
            definition.id,
            body.input,
            replies=body.replies,
            stream_mode=body.stream_mode,
        ):
            sequence += 1
            yield frame(f"dry-run:{sequence}", event)

    return sse_response(frames(), send_timeout_s=services.settings.sse_send_timeout_s)
