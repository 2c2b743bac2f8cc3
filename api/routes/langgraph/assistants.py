"""`/langgraph/assistants`: one assistant per registered graph (built-in flows and KPL_GRAPHS).

Assistants here are not configured copies of a graph: each graph is its own assistant, named by
the graph's name (or its deterministic UUID, shapes.py). `create` answers the graph's assistant;
`update`, `delete` and versions other than the one are not served (501).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from pydantic import PydanticUserError

from api.routes.langgraph import shapes
from api.routes.langgraph.errors import IdTaken, NotBuilt
from api.routes.langgraph.schemas import AssistantCreate, AssistantSearch, Body, selected
from api.services import Services, ServicesDep, UserDep
from runtime.chunks import plain

router = APIRouter(prefix="/assistants")


def _schema(make: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """A JSON Schema LangGraph derives from a state type, or None where pydantic cannot (a
    `typing.TypedDict` on Python 3.11)."""
    try:
        return make()
    except (PydanticUserError, TypeError):
        return None


def _matching(services: Services, query: AssistantSearch) -> list[dict[str, Any]]:
    found = []
    for name in services.executor.registry.names():
        item = shapes.assistant(services.executor, name)
        if query.graph_id is not None and item["graph_id"] != query.graph_id:
            continue
        if query.name is not None and query.name.casefold() not in name.casefold():
            continue
        if query.metadata and any(item["metadata"].get(k) != v for k, v in query.metadata.items()):
            continue
        found.append(item)
    key = query.sort_by or "assistant_id"
    return sorted(found, key=lambda a: str(a[key]), reverse=query.sort_order == "desc")


@router.post("/search", summary="Assistants (the registered graphs) matching a query")
async def search(body: AssistantSearch, services: ServicesDep, user: UserDep) -> list[Any]:
    """Filtered by `graph_id`, `name` (a part of it) and `metadata`, then paged."""
    return selected(_matching(services, body)[body.offset : body.offset + body.limit], body.select)


@router.post("/count", summary="How many assistants match a query")
async def count(body: AssistantSearch, services: ServicesDep, user: UserDep) -> int:
    """As `search`, without paging."""
    return len(_matching(services, body))


@router.post("", summary="The assistant of a registered graph")
async def create(body: AssistantCreate, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """Graphs are registered by the server, so this answers the graph's own assistant; an
    `assistant_id` other than the graph's is not served, and `if_exists=raise` is a 409."""
    graph = services.executor.registry.get(body.graph_id).name
    if body.assistant_id not in (None, graph, shapes.assistant_uuid(graph)):
        raise NotBuilt("assistants of one's own", "each registered graph is one assistant")
    if body.if_exists == "raise":
        raise IdTaken(f"assistant {graph} exists: every registered graph is one")
    return shapes.assistant(services.executor, graph)


@router.get("/{assistant_id}", summary="An assistant")
async def get(assistant_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """By graph name or UUID; 404 for neither."""
    return shapes.assistant(
        services.executor, shapes.graph_of_assistant(services.executor, assistant_id)
    )


@router.get("/{assistant_id}/graph", summary="An assistant's graph: nodes and edges")
async def get_graph(
    assistant_id: str, services: ServicesDep, user: UserDep, xray: int | bool = False
) -> dict[str, Any]:
    """LangGraph's drawable graph as JSON (`xray` draws subgraphs' insides)."""
    graph = shapes.graph_of_assistant(services.executor, assistant_id)
    drawable = services.executor.compiled(graph).get_graph(xray=xray)
    result: dict[str, Any] = plain(drawable.to_json())
    return result


@router.get("/{assistant_id}/schemas", summary="An assistant's input, output and context schemas")
async def get_schemas(assistant_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """JSON Schemas; the input schema is the flow's own input model when it has one."""
    graph = shapes.graph_of_assistant(services.executor, assistant_id)
    registered = services.executor.registry.get(graph)
    compiled = services.executor.compiled(graph)
    output = _schema(compiled.get_output_jsonschema)
    return {
        "graph_id": graph,
        "input_schema": (
            registered.input_model.model_json_schema()
            if registered.input_model is not None
            else _schema(compiled.get_input_jsonschema)
        ),
        "output_schema": output,
        "state_schema": output,
        "config_schema": None,
        "context_schema": None,  # the flows' context is the server's (content, models)
    }


@router.get("/{assistant_id}/subgraphs", summary="An assistant's subgraphs' schemas")
async def get_subgraphs(
    assistant_id: str, services: ServicesDep, user: UserDep, recurse: bool = False
) -> dict[str, Any]:
    """`{namespace: schemas}` for each subgraph LangGraph finds."""
    graph = shapes.graph_of_assistant(services.executor, assistant_id)
    found: dict[str, Any] = {}
    async for namespace, sub in services.executor.compiled(graph).aget_subgraphs(recurse=recurse):
        found[namespace] = {
            "graph_id": graph,
            "input_schema": _schema(sub.get_input_jsonschema),
            "output_schema": _schema(sub.get_output_jsonschema),
            "state_schema": _schema(sub.get_output_jsonschema),
            "config_schema": None,
            "context_schema": None,
        }
    return found


@router.post("/{assistant_id}/versions", summary="An assistant's versions (one)")
async def versions(
    assistant_id: str, body: Body, services: ServicesDep, user: UserDep
) -> list[dict[str, Any]]:
    """The one version each graph's assistant has."""
    return [await get(assistant_id, services, user)]


@router.post("/{assistant_id}/latest", summary="Set an assistant's version")
async def set_latest(assistant_id: str, body: Body, services: ServicesDep, user: UserDep) -> None:
    """Not served: an assistant has one version, its graph's."""
    raise NotBuilt("assistant versions")


@router.patch("/{assistant_id}", summary="Update an assistant")
async def update(assistant_id: str, body: Body, services: ServicesDep, user: UserDep) -> None:
    """Not served: assistants are the registered graphs."""
    raise NotBuilt("updating assistants", "assistants are the registered graphs")


@router.delete("/{assistant_id}", summary="Delete an assistant")
async def delete(assistant_id: str, services: ServicesDep, user: UserDep) -> None:
    """Not served: assistants are the registered graphs."""
    raise NotBuilt("deleting assistants", "assistants are the registered graphs")
