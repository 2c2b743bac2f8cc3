"""Authored kinds checked by a room above graphs: a plug point, registered by the composition root.

graphs/ sits below routers/, yet a `kind: rules` file is the router's: its model, compiler and
checks live in routers/. So the loader does not import them; the router registers its kind here
(`routers/rules_file.py: RULES_KIND`, registered by api/compose.py `register_authored_kinds` for
the app and the CLI), and the loader and the JSON Schema ask this registry. A kind nobody
registered is reported as such, with the fix.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from pydantic import BaseModel

from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.source import LocatedYaml
from graphs.library import ContentLibrary

KindChecker = Callable[
    [LocatedYaml, str, ContentLibrary | None, Collection[str]], list[DefinitionIssue]
]
"""(the located document, its file, the library for references, known graph names) -> issues."""


@dataclass(frozen=True, kw_only=True)
class AuthoredKind:
    """A kind of authored file that a room above graphs checks."""

    kind: str
    model: type[BaseModel]
    """Its pydantic model (for the JSON Schema of authored files)."""
    check: KindChecker


_KINDS: dict[str, AuthoredKind] = {}


def register_kind(kind: AuthoredKind) -> None:
    """Plug a kind in (idempotent: the same kind registered twice is one)."""
    _KINDS[kind.kind] = kind


def registered_kinds() -> Mapping[str, AuthoredKind]:
    """The kinds plugged in, by name."""
    return MappingProxyType(_KINDS)
