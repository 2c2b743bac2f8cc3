"""YAML read within limits: size, nesting depth, aliases and expanded size, all checked before
anything is expanded.

PyYAML's composer turns events into a node graph in which an alias is a second reference to its
anchor's node, so composing a "billion laughs" costs no more than its text; what explodes is every
later walk over the data (the located-path map, pydantic, JSON). `BoundedLoader` counts, while it
composes, what the document *would be* with every alias written out, and stops at the first value
past a limit with `YamlLimitExceeded` at that value's mark and path. The limits are part of the
format, not of a deployment: a file valid on one server is valid on every one (docs/definitions.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.events import AliasEvent

from graphs.definitions.errors import YamlLimitExceeded

Loc = tuple[str | int, ...]


@dataclass(frozen=True, kw_only=True)
class YamlLimits:
    """What one authored YAML text may hold; the defaults leave the largest shipped file (30 KB,
    2,700 values, 7 levels, no alias) an order of magnitude of room."""

    max_bytes: int = 786_432
    """The text's size in UTF-8 bytes (768 KiB: a course file holding the largest material an
    exam accepts, 200,000 Chinese characters, fits; the pure-Python parser reads ~0.5 MB/s)."""
    max_depth: int = 32
    """Nested mappings and lists (the shipped files use 7; the composer recurses per level)."""
    max_aliases: int = 100
    """`*name` references in one document."""
    max_values: int = 50_000
    """Values (mappings, lists, scalars, keys) with every alias expanded."""
    max_expanded_chars: int = 1_000_000
    """Characters of scalars with every alias expanded (an alias to a long text counts it again)."""


DEFAULT_LIMITS = YamlLimits()


class BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader whose composer keeps a budget of the expanded document."""

    def __init__(self, text: str, limits: YamlLimits = DEFAULT_LIMITS) -> None:
        super().__init__(text)
        self.limits = limits
        self._path: list[str | int] = []
        self._depth = 0
        self._aliases = 0
        self._values = 0
        self._chars = 0
        self._expanded: dict[str, tuple[int, int]] = {}
        """Per finished anchor: its (values, characters) with its own aliases expanded."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        """Compose one node, counting it (and, for an alias, its anchor's expanded size)."""
        part = _path_part(index)
        if part is not None:
            self._path.append(part)
        try:
            event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in the stubs
            if isinstance(event, AliasEvent):
                self._count_alias(event)
                return super().compose_node(parent, index)
            return self._compose_counted(parent, index, event)
        finally:
            if part is not None:
                self._path.pop()

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """PyYAML's construction, a value it cannot build (an integer of 5,000 digits, the
        13th month) reported at that value as a YAML error rather than escaping as a ValueError."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"cannot read this value ({exc}); quote it to keep it as text",
                node.start_mark,
            ) from None

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:
        """Refuse a `[` or `{` past the depth limit as the scanner meets it: the scanner looks up
        to 1,024 characters ahead for a simple key, work the composer's check would come after."""
        if self.flow_level >= self.limits.max_depth:
            self._refuse_depth(self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def _compose_counted(
        self, parent: yaml.Node | None, index: Any, event: Any
    ) -> yaml.Node | None:
        self._depth += 1
        if self._depth > self.limits.max_depth:
            self._refuse_depth(event.start_mark)
        values, chars = self._values, self._chars
        self._add(event, 1, 0)
        node = super().compose_node(parent, index)
        if isinstance(node, yaml.ScalarNode):
            self._add(event, 0, len(node.value))
        if event.anchor is not None:
            self._expanded[event.anchor] = (self._values - values, self._chars - chars)
        self._depth -= 1
        return node

    def _count_alias(self, event: AliasEvent) -> None:
        if event.anchor is None or event.anchor not in self.anchors:
            return  # PyYAML's own error: "found undefined alias"
        if event.anchor not in self._expanded:
            self._refuse(
                event,
                "recursive_alias",
                f"alias *{event.anchor} sits inside its own anchor &{event.anchor}, which makes "
                "the data endless: copy the part you need instead",
            )
        self._aliases += 1
        if self._aliases > self.limits.max_aliases:
            self._refuse(
                event,
                "max_aliases",
                f"uses more than {self.limits.max_aliases} aliases (*name): write the repeated "
                "parts out, or reference them fewer times",
            )
        self._add(event, *self._expanded[event.anchor])

    def _add(self, event: Any, values: int, chars: int) -> None:
        self._values += values
        self._chars += chars
        if self._values > self.limits.max_values:
            self._refuse(
                event,
                "max_values",
                f"holds more than {self.limits.max_values:,} values with its aliases expanded: "
                "reference anchors fewer times, or split the file",
            )
        if self._chars > self.limits.max_expanded_chars:
            self._refuse(
                event,
                "max_expanded_chars",
                f"holds more than {self.limits.max_expanded_chars:,} characters of text with its "
                "aliases expanded: reference long texts fewer times, or split the file",
            )

    def _refuse_depth(self, mark: yaml.Mark) -> None:
        raise YamlLimitExceeded(
            f"nests mappings and lists deeper than {self.limits.max_depth} levels: flatten the "
            "structure (authored files need a few levels)",
            limit="max_depth",
            path=tuple(self._path),
            mark=mark,
        )

    def _refuse(self, event: Any, limit: str, message: str) -> None:
        raise YamlLimitExceeded(message, limit=limit, path=tuple(self._path), mark=event.start_mark)


def _path_part(index: Any) -> str | int | None:
    """The path step to the node being composed: a list index, a mapping key (None for a key)."""
    if isinstance(index, int):
        return index
    if isinstance(index, yaml.ScalarNode):
        return str(index.value)
    return None


def check_size(text: str, limits: YamlLimits = DEFAULT_LIMITS) -> None:
    """`YamlLimitExceeded` at the first character past `max_bytes` when the text is too large."""
    size = len(text.encode("utf-8"))
    if size <= limits.max_bytes:
        return
    index = len(text.encode("utf-8")[: limits.max_bytes].decode("utf-8", errors="ignore"))
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    mark = yaml.Mark("<text>", index, line, column, None, 0)
    raise YamlLimitExceeded(
        f"is {size:,} bytes, over the limit of {limits.max_bytes:,}: split it into several "
        "files (one scenario, rubric or course each)",
        limit="max_bytes",
        path=(),
        mark=mark,
    )


def load_bounded(text: str, limits: YamlLimits = DEFAULT_LIMITS) -> Any:
    """`yaml.safe_load` within `limits`; `YamlLimitExceeded` (a `yaml.YAMLError`) past one."""
    check_size(text, limits)
    loader = BoundedLoader(text, limits)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
