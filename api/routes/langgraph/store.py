"""`/langgraph/store`: LangGraph's key-value store API, each user's items apart.

Items live in LangGraph's store beside the checkpoints (the one `KPL_CHECKPOINT_URL` opens), under
`("kpl", "langgraph", "store", <user's digest>, *namespace)`: a caller sees, searches and lists
only their own namespaces, and gets them back without that root. The store here has no vector
index, so a search's `query` is not served (501), nor is an item's `ttl`. Graphs run by this
server do not read this store (their dependencies come from the server, graphs/context.py).
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from langgraph.store.base import BaseStore, Item
from pydantic import Field

from api.errors import ApiError
from api.routes.langgraph.errors import NotBuilt
from api.routes.langgraph.schemas import Body
from api.schemas import iso_utc
from api.services import Services, ServicesDep, UserDep

router = APIRouter(prefix="/store")

ROOT = ("kpl", "langgraph", "store")
Label = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^.]+$")]
"""A namespace label: LangGraph's stores refuse a period in one."""
FilterKey = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.-]+$")]
"""A search filter's key, a path into the item's value: LangGraph's SQLite and Postgres stores
build a JSON path of it and refuse any other character (a ValueError, which was a 500 here)."""


class ItemNotFound(ApiError):
    """No item with that key in the caller's namespace (404)."""

    code = "not_found"


class ItemPut(Body):
    """`PUT /store/items`."""

    namespace: list[Label] = Field(max_length=20)
    key: str = Field(min_length=1, max_length=500)
    value: dict[str, Any]
    index: bool | list[str] | None = None
    ttl: float | None = None


class ItemDelete(Body):
    """`DELETE /store/items`."""

    namespace: list[Label] = Field(max_length=20)
    key: str = Field(min_length=1, max_length=500)


class ItemSearch(Body):
    """`POST /store/items/search`."""

    namespace_prefix: list[Label] = Field(default_factory=list, max_length=20)
    filter: dict[FilterKey, Any] | None = None
    limit: int = Field(default=10, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)
    query: str | None = None


class NamespaceList(Body):
    """`POST /store/namespaces`."""

    prefix: list[Label] | None = Field(default=None, max_length=20)
    suffix: list[Label] | None = Field(default=None, max_length=20)
    max_depth: int | None = Field(default=None, ge=1, le=20)
    limit: int = Field(default=100, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)


def _root(user: str) -> tuple[str, ...]:
    # A digest, not the name: a user name may hold a period, which no label may.
    return (*ROOT, hashlib.sha256(user.encode()).hexdigest()[:32])


def _shown(item: Item, root: tuple[str, ...]) -> dict[str, Any]:
    return {
        "namespace": list(item.namespace[len(root) :]),
        "key": item.key,
        "value": item.value,
        "created_at": iso_utc(item.created_at),
        "updated_at": iso_utc(item.updated_at),
    }


def _store(services: Services) -> BaseStore:
    return services.threads.store


@router.put("/items", status_code=204, summary="Put an item in the caller's store")
async def put_item(body: ItemPut, services: ServicesDep, user: UserDep) -> Response:
    """Created or replaced; `index` and `ttl` are not served (no vector index, no expiry)."""
    if body.index:
        raise NotBuilt("store index", "the store here has no vector index")
    if body.ttl is not None:
        raise NotBuilt("store ttl")
    await _store(services).aput((*_root(user), *body.namespace), body.key, body.value, index=False)
    return Response(status_code=204)


@router.get("/items", summary="An item of the caller's store")
async def get_item(
    services: ServicesDep,
    user: UserDep,
    key: Annotated[str, Query(min_length=1, max_length=500)],
    namespace: Annotated[str, Query(max_length=4000)] = "",
) -> dict[str, Any]:
    """`namespace` is its labels joined by periods, as the SDK sends it; 404 for no item."""
    root = _root(user)
    labels = tuple(label for label in namespace.split(".") if label)
    found = await _store(services).aget((*root, *labels), key)
    if found is None:
        raise ItemNotFound(f"no item {key!r} in namespace {list(labels)}")
    return _shown(found, root)


@router.delete("/items", status_code=204, summary="Delete an item of the caller's store")
async def delete_item(body: ItemDelete, services: ServicesDep, user: UserDep) -> Response:
    """Gone afterwards (a missing item is no error)."""
    await _store(services).adelete((*_root(user), *body.namespace), body.key)
    return Response(status_code=204)


@router.post("/items/search", summary="Search the caller's store")
async def search_items(body: ItemSearch, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """Items under `namespace_prefix` whose values hold `filter`'s entries, paged."""
    if body.query:
        raise NotBuilt("store search query", "the store here has no vector index")
    root = _root(user)
    found = await _store(services).asearch(
        (*root, *body.namespace_prefix),
        filter=body.filter,
        limit=body.limit,
        offset=body.offset,
    )
    return {"items": [_shown(item, root) for item in found]}


@router.post("/namespaces", summary="The caller's store namespaces")
async def list_namespaces(
    body: NamespaceList, services: ServicesDep, user: UserDep
) -> dict[str, Any]:
    """Namespaces under `prefix`, ending with `suffix`, cut to `max_depth` labels, paged."""
    root = _root(user)
    found = await _store(services).alist_namespaces(
        prefix=(*root, *(body.prefix or ())),
        suffix=tuple(body.suffix) if body.suffix else None,
        max_depth=len(root) + body.max_depth if body.max_depth is not None else None,
        limit=body.limit,
        offset=body.offset,
    )
    return {"namespaces": [list(namespace[len(root) :]) for namespace in found]}
