"""The content folder as the running process serves it: the library and the graph definitions.

    live = LiveContent(executor, root=settings.content_dir, flows=builtin_flows())
    live.reload()                      # at start, and after every edit (runtime/content/reload.py)

Definitions are the `kind: graph` files in `<content>/graphs/`; a built-in flow no authored file
overrides runs its shipped definition (graphs/content/graphs/), so its threads are pinned to a
definition digest too. A reload validates everything first (`prepare`, safe in a worker thread):
the library, then each definition file against it, compiling each valid one; then `apply` swaps
the new library into the run context and every changed graph into the registry at once, and drops
the executor's stale compiles. Whatever is invalid keeps its last good version: a bad content file
keeps the whole last good library (the library is checked as one, cross-references included); a
bad definition keeps the last good version of that graph (none, for a graph never valid yet). A
definition file that disappears takes its graph with it (a built-in flow falls back to its shipped
definition). Each file's status (a content file's problems stay until the library loads again)
and the last reload's outcome are kept for `/definitions`, `/graphs` and the playground, and every
problem, of a definition or of a content file, is logged as `file:line:column: path: message`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import structlog

from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.loader import (
    SHIPPED_DEFINITIONS,
    GraphDefinitionFile,
    validate_text,
)
from graphs.flows import FlowSpec
from graphs.library import DEFINITIONS_FOLDER, SHIPPED_CONTENT, ContentLibrary
from runtime.content.definition_check import check_definition, compiled_graph, peek_id
from runtime.content.status import ContentFileStatus, DefinitionStatus, ReloadOutcome, by_file
from runtime.executor import GraphExecutor
from runtime.registry import RegisteredGraph, builtin_graph

log = structlog.get_logger(__name__)

DEFINITIONS_DIR = DEFINITIONS_FOLDER
"""Where definitions live under a content folder."""

LibraryListener = Callable[[ContentLibrary], None]
"""Told about every new library that is swapped in (e.g. to rebuild the intent router's catalog)."""


@dataclass(kw_only=True)
class PreparedReload:
    """A validated reload, not applied yet."""

    library: ContentLibrary
    library_changed: bool
    library_errors: tuple[DefinitionIssue, ...]
    """The content files' problems (the last ones found, if the library was not read again)."""
    graphs: list[RegisteredGraph] = field(default_factory=list)
    """Every graph that has a valid definition (changed or not)."""
    fallback: list[RegisteredGraph] = field(default_factory=list)
    """Built-in flows served from Python again (their authored definition file disappeared)."""
    statuses: list[DefinitionStatus] = field(default_factory=list)
    invalid_ids: set[str] = field(default_factory=set)
    """Graphs whose file is invalid: they keep what is registered."""
    ids: set[str] = field(default_factory=set)
    """Every graph id some definition file names."""
    file_ids: dict[Path, str] = field(default_factory=dict)
    """Each file's graph id, remembered for when an edit breaks its YAML."""


class LiveContent:
    """Loads, validates and swaps in the content folder's library and graph definitions."""

    def __init__(
        self,
        executor: GraphExecutor,
        *,
        root: Path | None = None,
        flows: Sequence[FlowSpec] = (),
        on_library: Iterable[LibraryListener] = (),
    ) -> None:
        self.executor = executor
        self.root = (root or SHIPPED_CONTENT).resolve()
        self.flows = {spec.name: spec for spec in flows}
        self.listeners = list(on_library)
        self.statuses: list[DefinitionStatus] = []
        self.library_errors: tuple[DefinitionIssue, ...] = ()
        """The content files' problems when the library was last read (the last good is served)."""
        self.last: ReloadOutcome | None = None
        self._served: set[str] = set()
        """Graph ids served from a definition file of this folder (so their removal is noticed)."""
        self._file_ids: dict[Path, str] = {}
        self._checked: dict[
            tuple[Path, str], tuple[RegisteredGraph | None, tuple[DefinitionIssue, ...]]
        ] = {}
        """Checked files by path and text, valid for the library and graph names in
        `_checked_with`."""
        self._checked_with: tuple[ContentLibrary, frozenset[str]] | None = None
        self._started = False

    @property
    def definitions_dir(self) -> Path:
        """The folder of authored definitions."""
        return self.root / DEFINITIONS_DIR

    def reload(self, trigger: str = "request") -> ReloadOutcome:
        """Validate the folder and swap in what is valid, now."""
        return self.apply(self.prepare(), trigger=trigger)

    # ---- validation (no shared state is changed: may run in a worker thread) ----

    def prepare(self, changed: Collection[Path] | None = None) -> PreparedReload:
        """Read and check every content and definition file; compile each valid definition.

        `changed` (from the watcher) spares reloading the library when only definitions changed;
        a definition whose text, library and fellow graphs are as last time is not checked again.
        """
        current = self.executor.context.library
        library = current
        library_errors = self.library_errors
        definitions_dir = self.definitions_dir.resolve()
        content_changed = changed is None or any(
            not Path(path).resolve().is_relative_to(definitions_dir) for path in changed
        )
        if self._started and content_changed:
            scanned, issues = ContentLibrary.scan(self.root)
            library_errors = tuple(issues)
            if not issues:
                library = scanned
        library_changed = library is not current and library.digests != current.digests
        prepared = PreparedReload(
            library=library if library_changed else current,
            library_changed=library_changed,
            library_errors=library_errors,
        )
        texts = self._definition_texts()
        peeked = {path: peek_id(text) or self._file_ids.get(path) for path, text in texts.items()}
        known = frozenset(
            {*self.executor.registry.names(), *self.flows, *filter(None, peeked.values())}
        )
        if self._checked_with != (prepared.library, known):
            self._checked = {}
            self._checked_with = (prepared.library, known)
        seen: dict[str, str] = {}
        for path, text in texts.items():
            shown = self._shown(path)
            shipped = path.is_relative_to(SHIPPED_DEFINITIONS.resolve())
            checked = self._checked.get((path, text))
            if checked is None:
                checked = self._check_file(path, text, shown, prepared.library, known)
                self._checked[(path, text)] = checked
            graph, issues = checked[0], list(checked[1])
            graph_id = graph.name if graph is not None else peeked[path]
            if graph is not None and graph_id in seen:
                graph = None
                issues.append(
                    DefinitionIssue(
                        file=shown,
                        line=1,
                        column=1,
                        path="id",
                        message=f"graph {graph_id!r} is already defined in {seen[graph_id]}; "
                        "give this copy another id",
                    )
                )
            if graph_id is not None:
                prepared.ids.add(graph_id)
                prepared.file_ids[path] = graph_id
                seen.setdefault(graph_id, shown)
            if graph is not None:
                prepared.graphs.append(graph)
                prepared.statuses.append(
                    DefinitionStatus(file=shown, graph=graph_id, status="active", shipped=shipped)
                )
            else:
                if graph_id is not None:
                    prepared.invalid_ids.add(graph_id)
                prepared.statuses.append(
                    DefinitionStatus(
                        file=shown,
                        graph=graph_id,
                        status="invalid",
                        errors=tuple(issues),
                        shipped=shipped,
                    )
                )
        for name in self._served - prepared.ids:
            spec = self.flows.get(name)
            if spec is not None:  # its authored file is gone and it has no shipped definition
                prepared.fallback.append(builtin_graph(spec, prepared.library))
        if library_changed:  # Python flows read content too: their version follows it
            defined = prepared.ids | {g.name for g in prepared.fallback}
            prepared.fallback.extend(
                builtin_graph(spec, prepared.library)
                for name, spec in self.flows.items()
                if name not in defined
            )
        return prepared

    def _definition_texts(self) -> dict[Path, str]:
        """Authored definition files, then the shipped ones of flows no authored file overrides.

        A file that cannot be read (deleted meanwhile, not UTF-8) is left out until it can.
        """
        texts: dict[Path, str] = {}
        if self.definitions_dir.is_dir():
            for path in sorted(self.definitions_dir.glob("*.y*ml")):
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    texts[path.resolve()] = path.read_text(encoding="utf-8")
        authored = {peek_id(text) or self._file_ids.get(path) for path, text in texts.items()}
        for spec in self.flows.values():
            if spec.definition is not None and spec.name not in authored:
                shipped = spec.definition.resolve()
                if shipped not in texts:
                    texts[shipped] = shipped.read_text(encoding="utf-8")
        return texts

    def _check_file(
        self, path: Path, text: str, shown: str, library: ContentLibrary, known: frozenset[str]
    ) -> tuple[RegisteredGraph | None, tuple[DefinitionIssue, ...]]:
        """One definition file validated and compiled: its graph, or its problems."""
        result = validate_text(text, file=shown, library=library, known_graphs=known, path=path)
        if result.definition is None:
            return None, tuple(result.issues) or (
                DefinitionIssue(
                    file=shown,
                    line=1,
                    column=1,
                    path="kind",
                    message=f"{DEFINITIONS_DIR}/ holds graph definitions (`kind: graph`); "
                    "move this file to the folder of its kind",
                ),
            )
        graph, problem = compiled_graph(result.definition, shown, self.executor.registry, library)
        return graph, (problem,) if problem is not None else ()

    @property
    def shown_root(self) -> str:
        """The content folder as answers name it: relative, never the server's absolute path."""
        return self._shown(self.root)

    def _shown(self, path: Path) -> str:
        """A file as messages name it: a shipped one from the project, an author's from the
        content folder's parent (`content/graphs/mine.yaml`)."""
        path = path.resolve()
        for base in (SHIPPED_CONTENT.resolve().parents[1], self.root.parent):
            if path.is_relative_to(base):
                return str(path.relative_to(base))
        return str(path)

    # ---- the swap (on the event loop: no await between its steps) ----

    def apply(self, prepared: PreparedReload, *, trigger: str = "request") -> ReloadOutcome:
        """Swap in what `prepare` found valid; keep the last good version of everything else."""
        registry = self.executor.registry
        if prepared.library_changed:
            self.executor.context = replace(self.executor.context, library=prepared.library)
        known = set(registry.names())
        swapped = [
            graph
            for graph in [*prepared.graphs, *prepared.fallback]
            if graph.name not in known or registry.get(graph.name).version != graph.version
        ]
        removed = sorted(
            name for name in self._served - prepared.ids if name not in self.flows and name in known
        )
        registry.swap(swapped, remove=removed)
        for name in {g.name for g in swapped} | set(removed):
            self.executor.invalidate(name)
        # A graph whose file turned invalid is still served (its last good version).
        self._served = {g.name for g in prepared.graphs} | (self._served & prepared.invalid_ids)
        self._file_ids = prepared.file_ids
        self.statuses = [self._with_active(status) for status in prepared.statuses]
        self.library_errors = prepared.library_errors
        definition_errors = tuple(issue for s in self.statuses for issue in s.errors)
        outcome = ReloadOutcome(
            at=time.time(),
            trigger=trigger if self._started else "start",
            changed=tuple(sorted({g.name for g in swapped})),
            removed=tuple(removed),
            library=(
                "invalid"
                if prepared.library_errors
                else "reloaded"
                if prepared.library_changed
                else "unchanged"
            ),
            library_errors=prepared.library_errors,
            definition_errors=definition_errors,
        )
        self.last = outcome
        self._started = True
        if prepared.library_changed:
            for listener in self.listeners:
                listener(prepared.library)
        self._log(outcome)
        return outcome

    def _with_active(self, status: DefinitionStatus) -> DefinitionStatus:
        if status.graph is None or status.graph not in self.executor.registry.names():
            return status
        served = self.executor.registry.get(status.graph).definition
        if served is None:
            return status
        return replace(status, active_digest=served.digest, active_version=served.version)

    def _log(self, outcome: ReloadOutcome) -> None:
        for issue in outcome.library_errors:
            log.warning(
                f"{issue.file}:{issue.line}:{issue.column}: {issue.path}: {issue.message}",
                keeping="the last good library",
            )
        for status in self.statuses:
            for issue in status.errors:
                log.warning(
                    f"{issue.file}:{issue.line}:{issue.column}: {issue.path}: {issue.message}",
                    graph=status.graph,
                    keeping=status.active_digest,
                )
        if outcome.changed or outcome.removed or outcome.library != "unchanged":
            log.info(
                "content loaded" if outcome.trigger == "start" else "content reloaded",
                changed=list(outcome.changed),
                removed=list(outcome.removed),
                library=outcome.library,
            )

    # ---- what the API and the playground show ----

    def check(
        self, text: str, *, file: str = "<text>", path: Path | None = None
    ) -> tuple[GraphDefinitionFile | None, list[DefinitionIssue]]:
        """Validate an authored file's text (any kind) against what is served now, compiling a
        graph definition; nothing changes. `path`: where the text is saved, if anywhere."""
        return check_definition(
            text,
            file=file,
            registry=self.executor.registry,
            library=self.executor.context.library,
            path=path,
        )

    @property
    def content_statuses(self) -> list[ContentFileStatus]:
        """Each content file (course, scenario, rubric, blueprint) with problems, and them."""
        return by_file(self.library_errors)

    def status_of(self, graph: str) -> DefinitionStatus | None:
        """The status of the file that defines `graph` (an invalid one first), if any."""
        found = [s for s in self.statuses if s.graph == graph]
        found.sort(key=lambda s: s.status != "invalid")
        return found[0] if found else None
