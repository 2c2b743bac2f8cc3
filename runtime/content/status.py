"""What the content folder's last reload found: each definition file's status, each content file
with problems, the outcome.

Kept by `LiveContent` (runtime/content/live.py) and shown by `/definitions`, `/graphs`, the
playground and `kpl definitions list`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from graphs.definitions.issues import DefinitionIssue

FileStatus = Literal["active", "invalid"]
"""`active`: the file's text is what runs; `invalid`: it is not (the last good version, if any, is)."""


@dataclass(frozen=True, kw_only=True)
class DefinitionStatus:
    """One definition file: whether its text runs, its problems, and what is served meanwhile."""

    file: str
    graph: str | None
    """The id it defines (read even from a file that does not validate, when it parses)."""
    status: FileStatus
    errors: tuple[DefinitionIssue, ...] = ()
    active_digest: str | None = None
    """The digest of the definition served for `graph`: this file's, or the last good one."""
    active_version: str | None = None
    """The author's version string of the served definition."""
    shipped: bool = False
    """One of the shipped definitions (graphs/content/graphs/), not an author's file."""

    def public(self) -> dict[str, Any]:
        """As `/definitions` shows it."""
        return {
            "id": self.graph,
            "file": self.file,
            "status": self.status,
            "errors": [issue.public() for issue in self.errors],
            "active_digest": self.active_digest,
            "active_version": self.active_version,
            "shipped": self.shipped,
        }


@dataclass(frozen=True, kw_only=True)
class ContentFileStatus:
    """A content file (course, scenario, rubric, blueprint) the library refused, and why.

    While one is listed the library as last loaded whole is served (its cross-references are
    checked together, so it is kept or replaced as one).
    """

    file: str
    errors: tuple[DefinitionIssue, ...]

    def public(self) -> dict[str, Any]:
        """As `/definitions` shows it."""
        return {
            "file": self.file,
            "status": "invalid",
            "errors": [issue.public() for issue in self.errors],
        }


def by_file(issues: Iterable[DefinitionIssue]) -> list[ContentFileStatus]:
    """The issues grouped per file, files in the order they first appear."""
    grouped: dict[str, list[DefinitionIssue]] = {}
    for issue in issues:
        grouped.setdefault(issue.file, []).append(issue)
    return [ContentFileStatus(file=file, errors=tuple(found)) for file, found in grouped.items()]


@dataclass(frozen=True, kw_only=True)
class ReloadOutcome:
    """What one reload did."""

    at: float
    trigger: str
    """`start`, `watch` (a file changed) or `request`."""
    changed: tuple[str, ...] = ()
    """Graphs whose current version changed."""
    removed: tuple[str, ...] = ()
    library: Literal["reloaded", "unchanged", "invalid"] = "unchanged"
    library_errors: tuple[DefinitionIssue, ...] = ()
    """Problems of the content files, located; the last good library stays."""
    definition_errors: tuple[DefinitionIssue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every file was valid."""
        return not self.library_errors and not self.definition_errors

    def public(self) -> dict[str, Any]:
        """As `/definitions` shows it."""
        return {
            "at": self.at,
            "trigger": self.trigger,
            "ok": self.ok,
            "changed": list(self.changed),
            "removed": list(self.removed),
            "library": self.library,
            "library_errors": [issue.public() for issue in self.library_errors],
            "definition_errors": [issue.public() for issue in self.definition_errors],
        }
