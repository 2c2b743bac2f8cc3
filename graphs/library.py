"""The content library: every authored file under a folder, validated and indexed by kind and id.

Files are YAML with a `kind`: `course`, `scenario`, `rubric`, `blueprint`. Graph definitions (the
`graphs/` folder, and `kind: graph` files anywhere) and `kind: rules` files have loaders of their
own (graphs/definitions, routers). `scan` checks every file and every cross-reference with the very
checks one file gets from `validate_text` (graphs/definitions: documents.py, content_checks.py) and
returns every problem at once, each a `DefinitionIssue` with file, line, column, field path and a
sentence saying how to fix it; `load` raises them all as one `DefinitionError`, so a half-valid
library is never served.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graphs.authored import Authored
from graphs.courses import BlueprintFile, Course
from graphs.definitions.content_checks import already_defined, cross_check, validate_item
from graphs.definitions.documents import read_document
from graphs.definitions.errors import DefinitionError
from graphs.definitions.issues import DefinitionIssue, IssueCollector
from graphs.definitions.pydantic_issues import format_validation_error
from graphs.definitions.source import LocatedYaml
from graphs.errors import InvalidInput
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario

__all__ = [
    "DEFINITIONS_FOLDER",
    "KINDS",
    "SHIPPED_CONTENT",
    "ContentLibrary",
    "format_validation_error",  # where the flows and the router have always imported it from
]

SHIPPED_CONTENT = Path(__file__).parent / "content"

DEFINITIONS_FOLDER = "graphs"
"""The content folder's subfolder of graph definitions (loaded by graphs/definitions, not here)."""

KINDS: dict[str, type[Authored]] = {
    "course": Course,
    "scenario": Scenario,
    "rubric": Rubric,
    "blueprint": BlueprintFile,
}

OTHER_KINDS = frozenset({"graph", "rules"})
"""Kinds that may sit in the content folder but are loaded elsewhere (graphs/definitions, routers)."""

T = TypeVar("T", bound=Authored)


@dataclass(frozen=True)
class _Source:
    """A content file read and parsed, before its kind's model checks it."""

    path: Path
    shown: str
    digest: str
    located: LocatedYaml
    kind: str
    id: str | None


