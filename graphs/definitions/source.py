"""YAML text parsed with the position of every value, so an issue can name its line and column.

`parse_located(text)` builds the data once (PyYAML's safe constructor, within the size, depth and
alias limits of yaml_limits.py, checked before anything is expanded) and, from the same node tree,
a map from field path (`("nodes", "warmup", "type")`) to the YAML node holding it. `locate(loc)`
turns any path (a pydantic error location, a check's own path) into the dotted path shown to authors
and the value's position; parts of the path the file does not have (pydantic's union tags, a field
that is missing) are skipped, so the position is that of the nearest enclosing value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from graphs.definitions.yaml_limits import DEFAULT_LIMITS, BoundedLoader, YamlLimits, check_size

Loc = tuple[str | int, ...]
"""A path into the data: mapping keys and list indexes."""

_PYDANTIC_TAGS = frozenset({"str", "int", "float", "bool", "list", "dict", "none", "tuple"})
"""Union member tags pydantic puts in error locations; they are not fields of the file."""


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in the text."""

    line: int
    column: int


def format_path(loc: Iterable[str | int]) -> str:
    """`("edges", 3, "target")` → `edges[3].target`; the empty path is `(file)`."""
    shown = ""
    for part in loc:
        shown += f"[{part}]" if isinstance(part, int) else (f".{part}" if shown else str(part))
    return shown or "(file)"


@dataclass
class LocatedYaml:
    """A YAML document's data and where each of its values sits in the text."""

    text: str
    data: Any
    nodes: dict[Loc, yaml.Node] = field(default_factory=dict)
    duplicates: list[tuple[Loc, Position]] = field(default_factory=list)
    """Mapping keys given twice (PyYAML keeps the last one silently); the position of the second."""

    def position(self, loc: Loc) -> Position:
        """Where the value at `loc` (or its nearest enclosing value) starts."""
        return self.locate(loc)[1]

    def locate(self, loc: Sequence[str | int]) -> tuple[str, Position]:
        """The dotted path and position of `loc`, skipping parts the document does not have."""
        kept: list[str | int] = []
        for part in loc:
            candidate = (*kept, part)
            if candidate in self.nodes:
                kept.append(part)
            elif (
                isinstance(part, str)
                and part.isidentifier()
                and part not in _PYDANTIC_TAGS
                and not isinstance(self.nodes.get(tuple(kept)), yaml.SequenceNode)
            ):
                # A field the file lacks (missing, or a key pydantic names): still show its path.
                return format_path(candidate), _mark(self.nodes.get(tuple(kept)))
        return format_path(kept), _mark(self.nodes.get(tuple(kept)))

    def fragment_position(self, loc: Loc, fragment: str, offset: int = 0) -> Position:
        """Where `fragment` (a piece of the string at `loc`) plus `offset` characters starts.

        Found in the value's own source text, so it is exact for plain, quoted and block scalars
        as long as the fragment holds no escape sequence; otherwise the value's start.
        """
        node = self.nodes.get(loc)
        if node is None:
            return self.position(loc)
        span = self.text[node.start_mark.index : node.end_mark.index]
        found = span.find(fragment) if fragment else -1
        if found < 0:
            return _mark(node)
        return _index_position(self.text, node.start_mark.index + found + offset)


def _mark(node: yaml.Node | None) -> Position:
    if node is None:
        return Position(1, 1)
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _index_position(text: str, index: int) -> Position:
    line_start = text.rfind("\n", 0, index) + 1
    return Position(text.count("\n", 0, index) + 1, index - line_start + 1)


def parse_located(text: str, limits: YamlLimits = DEFAULT_LIMITS) -> LocatedYaml:
    """Parse one YAML document; raises `yaml.YAMLError` (with its mark) when it does not parse,
    `YamlLimitExceeded` (one) when it is past a limit."""
    check_size(text, limits)
    loader = BoundedLoader(text, limits)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    located = LocatedYaml(text=text, data=data)
    if root is not None:
        _walk(root, (), located, set())
    return located


def _walk(node: yaml.Node, loc: Loc, located: LocatedYaml, active: set[int]) -> None:
    located.nodes[loc] = node
    if id(node) in active:  # an alias back to an ancestor: the data is recursive, stop here
        return
    active.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or key == "<<":
                continue
            part: str | int = str(key)
            if part in seen:
                located.duplicates.append(((*loc, part), _mark(key_node)))
            seen.add(part)
            _walk(value_node, (*loc, part), located, active)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*loc, index), located, active)
    active.discard(id(node))


def yaml_error_position(error: yaml.YAMLError) -> Position:
    """Where PyYAML says the text stops making sense (its problem mark, else its context mark)."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return Position(1, 1)
    return Position(mark.line + 1, mark.column + 1)


def yaml_error_message(error: yaml.YAMLError) -> str:
    """PyYAML's problem in a sentence, without its mark (the issue carries line and column)."""
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    said = " ".join(str(p) for p in (context, problem) if p) or str(error)
    return (
        f"not valid YAML: {said}; check the indentation and quoting on this line "
        "(a value holding `: ` or starting with `{`, `[`, `*` or `&` needs quotes)"
    )
