"""The state checks of a graph definition: fields, reducers, and who reads what nobody writes.

A field is written by a node (its type's `writes`, or a field its params name, such as an
`llm_prompt` output's `to`) or by the run's input (`input: true`). It is read by a node type, a
fan-out, an expression (a branch's `when`, a route's condition) or a template placeholder. Every
read names a declared field, and every read field has a writer; expressions and templates parse
and use only the safe language, and `params.x` on an edge names a param of its source node.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphs.definitions.errors import ExpressionSyntaxError
from graphs.definitions.expressions import parse_expression
from graphs.definitions.issues import IssueCollector
from graphs.definitions.models import GraphDefinition, NodeParams
from graphs.definitions.node_types import FAN_OUTS, NodeType
from graphs.definitions.pydantic_issues import did_you_mean
from graphs.definitions.source import Loc
from graphs.definitions.state import REDUCER_TYPES, REDUCERS
from graphs.definitions.templates import parse_template

RESERVED_FIELDS = frozenset({"params"})
"""`params` in an edge's condition is the source node's params, so no state field may take it."""


@dataclass(frozen=True)
class Read:
    """A place that reads a state field."""

    loc: Loc
    key: str
    reader: str
    """`template`, `expression`, or `node type X` / `fan-out X`."""
    fragment: str = ""
    """The text inside the value that names the field (for its column)."""


@dataclass
class StateChecks:
    """Checks a definition's state against what its nodes, edges and templates do with it."""

    definition: GraphDefinition
    params: dict[str, NodeParams]
    types: dict[str, NodeType]
    report: IssueCollector

    def run(self) -> None:
        """Report every state problem."""
        self._fields()
        written = {key for key, spec in self.definition.state.items() if spec.input}
        reads = self._nodes(written) + self._edges()
        state = self.definition.state
        for i, key in enumerate(self.definition.output):
            if key not in state:
                self.report.add(
                    ("output", i),
                    f"output names {key!r}, which `state` does not declare"
                    f"{did_you_mean(key, list(state))}: fix the name",
                )
        for read in reads:
            if read.key not in state:
                what = "template variable" if read.reader == "template" else f"{read.reader} reads"
                self.report.add(
                    read.loc,
                    f"{what} {read.key!r}, which `state` does not declare"
                    f"{did_you_mean(read.key, list(state))}: declare it under state or fix the name",
                    fragment=read.fragment,
                )
            elif read.key not in written and self._writers_known():
                self.report.add(
                    read.loc,
                    f"state field {read.key!r} is read here but no node writes it and it is not an "
                    f"`input`: write it from a node (e.g. an llm_prompt output `to: {read.key}`) "
                    "or mark it `input: true`",
                    fragment=read.fragment,
                )

    def _writers_known(self) -> bool:
        """False when a node's type or params are wrong (already reported): what it writes is
        unknown, so "nobody writes it" could be untrue."""
        return all(name in self.types and name in self.params for name in self.definition.nodes)

    def _fields(self) -> None:
        for key, spec in self.definition.state.items():
            if key in RESERVED_FIELDS:
                self.report.add(
                    ("state", key),
                    f"{key!r} is reserved (an edge's condition reads the source node's params by "
                    "it): rename the field",
                )
            if spec.reducer is None:
                continue
            if spec.reducer not in REDUCERS:
                self.report.add(
                    ("state", key, "reducer"),
                    f"unknown reducer {spec.reducer!r}{did_you_mean(spec.reducer, list(REDUCERS))}; "
                    f"use one of {', '.join(REDUCERS)}",
                )
            elif spec.type not in REDUCER_TYPES[spec.reducer]:
                self.report.add(
                    ("state", key, "reducer"),
                    f"reducer {spec.reducer} works on {' or '.join(REDUCER_TYPES[spec.reducer])} "
                    f"fields, not {spec.type}: change the type or the reducer",
                )

    def _nodes(self, written: set[str]) -> list[Read]:
        state = self.definition.state
        reads: list[Read] = []
        for name, node_type in self.types.items():
            type_loc: Loc = ("nodes", name, "type")
            written.update(node_type.writes)
            used = [*node_type.reads, *node_type.writes]
            missing = sorted({*used} - set(state), key=used.index)
            if missing:
                self.report.add(
                    type_loc,
                    f"node type {node_type.name} uses state fields {', '.join(missing)}, which "
                    "`state` does not declare: add them under state (the shipped definitions "
                    "show their types)",
                )
            reads += [
                Read(type_loc, key, f"node type {node_type.name}")
                for key in node_type.reads
                if key in state
            ]
            params = self.params.get(name)
            if params is None:
                continue
            for loc, key in params.writes():
                written.add(key)
                if key not in state:
                    self.report.add(
                        ("nodes", name, "params", *loc),
                        f"writes state field {key!r}, which `state` does not declare"
                        f"{did_you_mean(key, list(state))}: declare it under state or fix the name",
                    )
            for loc, source in params.expressions():
                reads += self._parsed(("nodes", name, "params", *loc), source, template=False)
            for loc, source in params.templates():
                reads += self._parsed(("nodes", name, "params", *loc), source, template=True)
        return reads

    def _edges(self) -> list[Read]:
        reads: list[Read] = []
        for i, edge in enumerate(self.definition.conditional_edges):
            for j, branch in enumerate(edge.branches):
                loc: Loc = ("conditional_edges", i, "branches", j)
                if branch.when is not None:
                    reads += self._parsed(
                        (*loc, "when"), branch.when, template=False, edge_source=edge.source
                    )
                fan_out = FAN_OUTS.get(branch.fan_out) if branch.fan_out else None
                if fan_out is not None:
                    reads += [
                        Read((*loc, "fan_out"), key, f"fan-out {fan_out.name}")
                        for key in fan_out.reads
                    ]
        return reads

    def _parsed(
        self, loc: Loc, source: str, *, template: bool, edge_source: str | None = None
    ) -> list[Read]:
        """The fields an expression or template reads; a parse problem is reported, located."""
        try:
            if template:
                parsed = parse_template(source)
                return [
                    Read(loc, name, "template", part.expression.source)
                    for part in parsed.parts
                    if not isinstance(part, str)
                    for name in sorted(part.expression.names)
                ]
            expression = parse_expression(source)
        except ExpressionSyntaxError as exc:
            self.report.add(loc, exc.message, fragment=source, offset=exc.offset)
            return []
        names = set(expression.names)
        if edge_source is not None and "params" in names:
            names.discard("params")
            self._edge_params(loc, edge_source, expression.attributes)
        return [Read(loc, name, "expression", name) for name in sorted(names)]

    def _edge_params(self, loc: Loc, source: str, attributes: tuple[tuple[str, str], ...]) -> None:
        params = self.params.get(source)
        if params is None:
            return
        known = list(type(params).model_fields)
        for owner, key in attributes:
            if owner == "params" and key not in known:
                self.report.add(
                    loc,
                    f"params.{key}: node {source} has no param {key!r}{did_you_mean(key, known)} "
                    f"(its params: {', '.join(known) or 'none'}): fix the name",
                    fragment=f"params.{key}",
                )
