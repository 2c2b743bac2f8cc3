"""A definition's `state:` as the TypedDict LangGraph builds its channels from, and the reducers.

A field with no reducer keeps the last value written; `append` and `merge` combine writes, so
parallel branches (a fan-out) can all add to one field. Writing null to a reduced field empties it:
that is how a node starts a field over on a thread that already ran (exam_grading's `results`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypedDict

from graphs.definitions.models import FieldType, StateField


def append(left: list[Any] | None, right: Any) -> list[Any]:
    """Reducer `append`: add a list's items (or one value) to the list; null empties it."""
    if right is None:
        return []
    added = right if isinstance(right, list) else [right]
    return [*(left or []), *added]


def merge(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Reducer `merge`: a mapping's keys replace the same keys, others are kept; null empties it."""
    if right is None:
        return {}
    return {**(left or {}), **right}


REDUCERS: dict[str, Callable[[Any, Any], Any]] = {"append": append, "merge": merge}
"""Reducers by the name a state field gives."""

REDUCER_TYPES: dict[str, tuple[FieldType, ...]] = {
    "append": ("list", "any"),
    "merge": ("object", "any"),
}
"""Which field types each reducer works on."""

PYTHON_TYPES: dict[FieldType, Any] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "list": list[Any],
    "object": dict[str, Any],
    "any": object,
}
"""LangGraph reads only the reducers; the types are for people reading the schema."""


def state_schema(name: str, fields: Mapping[str, StateField]) -> type:
    """A TypedDict (`total=False`) with one key per field, reducers as `Annotated` metadata."""
    annotations: dict[str, Any] = {}
    for key, spec in fields.items():
        if spec.reducer is not None:
            reduced = list[Any] if spec.reducer == "append" else dict[str, Any]
            annotations[key] = Annotated[reduced, REDUCERS[spec.reducer]]
        else:
            annotations[key] = PYTHON_TYPES[spec.type] | None
    schema: type = TypedDict(name, annotations, total=False)  # type: ignore[misc]
    return schema
