"""The `kind: graph` file format as pydantic models: the one source of validation and JSON Schema.

    kind: graph
    schema_version: 1
    id: exam_generation              # a built-in flow's name overrides that flow
    version: "3"                     # the author's own label
    description: ...
    state:                           # every field the graph's nodes read or write
      material: {type: string, input: true}
      candidates: {type: list, reducer: append}
    entry: prepare_material
    nodes:
      prepare_material: {type: prepare_material}
      validate_questions: {type: validate_questions, params: {max_rounds: 2}}
    edges:
      - {source: prepare_material, target: extract_knowledge_points}
    conditional_edges:
      - source: validate_questions
        branches:
          - {when: "pending and round <= params.max_rounds", fan_out: question_tasks,
             target: generate_questions}
        default: assemble_exam
    output: [exam]

A node's `params` are checked by its node type's own model (see node_types.py), so this model keeps
them as a mapping; the JSON Schema (schema.py) puts each type's params model in place for editors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from graphs.authored import Authored
from graphs.definitions.source import Loc

NODE_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
END = "END"
"""The target that ends the run."""

NodeName = Annotated[str, StringConstraints(pattern=NODE_NAME_PATTERN)]
FieldType = Literal["string", "integer", "number", "boolean", "list", "object", "any"]
"""What a state field holds; state is plain JSON, so these are JSON's types."""


class StrictModel(BaseModel):
    """Base of the format's models: unknown fields are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class StateField(StrictModel):
    """One field of the graph's state."""

    type: FieldType = "any"
    reducer: str | None = None
    """How a node's write combines with the value: `append` (lists), `merge` (mappings);
    none: the write replaces it."""
    input: bool = False
    """A run's input may set it (the run input counts as a writer for the read-before-write check)."""
    description: str = ""


class NodeParams(StrictModel):
    """Base of every node type's params: the hooks the load-time checks call.

    Each hook yields `(loc, value)` with `loc` the path of the value inside `params`, so a problem
    is reported at its line and column.
    """

    def expressions(self) -> Iterator[tuple[Loc, str]]:
        """Expressions of the safe language the node evaluates."""
        return iter(())

    def templates(self) -> Iterator[tuple[Loc, str]]:
        """Templates (`{{ expression }}` placeholders) the node renders."""
        return iter(())

    def writes(self) -> Iterator[tuple[Loc, str]]:
        """State fields the node writes, named in its params."""
        return iter(())

    def targets(self) -> Iterator[tuple[Loc, str]]:
        """Nodes the node itself may go to next (a `route`)."""
        return iter(())

    def references(self) -> Iterator[tuple[Loc, str, str]]:
        """`(loc, kind, id)` of authored content or graphs the node names."""
        return iter(())


class NoParams(NodeParams):
    """A node type that takes no params."""


class NodeSpec(StrictModel):
    """A node: the registered node type it runs and that type's params."""

    type: str = Field(description="a registered node type, e.g. llm_prompt, interrupt, route")
    description: str = ""
    params: dict[str, Any] = Field(default_factory=dict)


class Edge(StrictModel):
    """After `source` finishes, `target` runs (`END` ends the run)."""

    source: NodeName
    target: str


class Branch(StrictModel):
    """One way out of a conditional edge: taken when `when` holds (absent: always)."""

    when: str | None = None
    """An expression on the state; on an edge, `params` are the source node's params."""
    target: str
    fan_out: str | None = None
    """A registered fan-out: run `target` once per task it makes, in parallel (`Send`). A fan-out
    that makes no task does not take the branch."""


class ConditionalEdge(StrictModel):
    """After `source`, the first branch whose condition holds; `default` when none does."""

    source: NodeName
    branches: list[Branch] = Field(min_length=1)
    default: str | None = None
    """Where to go when no branch is taken; none: the run ends there."""


class GraphDefinition(Authored):
    """A graph an author defines: state, nodes, edges and where it starts."""

    kind: Literal["graph"] = "graph"
    state: dict[NodeName, StateField] = Field(min_length=1)
    entry: str
    nodes: dict[NodeName, NodeSpec] = Field(min_length=1)
    edges: list[Edge] = Field(default_factory=list)
    conditional_edges: list[ConditionalEdge] = Field(default_factory=list)
    output: list[str] = Field(default_factory=list)
    """State fields a finished run reports as its output; empty: all of them."""
