"""`/graphs`: the registered flows and their shapes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.schemas import GraphShape, GraphSummary
from api.services import ServicesDep, UserDep
from runtime.shapes import graph_shape, graph_summary

router = APIRouter(prefix="/graphs", tags=["graphs"])


@router.get("", summary="Every registered flow", response_model=list[GraphSummary])
async def list_graphs(services: ServicesDep, user: UserDep) -> list[dict[str, Any]]:
    """Name, version, description and source of each flow."""
    return graph_summary(services.executor)


@router.get(
    "/{name}",
    summary="One flow's nodes, edges, mermaid and input schema",
    response_model=GraphShape,
)
async def show_graph(name: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """A flow's shape; 404 `not_found` for an unknown name."""
    return graph_shape(services.executor, name)
