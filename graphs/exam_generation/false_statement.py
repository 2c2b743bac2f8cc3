"""A false version of a fact, as every maker of one returns it (false_statements.py,
modality_changes.py): the statement, what changed and the change's kind."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FalseStatement:
    """A false version of a fact: the statement, what changed, and the change's kind."""

    statement: str
    kind: str
    """`figure`, `modality`, `swap` or `who_may` (who alone may act, widened)."""
    original: str
    changed: str


def replaced(text: str, start: int, end: int, new: str) -> str:
    """The text with [start, end) replaced by `new`."""
    return text[:start] + new + text[end:]
