"""Load and validate authored files: every issue at once, each with file, line, column and path.

`validate_text` takes the text of any authored file (`kind`: graph, course, scenario, rubric,
blueprint, rules): a YAML syntax error is one issue at its mark (documents.py); the kind's pydantic
model gives one issue per error; the cross-checks one per problem (checks.py for graphs,
content_checks.py for courses, scenarios, rubrics and blueprints, the same ones the content library
runs on load; for rules, the router's own checks, plugged in (plugins.py)). A valid graph comes back as a
`GraphDefinitionFile`, the unit the registry versions (its `digest` hashes the exact text).

`load_definitions` reads a folder of graph definitions (`<content>/graphs/*.yaml`). With a content
dir of their own (KPL_CONTENT_DIR), authors override a shipped flow by giving a file its id; the
shipped definitions stay in force for the flows they do not override (`fallback=SHIPPED_DEFINITIONS`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from graphs.definitions.checks import GraphChecker
from graphs.definitions.content_checks import check_content
from graphs.definitions.documents import read_document
from graphs.definitions.errors import DefinitionError
from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.models import GraphDefinition
from graphs.definitions.plugins import registered_kinds
from graphs.definitions.pydantic_issues import issues_from_error
from graphs.definitions.source import parse_located
from graphs.definitions.yaml_limits import load_bounded
from graphs.digest import text_digest
from graphs.library import KINDS as CONTENT_KINDS
from graphs.library import SHIPPED_CONTENT, ContentLibrary

SHIPPED_DEFINITIONS = SHIPPED_CONTENT / "graphs"
"""The built-in flows' definitions (graphs/content/graphs)."""


@dataclass(frozen=True)
class GraphDefinitionFile:
    """A valid graph definition: its id, the author's version label, and the text's digest."""

    id: str
    version: str
    digest: str
    """sha256 of the exact text, first 16 hex characters: what a paused thread is pinned to."""
    text: str
    path: Path | None
    model: GraphDefinition


@dataclass(frozen=True)
class ValidationResult:
    """What `validate_text` found: the definition (graphs only, when valid) and every issue."""

    definition: GraphDefinitionFile | None
    issues: list[DefinitionIssue]

    @property
    def valid(self) -> bool:
        """True when there is no issue."""
        return not self.issues


@dataclass
class DefinitionSet:
    """The definitions of a folder: the valid ones by id, the issues by file."""

    definitions: dict[str, GraphDefinitionFile] = field(default_factory=dict)
    issues: dict[str, list[DefinitionIssue]] = field(default_factory=dict)


def validate_text(
    text: str,
    *,
    file: str = "<text>",
    library: ContentLibrary | None = None,
    known_graphs: Collection[str] = (),
    path: Path | None = None,
) -> ValidationResult:
    """Every issue of one authored file's text, any kind; the definition when it is a valid graph.

    `library` enables the reference checks (scenarios, rubrics, courses, blueprints);
    `known_graphs` are the graph names `subgraph` nodes may call besides the built-in flows;
    `path`, where the text is saved, lets a content file that repeats another's id be reported.
    """
    document = read_document(text, file)
    kind, located = document.kind, document.located
    if kind is None or located is None:
        return ValidationResult(None, document.issues)
    issues = list(document.issues)
    plugged = registered_kinds()
    if kind in plugged:
        issues += plugged[kind].check(located, file, library, known_graphs)
    elif kind not in CONTENT_KINDS and kind != "graph":
        issues.append(
            DefinitionIssue(
                file=file,
                line=1,
                column=1,
                path="kind",
                message=f"kind {kind!r} has no checker in this process: it is registered by the "
                "app or the CLI (api/compose.py register_authored_kinds)",
            )
        )
    elif kind != "graph":
        issues += check_content(CONTENT_KINDS[kind], located, file, library, path=path)
    if kind != "graph":
        return ValidationResult(None, sorted(issues, key=lambda i: (i.line, i.column)))
    try:
        model = GraphDefinition.model_validate(located.data)
    except ValidationError as exc:
        issues += issues_from_error(exc, located, file, model=GraphDefinition)
        return ValidationResult(None, sorted(issues, key=lambda i: (i.line, i.column)))
    issues += GraphChecker(model, located, file, library, known_graphs).run()
    if issues:
        return ValidationResult(None, sorted(issues, key=lambda i: (i.line, i.column)))
    definition = GraphDefinitionFile(
        id=model.id,
        version=model.version,
        digest=text_digest(text),
        text=text,
        path=path,
        model=model,
    )
    return ValidationResult(definition, [])


@lru_cache(maxsize=64)
def _validated(text: str, file: str, path: Path | None) -> ValidationResult:
    return validate_text(text, file=file, path=path)


def load_definition_file(path: Path) -> GraphDefinitionFile:
    """One definition file, checked without a library; `DefinitionError` with every issue.

    Parsed once per distinct text (the built-in flows build from their file on every compile).
    """
    text = path.read_text(encoding="utf-8")
    result = _validated(text, str(path), path)
    if result.definition is None:
        raise DefinitionError(
            result.issues
            or [
                DefinitionIssue(
                    str(path), 1, 1, "kind", "is not a graph definition: set `kind: graph`"
                )
            ]
        )
    return result.definition


def _declared_id(path: Path) -> str | None:
    """The `id` a file claims, even when the file is otherwise wrong (None if unreadable)."""
    try:
        data = load_bounded(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def load_definitions(
    directory: Path,
    *,
    library: ContentLibrary | None,
    known_graphs: Collection[str] = (),
    fallback: Path | None = None,
) -> DefinitionSet:
    """Every `*.yaml` graph definition in `directory`; with `fallback`, that folder's definitions
    whose id no file in `directory` claims (valid or not) are loaded too."""
    paths = sorted(directory.glob("*.y*ml")) if directory.is_dir() else []
    claimed = {declared for p in paths if (declared := _declared_id(p)) is not None}
    if fallback is not None and fallback.resolve() != directory.resolve() and fallback.is_dir():
        paths += [p for p in sorted(fallback.glob("*.y*ml")) if _declared_id(p) not in claimed]
    ids = {declared for p in paths if (declared := _declared_id(p)) is not None}
    found = DefinitionSet()
    origin: dict[str, Path] = {}
    for path in paths:
        file = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            found.issues[file] = [DefinitionIssue(file, 1, 1, "(file)", f"cannot be read: {exc}")]
            continue
        result = validate_text(
            text, file=file, library=library, known_graphs={*known_graphs, *ids}, path=path
        )
        issues = list(result.issues)
        definition = result.definition
        if definition is None and not issues:
            located = parse_located(text)
            position = located.position(("kind",))
            kind = located.data.get("kind")
            issues.append(
                DefinitionIssue(
                    file,
                    position.line,
                    position.column,
                    "kind",
                    f"this folder holds graph definitions, not {kind} files: move the file to "
                    "the content folder (scenarios/, rubrics/, ...) or set `kind: graph`",
                )
            )
        if definition is not None and definition.id in origin:
            position = parse_located(text).position(("id",))
            issues.append(
                DefinitionIssue(
                    file,
                    position.line,
                    position.column,
                    "id",
                    f"graph {definition.id!r} is already defined in {origin[definition.id]}: give this one another id",
                )
            )
            definition = None
        if issues:
            found.issues[file] = issues
        if definition is not None:
            origin[definition.id] = path
            found.definitions[definition.id] = definition
    return found
