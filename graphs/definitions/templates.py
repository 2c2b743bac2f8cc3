"""Prompt templates: text with `{{ expression }}` placeholders, parsed once at load.

Each placeholder holds an expression of the safe language (`{{ text }}`, `{{ transcript[-1].text }}`,
`{{ len(points) }}`), so a template's variables are checked against the state like any expression.
Values render as text: strings as they are, null as nothing, lists and mappings as compact JSON.
A literal `{{` is written `{{ "{{" }}`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphs.definitions.errors import ExpressionSyntaxError
from graphs.definitions.expressions import Expression, parse_expression

OPEN, CLOSE = "{{", "}}"


@dataclass(frozen=True)
class Placeholder:
    """One `{{ ... }}` of a template and where its expression starts in the template text."""

    expression: Expression
    start: int
    """Offset of the expression's first character in the template."""


@dataclass(frozen=True)
class Template:
    """A parsed template: literal text and placeholders, in order."""

    source: str
    parts: tuple[str | Placeholder, ...]

    @property
    def names(self) -> frozenset[str]:
        """Every state field the placeholders read."""
        found: set[str] = set()
        for part in self.parts:
            if isinstance(part, Placeholder):
                found |= part.expression.names
        return frozenset(found)

    def render(self, scope: Mapping[str, Any]) -> str:
        """The text with every placeholder replaced by its value."""
        return "".join(
            render_value(part.expression.evaluate(scope)) if isinstance(part, Placeholder) else part
            for part in self.parts
        )

    def values(self, scope: Mapping[str, Any]) -> list[str]:
        """Only the placeholders' rendered values: the data a template brings, not its wording."""
        return [
            render_value(part.expression.evaluate(scope))
            for part in self.parts
            if isinstance(part, Placeholder)
        ]


def render_value(value: Any) -> str:
    """A state value as prompt text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return json.dumps(value, ensure_ascii=False)


def parse_template(source: str) -> Template:
    """Split and parse `source`; `ExpressionSyntaxError` with the offset in the template."""
    parts: list[str | Placeholder] = []
    position = 0
    while True:
        start = source.find(OPEN, position)
        if start < 0:
            parts.append(source[position:])
            break
        end = source.find(CLOSE, start + len(OPEN))
        if end < 0:
            raise ExpressionSyntaxError(
                "a placeholder opened with {{ is never closed; end it with }}", start
            )
        parts.append(source[position:start])
        inner = source[start + len(OPEN) : end]
        try:
            expression = parse_expression(inner)
        except ExpressionSyntaxError as exc:
            raise ExpressionSyntaxError(
                f"placeholder {{{{{inner}}}}}: {exc.message}", start + len(OPEN) + exc.offset
            ) from None
        lead = len(inner) - len(inner.lstrip())
        parts.append(Placeholder(expression, start + len(OPEN) + lead))
        position = end + len(CLOSE)
    return Template(source=source, parts=tuple(p for p in parts if p != ""))
