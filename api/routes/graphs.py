"""`/graphs`: the registered flows and their shapes; checking an authored file before saving it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from api.errors import documented_errors
from api.schemas import DefinitionCheck, GraphShape, GraphSummary
from api.services import ServicesDep, UserDep
from runtime.errors import InvalidRunInput
from runtime.shapes import graph_shape, graph_summary

router = APIRouter(prefix="/graphs", tags=["graphs"])

YAML_TYPES = ("text/yaml", "application/yaml", "application/x-yaml", "text/x-yaml", "text/plain")
YAML_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "An authored file's YAML text (graph, course, scenario, rubric, "
        "blueprint or rules), as an author would save it",
        "content": {media: {"schema": {"type": "string"}} for media in YAML_TYPES[:2]},
    }
}


@router.get("", summary="Every registered flow", response_model=list[GraphSummary])
async def list_graphs(services: ServicesDep, user: UserDep) -> list[dict[str, Any]]:
    """Name, version, description and source of each flow; for a definition-backed one, its
    file, digest and whether the file's text is what runs (`status`)."""
    rows = graph_summary(services.executor)
    for row in rows:
        graph = services.executor.registry.get(row["name"])
        status = services.content.status_of(row["name"])
        row["digest"] = graph.definition_digest
        row["file"] = status.file if status else None
        row["status"] = status.status if status else None
        row["errors"] = [issue.public() for issue in status.errors] if status else []
    return rows


@router.post(
    "/validate",
    summary="Check an authored file's YAML text (any kind) without saving it",
    response_model=DefinitionCheck,
    responses=documented_errors(422),
    openapi_extra=YAML_BODY,
)
async def validate_definition(
    request: Request,
    services: ServicesDep,
    user: UserDep,
    file: str = Query(default="<request>", max_length=300, description="named in each error"),
) -> Any:
    """Every problem at once, each with its line, column and field path; `valid` is true when
    there is none (a graph definition also compiles). References (a scenario's rubric, a
    blueprint's course, a rubric's stages in the scenarios that use it) are checked against the
    content the server serves. An invalid text is a 200 answer, not an error; a text past a
    parser limit (size, nesting depth, aliases: a YAML alias bomb) is refused unread, 422 with
    the located error in `details.errors`."""
    await services.gate.admit(user=user, action="validate", texts={})
    text = await yaml_text(request)
    # Parsing and compiling is CPU work on text from outside: on the engine's threads.
    _, issues = await services.executor.context.engine.run(services.content.check, text, file=file)
    refused = [issue for issue in issues if issue.limit is not None]
    if refused:
        raise InvalidRunInput(
            "the text is past a parser limit: " + "; ".join(str(issue) for issue in refused),
            details={"errors": [issue.public() for issue in refused]},
        )
    return {"valid": not issues, "errors": [issue.public() for issue in issues]}


@router.get(
    "/{name}",
    summary="One flow's nodes, edges, mermaid and input schema",
    response_model=GraphShape,
)
async def show_graph(name: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """A flow's shape; 404 `not_found` for an unknown name."""
    return graph_shape(services.executor, name)


async def yaml_text(request: Request) -> str:
    """The request body as YAML text; 422 for another content type or bytes that are not UTF-8."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in YAML_TYPES:
        raise InvalidRunInput(
            f"send the definition as the raw YAML body with Content-Type text/yaml (or "
            f"application/yaml, text/plain), not {media or 'no content type'}"
        )
    try:
        return (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidRunInput(
            f"the definition is not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None
