"""An authored file's text parsed and its header checked: the first step for every kind.

`read_document(text, file)` parses the YAML with the position of every value (source.py) and
reports, located: a text past a parser limit (yaml_limits.py: size, depth, aliases; one issue at
the value where the limit is passed), a syntax error (one issue at PyYAML's mark; nothing more can
be checked), keys
given twice in a mapping, a document that is not a mapping, a `kind` that is not one of `KINDS`.
What comes back is the located YAML and the kind for that kind's own checks: loader.py checks one
text, graphs/library.py a whole content folder, with the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from graphs.definitions.errors import YamlLimitExceeded
from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.pydantic_issues import did_you_mean
from graphs.definitions.source import (
    LocatedYaml,
    format_path,
    parse_located,
    yaml_error_message,
    yaml_error_position,
)
from graphs.definitions.yaml_limits import DEFAULT_LIMITS, YamlLimits

KINDS = ("graph", "course", "scenario", "rubric", "blueprint", "rules")
"""Every kind of authored file: one format family."""


@dataclass(frozen=True)
class Document:
    """A parsed file: its located YAML and kind, and the issues of its header."""

    located: LocatedYaml | None
    """None when the text is not YAML."""
    kind: str | None
    """One of `KINDS`; None when the file cannot be checked further (see `issues`)."""
    issues: list[DefinitionIssue]

    def declared_id(self) -> str | None:
        """The `id` the file gives, valid or not (None when it gives no string)."""
        data = self.located.data if self.located is not None else None
        value = data.get("id") if isinstance(data, dict) else None
        return value if isinstance(value, str) else None


def read_document(text: str, file: str, limits: YamlLimits = DEFAULT_LIMITS) -> Document:
    """Parse `text` and check its header; every problem found is a located issue."""
    try:
        located = parse_located(text, limits)
    except YamlLimitExceeded as exc:
        position = yaml_error_position(exc)
        issue = DefinitionIssue(
            file, position.line, position.column, format_path(exc.path), exc.message, exc.limit
        )
        return Document(None, None, [issue])
    except yaml.YAMLError as exc:
        position = yaml_error_position(exc)
        issue = DefinitionIssue(
            file, position.line, position.column, "(file)", yaml_error_message(exc)
        )
        return Document(None, None, [issue])
    issues = [
        DefinitionIssue(
            file,
            position.line,
            position.column,
            ".".join(str(p) for p in loc),
            f"key {loc[-1]!r} is given twice in this mapping, and the second would silently "
            "replace the first: remove or rename one",
        )
        for loc, position in located.duplicates
    ]
    data = located.data
    if not isinstance(data, dict):
        path, position = located.locate(())
        issues.append(
            DefinitionIssue(
                file,
                position.line,
                position.column,
                path,
                f"must be a mapping with `kind` ({', '.join(KINDS)}), `id` and the kind's fields",
            )
        )
        return Document(located, None, issues)
    kind = data.get("kind")
    if kind not in KINDS:
        hint = did_you_mean(kind, KINDS) if isinstance(kind, str) else ""
        path, position = located.locate(("kind",))
        issues.append(
            DefinitionIssue(
                file,
                position.line,
                position.column,
                path,
                f"must be one of {', '.join(KINDS)}, got {kind!r}{hint}: set the file's kind",
            )
        )
        return Document(located, None, issues)
    return Document(located, str(kind), issues)
