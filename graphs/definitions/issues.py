"""A problem found in an authored file, located: file, line, column, field path and the fix.

Every check of the definitions package reports `DefinitionIssue`s; `DefinitionError` carries all of
a file's issues at once. Lines and columns are 1-based and point at the offending YAML value (for a
missing field, at the mapping that lacks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphs.definitions.errors import DefinitionError
from graphs.definitions.source import Loc, LocatedYaml

__all__ = ["DefinitionError", "DefinitionIssue", "IssueCollector"]


@dataclass(frozen=True)
class DefinitionIssue:
    """One problem in one file."""

    file: str
    line: int
    column: int
    path: str
    """The field path, like `nodes.warmup.type` or `edges[3].target`; `(file)` for the whole file."""
    message: str
    """What is wrong and how to fix it."""
    limit: str | None = None
    """The parser limit the text is past (yaml_limits.py), when it was refused unread: a request
    carrying it is refused (422), not judged; None for a problem of the content."""

    def public(self) -> dict[str, Any]:
        """The issue as JSON for the API and the CLI."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }

    def describe(self) -> str:
        """`line:column: path: message` (the file is said once, by the caller)."""
        return f"{self.line}:{self.column}: {self.path}: {self.message}"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"


class IssueCollector:
    """Collects a file's issues, locating each by its path in the YAML."""

    def __init__(self, located: LocatedYaml, file: str) -> None:
        self.located = located
        self.file = file
        self.issues: list[DefinitionIssue] = []

    def add(self, loc: Loc, message: str, *, fragment: str = "", offset: int = 0) -> None:
        """Record an issue at `loc` (at `fragment` + `offset` inside its string, if given)."""
        path, position = self.located.locate(loc)
        if fragment:
            position = self.located.fragment_position(loc, fragment, offset)
        self.issues.append(
            DefinitionIssue(self.file, position.line, position.column, path, message)
        )
