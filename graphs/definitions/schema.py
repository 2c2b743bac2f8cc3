"""One JSON Schema for every authored file, from the pydantic models (for editors' completion).

The file's `kind` selects its schema: graph, course, scenario, rubric, blueprint, rules. For graphs,
each node's `type` selects the params model of that node type, so an editor completes and checks
`params` too; the loader validates with the very same models.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from graphs.courses import BlueprintFile, Course
from graphs.definitions.models import GraphDefinition, NodeName
from graphs.definitions.node_types import NODE_TYPES, NodeType
from graphs.definitions.plugins import registered_kinds
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _node_model(node_type: NodeType) -> type[BaseModel]:
    """`{type: <name>, description, params}` with the type's own params model."""
    required = any(f.is_required() for f in node_type.params.model_fields.values())
    params: Any = (
        (node_type.params, ...)
        if required
        else (node_type.params, Field(default_factory=node_type.params))
    )
    tag: Any = Literal[node_type.name]
    model: type[BaseModel] = create_model(
        f"{_camel(node_type.name)}Node",
        __config__=ConfigDict(extra="forbid", title=f"node of type {node_type.name}"),
        __doc__=node_type.description,
        type=(tag, ...),
        description=(str, ""),
        params=params,
    )
    return model


def _graph_model() -> type[BaseModel]:
    variants = tuple(_node_model(NODE_TYPES[name]) for name in NODE_TYPES)
    node: Any = Annotated[Union[variants], Field(discriminator="type")]  # noqa: UP007
    model: type[BaseModel] = create_model(
        "Graph",
        __base__=GraphDefinition,
        __doc__=GraphDefinition.__doc__,
        nodes=(dict[NodeName, node], Field(min_length=1)),
    )
    return model


def definitions_json_schema() -> dict[str, Any]:
    """The JSON Schema of every kind of authored file, discriminated on `kind`."""
    plugged = [kind.model for kind in registered_kinds().values()]
    kinds: Any = Annotated[
        Union[(_graph_model(), Course, Scenario, Rubric, BlueprintFile, *plugged)],
        Field(discriminator="kind"),
    ]
    schema = TypeAdapter(kinds).json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "Kaopeilian authored file",
        "description": (
            "A content file: kind graph, course, scenario, rubric, blueprint or rules. "
            "See docs/definitions.md."
        ),
        **schema,
    }
