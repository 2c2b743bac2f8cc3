"""The cross-checks of a `kind: graph` file, after its fields passed the pydantic model.

    node types       every `type:` is registered; its params pass the type's own model
    names            edges, branches, defaults, routes and `entry` name existing nodes (or END);
                     no edge given twice; no source with two conditional edges
    fan-outs         registered; their target takes the task they send, and only they reach it
    shape            every node is reached from `entry`, and every node has a way to the end
    state            see state_checks.py: fields, reducers, reads without a writer, expressions
    references       graphs, scenarios, courses, blueprints and rubrics named by params exist

Every problem is reported, located; nothing stops at the first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field

from pydantic import ValidationError

from graphs.definitions.issues import DefinitionIssue, IssueCollector
from graphs.definitions.models import END, GraphDefinition, NodeParams
from graphs.definitions.node_types import FAN_OUTS, NODE_TYPES, NodeType
from graphs.definitions.pydantic_issues import did_you_mean, issues_from_error
from graphs.definitions.source import Loc, LocatedYaml
from graphs.definitions.state_checks import StateChecks
from graphs.flows import BUILTIN_FLOW_NAMES
from graphs.library import ContentLibrary

BUILTIN_GRAPHS = BUILTIN_FLOW_NAMES


@dataclass(frozen=True)
class _Link:
    """A way from one node to another, wherever the file declares it."""

    source: str
    target: str
    loc: Loc
    fan_out: str | None = None


@dataclass
class GraphChecker:
    """Runs every check on one definition and collects the issues."""

    definition: GraphDefinition
    located: LocatedYaml
    file: str
    library: ContentLibrary | None = None
    known_graphs: Collection[str] = ()
    params: dict[str, NodeParams] = field(default_factory=dict)
    types: dict[str, NodeType] = field(default_factory=dict)
    report: IssueCollector = field(init=False)
    misdirected: set[str] = field(default_factory=set)
    """Nodes with a link to a node that does not exist (reported once, not again as dead ends)."""

    def run(self) -> list[DefinitionIssue]:
        """Every issue of the definition."""
        self._node_types()
        links = self._links()
        self._shape(links)
        StateChecks(self.definition, self.params, self.types, self.report).run()
        self._references()
        return self.report.issues

    def __post_init__(self) -> None:
        self.report = IssueCollector(self.located, self.file)

    def add(self, loc: Loc, message: str) -> None:
        """Record an issue at `loc`."""
        self.report.add(loc, message)

    def _node_types(self) -> None:
        for name, spec in self.definition.nodes.items():
            node_type = NODE_TYPES.get(spec.type)
            if node_type is None:
                self.add(
                    ("nodes", name, "type"),
                    f"unknown node type {spec.type!r}{did_you_mean(spec.type, list(NODE_TYPES))}; "
                    f"use a registered type ({', '.join(NODE_TYPES)}) or register yours with "
                    "register_node_type",
                )
                continue
            self.types[name] = node_type
            try:
                self.params[name] = node_type.params.model_validate(spec.params)
            except ValidationError as exc:
                self.report.issues += issues_from_error(
                    exc,
                    self.located,
                    self.file,
                    model=node_type.params,
                    prefix=("nodes", name, "params"),
                )

    def _links(self) -> list[_Link]:
        definition, nodes = self.definition, self.definition.nodes
        links = [
            _Link(e.source, e.target, ("edges", i, "target"))
            for i, e in enumerate(definition.edges)
        ]
        for i, conditional in enumerate(definition.conditional_edges):
            for j, branch in enumerate(conditional.branches):
                links.append(
                    _Link(
                        conditional.source,
                        branch.target,
                        ("conditional_edges", i, "branches", j, "target"),
                        branch.fan_out,
                    )
                )
            if conditional.default is not None:
                links.append(
                    _Link(
                        conditional.source, conditional.default, ("conditional_edges", i, "default")
                    )
                )
        for name, params in self.params.items():
            for loc, target in params.targets():
                links.append(_Link(name, target, ("nodes", name, "params", *loc)))
        known = sorted(nodes)
        for i, edge in enumerate(definition.edges):
            if edge.source not in nodes:
                self.add(("edges", i, "source"), _no_node(edge.source, known))
        for i, conditional in enumerate(definition.conditional_edges):
            if conditional.source not in nodes:
                self.add(("conditional_edges", i, "source"), _no_node(conditional.source, known))
        for link in links:
            if link.target != END and link.target not in nodes:
                self.add(link.loc, _no_node(link.target, [*known, END]))
        if definition.entry not in nodes:
            self.add(("entry",), _no_node(definition.entry, known))
        self._duplicates()
        self._fan_outs(links)
        # A link to a misspelt node was reported above; count it as a way out, not a dead end.
        self.misdirected = {
            link.source for link in links if link.target != END and link.target not in nodes
        }
        return [
            link
            for link in links
            if link.source in nodes and (link.target in nodes or link.target == END)
        ]

    def _duplicates(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for i, edge in enumerate(self.definition.edges):
            first = seen.setdefault((edge.source, edge.target), i)
            if first != i:
                self.add(
                    ("edges", i),
                    f"duplicates edges[{first}] ({edge.source} -> {edge.target}): remove one of them",
                )
        sources: dict[str, int] = {}
        for i, conditional in enumerate(self.definition.conditional_edges):
            first = sources.setdefault(conditional.source, i)
            if first != i:
                self.add(
                    ("conditional_edges", i, "source"),
                    f"{conditional.source} already has conditional_edges[{first}]: merge their branches "
                    "into one conditional edge (branches are tried in order)",
                )
        for i, edge in enumerate(self.definition.edges):
            if edge.source in self.types and self.types[edge.source].routes:
                self.add(
                    ("edges", i),
                    f"{edge.source} is a route and chooses its next node itself: remove this edge "
                    "and list the target among its branches",
                )

    def _fan_outs(self, links: list[_Link]) -> None:
        for link in links:
            if link.fan_out is None:
                continue
            branch_loc = link.loc[:-1]
            fan_out = FAN_OUTS.get(link.fan_out)
            if fan_out is None:
                self.add(
                    (*branch_loc, "fan_out"),
                    f"unknown fan-out {link.fan_out!r}{did_you_mean(link.fan_out, list(FAN_OUTS))}; "
                    f"use one of {', '.join(FAN_OUTS) or 'none'} or register yours with register_fan_out",
                )
                continue
            target_type = self.types.get(link.target)
            if target_type is not None and target_type.task is not fan_out.task:
                wanted = target_type.task.__name__ if target_type.task else "the graph state"
                self.add(
                    link.loc,
                    f"fan-out {fan_out.name} sends {fan_out.task.__name__} tasks, but {link.target} "
                    f"(type {target_type.name}) takes {wanted}: target a node whose type takes them",
                )
        entry = self.definition.entry
        for link in [*links, _Link("", entry, ("entry",))]:
            target_type = self.types.get(link.target)
            if link.fan_out is None and target_type is not None and target_type.task is not None:
                self.add(
                    link.loc,
                    f"{link.target} (type {target_type.name}) runs on a {target_type.task.__name__} "
                    "task, not on the graph state: reach it through a branch with the `fan_out` "
                    "that makes those tasks",
                )

    def _shape(self, links: list[_Link]) -> None:
        nodes = self.definition.nodes
        following: dict[str, set[str]] = {name: set() for name in nodes}
        ends: set[str] = set(self.misdirected)
        for link in links:
            if link.target == END:
                ends.add(link.source)
            else:
                following[link.source].add(link.target)
        for edge in self.definition.conditional_edges:
            if edge.default is None:
                ends.add(edge.source)  # no branch taken: the run ends there
        for name, node_type in self.types.items():
            if node_type.routes and getattr(self.params.get(name), "default", END) is None:
                ends.add(name)
        reached = (
            _reach({self.definition.entry}, following) if self.definition.entry in nodes else set()
        )
        for name in nodes:
            if name not in reached:
                self.add(
                    ("nodes", name),
                    f"node {name} is never reached from entry {self.definition.entry!r}: add an "
                    "edge to it, or remove it",
                )
        preceding: dict[str, set[str]] = {name: set() for name in nodes}
        for source, targets in following.items():
            for target in targets:
                preceding[target].add(source)
        can_end = _reach(ends, preceding)
        stuck = sorted(reached - can_end, key=list(nodes).index)
        dead_ends = {name for name in stuck if not following[name]}
        for name in stuck:
            if name in dead_ends:
                self.add(
                    ("nodes", name),
                    f"node {name} has no way out, so the run would stop there without finishing: "
                    f"add an edge `{{source: {name}, target: END}}` or to the next step",
                )
            elif not dead_ends & _reach({name}, following):
                self.add(
                    ("nodes", name),
                    f"no path from {name} to END: every way out of it loops back; add a branch to "
                    "END, or to a node that leads there",
                )

    def _references(self) -> None:
        graphs = {*BUILTIN_GRAPHS, *self.known_graphs}
        for name, params in self.params.items():
            for loc, kind, item_id in params.references():
                where: Loc = ("nodes", name, "params", *loc)
                if kind == "graph":
                    if item_id == self.definition.id:
                        self.add(
                            where,
                            f"graph {item_id!r} calls itself: a subgraph must be another graph",
                        )
                    elif item_id not in graphs:
                        self.add(
                            where,
                            f"no graph named {item_id!r}{did_you_mean(item_id, sorted(graphs))}; known: {', '.join(sorted(graphs))}",
                        )
                elif self.library is not None and item_id not in self.library.items.get(kind, {}):
                    known = self.library.ids(kind)
                    self.add(
                        where,
                        f"no {kind} with id {item_id!r}{did_you_mean(item_id, known)}; known: {', '.join(known) or 'none'}",
                    )


def _no_node(name: str, known: list[str]) -> str:
    return f"no node named {name!r}{did_you_mean(name, known)}: add it under `nodes` or fix the name (known: {', '.join(known)})"


def _reach(start: set[str], links: dict[str, set[str]]) -> set[str]:
    seen = set(start)
    queue = deque(start)
    while queue:
        for following in links.get(queue.popleft(), ()):
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return seen
