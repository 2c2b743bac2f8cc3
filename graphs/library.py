"""The content library: every authored file under a folder, validated and indexed by kind and id.

Files are YAML with a `kind` (`course`, `scenario`, `rubric`, `blueprint`; `graph` and `rules`
files are skipped here: graphs/definitions and routers load them). Loading checks every
file and every cross-reference and reports all problems at once, each naming the file, the field
path and the problem; one bad file fails the whole load so a half-valid library is never served.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from graphs.authored import Authored
from graphs.courses import BlueprintFile, Course
from graphs.errors import ContentError, InvalidInput
from graphs.scenarios import Rubric, Scenario

SHIPPED_CONTENT = Path(__file__).parent / "content"

KINDS: dict[str, type[Authored]] = {
    "course": Course,
    "scenario": Scenario,
    "rubric": Rubric,
    "blueprint": BlueprintFile,
}

OTHER_KINDS = frozenset({"graph", "rules"})
"""Kinds that may sit in the content folder but are loaded elsewhere (graphs/definitions, routers)."""

T = TypeVar("T", bound=Authored)


def format_validation_error(error: ValidationError) -> list[str]:
    """Turn pydantic's errors into `field.path[2].name: message` lines."""
    lines = []
    for item in error.errors():
        path = ""
        for part in item["loc"]:
            path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (check its spelling against the schema)"
        lines.append(f"{path or '(file)'}: {message}")
    return lines


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
        """Load and check every `*.yaml` under `root` (default: the shipped content)."""
        library = cls(root=root or SHIPPED_CONTENT)
        problems: list[ContentError] = []
        for path in sorted(library.root.rglob("*.y*ml")):
            try:
                library._add(path)
            except ContentError as exc:
                problems.append(exc)
        problems.extend(library._cross_check())
        if problems:
            raise ContentError(
                str(library.root), [f"{p.file}: {m}" for p in problems for m in p.problems]
            )
        return library

    def _add(self, path: Path) -> None:
        shown = self._shown(path)
        raw = path.read_bytes()
        try:
            data: Any = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise ContentError(shown, [f"not valid YAML: {exc}"]) from exc
        if not isinstance(data, dict):
            raise ContentError(shown, ["(file): must be a mapping with a `kind` field"])
        kind = data.get("kind")
        if kind in OTHER_KINDS:
            return  # graph definitions and routing rules have loaders of their own
        model = KINDS.get(str(kind))
        if model is None:
            raise ContentError(
                shown, [f"kind: must be one of {', '.join(sorted(KINDS))}, got {kind!r}"]
            )
        try:
            item = model.model_validate(data)
        except ValidationError as exc:
            self.failed.add((str(kind), str(data.get("id"))))
            raise ContentError(shown, format_validation_error(exc)) from exc
        existing = self.files.get((item.kind, item.id))
        if existing is not None:
            raise ContentError(
                shown,
                [f"id: {item.kind} {item.id!r} is already defined in {self._shown(existing)}"],
            )
        self.items.setdefault(item.kind, {})[item.id] = item
        self.files[(item.kind, item.id)] = path
        self.digests[(item.kind, item.id)] = hashlib.sha256(raw).hexdigest()

    def _cross_check(self) -> list[ContentError]:
        problems = []
        for scenario in self.all(Scenario):
            if ("rubric", scenario.rubric) in self.failed:
                continue
            if scenario.rubric not in self.items.get("rubric", {}):
                problems.append(
                    ContentError(
                        self._shown(self.files[("scenario", scenario.id)]),
                        [
                            f"rubric: no rubric with id {scenario.rubric!r} (known: {self.ids('rubric')})"
                        ],
                    )
                )
        for blueprint in self.all(BlueprintFile):
            if blueprint.course and blueprint.course not in self.items.get("course", {}):
                problems.append(
                    ContentError(
                        self._shown(self.files[("blueprint", blueprint.id)]),
                        [
                            f"course: no course with id {blueprint.course!r} (known: {self.ids('course')})"
                        ],
                    )
                )
        return problems

    def _shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
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
