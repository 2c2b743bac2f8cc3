"""Pydantic's validation errors as located issues whose messages say how to fix them.

Each error's location is looked up in the YAML (`LocatedYaml.locate`); its message is pydantic's,
rewritten for the common kinds (unknown field, missing field, a value not among the allowed ones,
a name that breaks the naming rule) and given a "did you mean" when a near spelling exists.
`format_validation_error` gives the same messages, unlocated, for data no file holds (a run's
input, a model's answer).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import process

from graphs.authored import ID_PATTERN
from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.models import NODE_NAME_PATTERN
from graphs.definitions.source import Loc, LocatedYaml, format_path

_PATTERN_HELP = {
    NODE_NAME_PATTERN: "a name of lower-case letters, digits and _, starting with a letter",
    ID_PATTERN: "an id of lower-case letters, digits, - and _",
}


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """` (did you mean 'x'?)` for the closest option, or nothing when none is close."""
    if not word or not options:
        return ""
    found = process.extractOne(word, list(options), score_cutoff=60)
    return f" (did you mean {found[0]!r}?)" if found else ""


def fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names the model allows at `loc` (for a "did you mean"); empty when unknown."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        elif typing.get_origin(current) is list:
            current = typing.get_args(current)[0]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    """The model inside `X | None` or `Annotated[X, ...]`."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(members[0]) if len(members) == 1 else annotation
    return annotation


def _message(item: Any, model: type[BaseModel] | None, loc: Loc) -> str:
    kind = item["type"]
    last = str(loc[-1]) if loc else ""
    context = item.get("ctx") or {}
    given = item.get("input")
    if kind == "extra_forbidden":
        known = fields_at(model, loc[:-1]) if model is not None else []
        listed = f"; known fields: {', '.join(known)}" if known else ""
        return (
            f"unknown field {last!r}{did_you_mean(last, known)}: remove it or fix its "
            f"spelling{listed}"
        )
    if kind == "missing":
        return f"required field {last!r} is missing: add it"
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        hint = did_you_mean(str(given), options) if isinstance(given, str) else ""
        return f"must be one of {', '.join(options)}; got {given!r}{hint}"
    if kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern", ""))
        wanted = _PATTERN_HELP.get(pattern, f"text matching {pattern}")
        return f"must be {wanted}; got {given!r}: rename it"
    if kind in ("too_short", "too_long"):
        return f"{item['msg'].removeprefix('Value error, ')}: change the number of entries"
    if kind == "value_error":
        return str(item["msg"]).removeprefix("Value error, ")
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{item['msg'].lower()}, got {type(given).__name__} {given!r}: change the value"
    return f"{item['msg']}; got {given!r}: change the value"


def issues_from_error(
    error: ValidationError,
    located: LocatedYaml,
    file: str,
    *,
    model: type[BaseModel] | None = None,
    prefix: Loc = (),
) -> list[DefinitionIssue]:
    """One located issue per pydantic error; `prefix` is where the validated data sits."""
    issues = []
    for item in error.errors():
        loc: Loc = (*prefix, *item["loc"])
        path, position = located.locate(loc)
        issues.append(
            DefinitionIssue(
                file=file,
                line=position.line,
                column=position.column,
                path=path,
                message=_message(item, model, tuple(item["loc"])),
            )
        )
    return issues


def format_validation_error(error: ValidationError) -> list[str]:
    """Pydantic's errors as `field.path[2].name: message` lines (`(file)`: the whole value)."""
    return [
        f"{format_path(item['loc'])}: {_message(item, None, tuple(item['loc']))}"
        for item in error.errors()
    ]