@dataclass
class ContentLibrary:
    """Authored content by kind and id, with a digest per item for graph versions."""

    root: Path
    items: dict[str, dict[str, Authored]] = field(default_factory=dict)
    files: dict[tuple[str, str], Path] = field(default_factory=dict)
    digests: dict[tuple[str, str], str] = field(default_factory=dict)
    failed: set[tuple[str, str]] = field(default_factory=set)
    """(kind, id) of files that failed validation: references to them are not reported twice."""

    @classmethod
    def load(cls, root: Path | None = None) -> ContentLibrary:
        """Load and check every content file under `root` (default: the shipped content);
        `DefinitionError` with every problem of every file if there is any."""
        library, issues = cls.scan(root)
        if issues:
            raise DefinitionError(issues, source=str(library.root))
        return library

    @classmethod
    def scan(
        cls, root: Path | None = None, *, extra: Iterable[Path] = ()
    ) -> tuple[ContentLibrary, list[DefinitionIssue]]:
        """The library of every valid item under `root`, and every problem found (never raises).

        `extra` files (an author's drafts, wherever they are) join the folder's; a draft takes the
        place of the folder's file that gives the same kind and id.
        """
        library = cls(root=root or SHIPPED_CONTENT)
        drafts = {path.resolve(): path for path in extra}
        own = [library._read(p) for p in library._own_files() if p.resolve() not in drafts]
        new = [library._read(path) for path in drafts.values()]
        claimed = {(source.kind, source.id) for source, _ in new if source is not None}
        own = [(s, issues) for s, issues in own if s is None or (s.kind, s.id) not in claimed]
        by_file: dict[str, list[DefinitionIssue]] = {}
        added: list[tuple[_Source, Authored]] = []
        for source, issues in [*own, *new]:
            for issue in issues:
                by_file.setdefault(issue.file, []).append(issue)
            if source is None:
                continue
            item = library._add(source, by_file)
            if item is not None:
                added.append((source, item))
        for source, item in added:
            report = IssueCollector(source.located, source.shown)
            cross_check(item, report, library)
            by_file.setdefault(source.shown, []).extend(report.issues)
        problems = [
            issue
            for issues in by_file.values()
            for issue in sorted(issues, key=lambda i: (i.line, i.column))
        ]
        return library, problems

    def _own_files(self) -> list[Path]:
        """The folder's YAML files, but for the definitions folder."""
        definitions = self.root / DEFINITIONS_FOLDER
        return [p for p in sorted(self.root.rglob("*.y*ml")) if not p.is_relative_to(definitions)]

    def _read(self, path: Path) -> tuple[_Source | None, list[DefinitionIssue]]:
        """A content file parsed, with the problems of its header; None for another kind."""
        shown = self.shown(path)
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
        except FileNotFoundError:
            return None, []  # deleted since the folder was listed (an editor's save, a reload)
        except OSError as exc:
            return None, [DefinitionIssue(shown, 1, 1, "(file)", f"cannot be read: {exc}")]
        except UnicodeDecodeError as exc:
            message = f"is not UTF-8 text (byte {exc.start}): save the file as UTF-8"
            return None, [DefinitionIssue(shown, 1, 1, "(file)", message)]
        document = read_document(text, shown)
        if document.kind in OTHER_KINDS:
            return None, []  # graph definitions and routing rules have loaders of their own
        if document.kind is None or document.located is None:
            return None, document.issues
        source = _Source(
            path=path,
            shown=shown,
            digest=hashlib.sha256(raw).hexdigest(),
            located=document.located,
            kind=document.kind,
            id=document.declared_id(),
        )
        return source, document.issues

    def _add(self, source: _Source, by_file: dict[str, list[DefinitionIssue]]) -> Authored | None:
        """Validate a file with its kind's model and index it; its problems go to `by_file`."""
        item, issues = validate_item(KINDS[source.kind], source.located, source.shown)
        if item is None:
            self.failed.add((source.kind, str(source.id)))
            by_file.setdefault(source.shown, []).extend(issues)
            return None
        key = (item.kind, item.id)
        existing = self.files.get(key)
        if existing is not None:
            report = IssueCollector(source.located, source.shown)
            report.add(("id",), already_defined(item, self.shown(existing)))
            by_file.setdefault(source.shown, []).extend(report.issues)
            return None
        self.items.setdefault(item.kind, {})[item.id] = item
        self.files[key] = source.path
        self.digests[key] = source.digest
        return item

    def shown(self, path: Path) -> str:
        """A file as messages name it: relative to the content folder's parent when inside it."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            try:
                return str(path.resolve().relative_to(self.root.resolve().parent))
            except ValueError:
                return str(path)

    def ids(self, kind: str) -> list[str]:
        """The ids of every item of a kind, sorted."""
        return sorted(self.items.get(kind, {}))

    def all(self, model: type[T]) -> Iterable[T]:
        """Every item of the model's kind."""
        kind = model.model_fields["kind"].default
        for item in self.items.get(kind, {}).values():
            assert isinstance(item, model)
            yield item

    def get(self, model: type[T], item_id: str) -> T:
        """The item of the model's kind with that id; `ContentError` naming the known ids if none."""
        kind = model.model_fields["kind"].default
        item = self.items.get(kind, {}).get(item_id)
        if item is None:
            known = ", ".join(self.ids(kind)) or "none"
            raise InvalidInput(f"no {kind} with id {item_id!r}; known: {known}")
        assert isinstance(item, model)
        return item

    def digest(self, kinds: Iterable[str]) -> str:
        """A digest of every item of those kinds: part of a flow's version."""
        sha = hashlib.sha256()
        for key in sorted(k for k in self.digests if k[0] in set(kinds)):
            sha.update(f"{key}:{self.digests[key]}".encode())
        return sha.hexdigest()[:16]
