"""Run events: what `GraphExecutor.stream` yields, one per protocol event (../shared/PROTOCOL.md).

`EventMapper` turns LangGraph's v2 stream chunks (`tasks`, `custom`, `messages`, with subgraphs)
into events: a task's start is `node_start`, its result `node_output` with only the keys it wrote,
its interrupts `interrupt`; custom payloads from `graphs.streaming` are `progress`, `token` and
`brief`; model chunks are `token`. Inside a subgraph the names are `subgraph_start` /
`subgraph_node_output`. The run's `completed` (`EventMapper.completed`) shows a growing list as
node outputs do: only what the run added.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from langgraph.types import StreamMode as LangGraphStreamMode

from graphs.digest import text_digest
from graphs.streaming import BRIEF, PROGRESS, TOKEN

StreamMode = Literal["full", "light"]
"""`full` sends every event; `light` drops tokens and node starts and strips node outputs."""

EventName = Literal[
    "started",
    "route",
    "node_start",
    "token",
    "progress",
    "brief",
    "node_output",
    "subgraph_start",
    "subgraph_node_output",
    "interrupt",
    "completed",
    "error",
]

LIGHT_EVENTS = frozenset(
    {"started", "route", "progress", "brief", "node_output", "interrupt", "completed", "error"}
)
"""`brief` is kept in light mode: a learner cannot practise without it (docs/protocol.md)."""
LANGGRAPH_MODES: tuple[LangGraphStreamMode, ...] = ("tasks", "custom", "messages")


@dataclass(frozen=True, slots=True)
class RunEvent:
    """One event of a run; `data` always carries `run_id`."""

    event: EventName
    data: dict[str, Any]


def for_mode(event: RunEvent, mode: StreamMode) -> RunEvent | None:
    """The event as a client in `mode` receives it, or None when that mode leaves it out."""
    if mode == "full":
        return event
    if event.event not in LIGHT_EVENTS:
        return None
    if event.event == "node_output":
        return RunEvent("node_output", {k: v for k, v in event.data.items() if k != "output"})
    return event


@dataclass
class EventMapper:
    """Maps one run's LangGraph chunks to run events, tracking steps per namespace."""

    run_id: str
    first_step: int = 0
    interrupted: bool = False
    summarised: frozenset[str] = frozenset()
    """State keys whose node outputs show only their shape (`summary`)."""
    lists: dict[str, list[Any]] = field(default_factory=dict)
    """The last value seen of each top-level list key (seeded from the thread's checkpoint), so
    that a node that rewrites a growing list (a practice's transcript) sends only the new items."""
    _before: dict[str, list[Any]] = field(default_factory=dict)
    """The list keys as the run found them: what `completed` reports growth from."""
    _step: dict[tuple[str, ...], int] = field(default_factory=dict)
    _starting: dict[tuple[str, ...], bool] = field(default_factory=dict)
    _task_step: dict[str, int] = field(default_factory=dict)
    _interrupts_seen: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._before = dict(self.lists)  # `_added` rebinds entries of `lists`, never mutates one

    def event(self, name: EventName, **data: Any) -> RunEvent:
        """An event of this run."""
        return RunEvent(name, {"run_id": self.run_id, **data})

    def completed(self, thread_id: str, status: str, output: dict[str, Any]) -> RunEvent:
        """The run's last event: `output` as node outputs show it, a growing top-level list as
        only the items this run added (a practice turn's `completed` stays the same size however
        long the session; the whole state is at `GET /threads/{id}/state`). Other values are sent
        whole: they are the run's result (an exam, a report, a help answer)."""
        grown = {key: _grown(self._before.get(key), value) for key, value in output.items()}
        shown = {key: value for key, (value, _) in grown.items()}
        appended = [key for key, (_, grew) in grown.items() if grew]
        extra = {"appended": appended} if appended else {}
        return self.event("completed", thread_id=thread_id, status=status, output=shown, **extra)

    def map(self, chunk: dict[str, Any]) -> Iterator[RunEvent]:
        """The events one v2 stream chunk stands for (often one, sometimes none)."""
        kind = chunk["type"]
        ns = tuple(chunk.get("ns") or ())
        data = chunk["data"]
        if kind == "tasks":
            yield from self._task(ns, data)
        elif kind == "custom":
            yield from self._custom(ns, data)
        elif kind == "messages":
            message, metadata = data
            text = getattr(message, "content", None)
            if isinstance(text, str) and text:
                node = metadata.get("langgraph_node") if isinstance(metadata, dict) else None
                yield self.event("token", node=node, namespace=_namespace(ns), text=text)

    def _task(self, ns: tuple[str, ...], data: dict[str, Any]) -> Iterator[RunEvent]:
        name = data["name"]
        if name.startswith("__"):
            return
        if "input" in data:  # a task starts
            if not self._starting.get(ns, False):
                self._step[ns] = self._step.get(ns, self.first_step - 1 if not ns else -1) + 1
                self._starting[ns] = True
            step = self._step[ns]
            self._task_step[data["id"]] = step
            yield self.event(
                "subgraph_start" if ns else "node_start",
                node=name,
                namespace=_namespace(ns),
                step=step,
            )
            return
        self._starting[ns] = False
        step = self._task_step.pop(data["id"], self._step.get(ns, self.first_step))
        if data.get("error"):
            return  # the run's error boundary reports it
        for item in data.get("interrupts") or ():
            self.interrupted = True
            # A pause inside a subgraph is reported by the asking node and again by every
            # enclosing node; the client is asked once, by the node that asked.
            interrupt_id = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
            if interrupt_id is not None:
                if interrupt_id in self._interrupts_seen:
                    continue
                self._interrupts_seen.add(interrupt_id)
            value = item.get("value") if isinstance(item, dict) else getattr(item, "value", item)
            yield self.event("interrupt", node=name, namespace=_namespace(ns), value=value)
        result = data.get("result")
        output = (
            {k: v for k, v in result.items() if not k.startswith("__")}
            if isinstance(result, dict)
            else {}
        )
        if data.get("interrupts") and not output:
            return  # the node paused before writing anything
        shown: dict[str, Any] = {}
        appended: list[str] = []
        for key, item in output.items():
            if key in self.summarised:
                shown[key] = summary(item)
                continue
            added, grew = self._added(ns, key, item)
            shown[key] = lean(added)
            if grew:
                appended.append(key)  # only its new items are sent: a client appends them
        yield self.event(
            "subgraph_node_output" if ns else "node_output",
            node=name,
            namespace=_namespace(ns),
            step=step,
            output=shown,
            **({"appended": appended} if appended else {}),
        )

    def _added(self, ns: tuple[str, ...], key: str, value: Any) -> tuple[Any, bool]:
        """For a top-level list that grows by what was seen before, only the new items (and
        True); anything else whole (and False)."""
        if ns or not isinstance(value, list):
            return value, False
        seen = self.lists.get(key)
        self.lists[key] = value
        return _grown(seen, value)

    def _custom(self, ns: tuple[str, ...], data: Any) -> Iterator[RunEvent]:
        if not isinstance(data, dict):
            return
        node = data.get("node")
        if data.get("kind") == TOKEN:
            yield self.event("token", node=node, namespace=_namespace(ns), text=str(data["text"]))
        elif data.get("kind") == BRIEF:
            yield self.event(
                "brief", **{k: v for k, v in data.items() if k not in ("kind", "node")}
            )
        elif data.get("kind") == PROGRESS or "progress" in data:
            yield self.event(
                "progress",
                node=node,
                progress=data.get("progress"),
                message=str(data.get("message", "")),
            )


def _grown(seen: list[Any] | None, value: Any) -> tuple[Any, bool]:
    """The items a list gained since `seen` and True, when it grew from it; otherwise `value`
    whole and False (a client then replaces the key's value)."""
    if isinstance(value, list) and seen and len(value) >= len(seen) and value[: len(seen)] == seen:
        return value[len(seen) :], True
    return value, False


def _namespace(ns: tuple[str, ...]) -> list[str]:
    # LangGraph namespaces are "node:task_id"; clients want the node names.
    return [part.split(":", 1)[0] for part in ns]


class closing_events:
    """`events`, closed on exit if it is a generator (as `contextlib.aclosing`, for iterators:
    a pipeline hands back an iterator whose layers are generators).

    A slotted object rather than an `asynccontextmanager`: a run waits inside it for as long as
    its graph does, and a suspended generator frame per waiting run is memory (issue 17)."""

    __slots__ = ("events",)

    def __init__(self, events: AsyncIterator[RunEvent]) -> None:
        self.events = events

    async def __aenter__(self) -> AsyncIterator[RunEvent]:
        return self.events

    async def __aexit__(self, *exc_info: object) -> None:
        if isinstance(self.events, AsyncGenerator):
            await self.events.aclose()


LONG_TEXT_CHARS = 1000
"""A string in a node's output longer than this (the material a node read, a document) is sent as
`{"digest", "chars"}`: the client sent it or can fetch it, and re-sending it in every event made
a 5-question exam's stream 46 KB. The checkpoint keeps the text; `GET .../state` shows it."""


def lean(value: Any) -> Any:
    """`value` with every string over `LONG_TEXT_CHARS` replaced by its digest and length."""
    if isinstance(value, str):
        if len(value) <= LONG_TEXT_CHARS:
            return value
        return {"digest": text_digest(value), "chars": len(value)}
    if isinstance(value, dict):
        return {key: lean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [lean(item) for item in value]
    return value


def summary(value: Any) -> Any:
    """A large value's shape for an event: a mapping's keys with the size of each, a list's
    length (`{"sentences": 42, "terms": 180, "language": "zh"}`)."""

    def size(item: Any) -> Any:
        return len(item) if isinstance(item, list | dict | tuple) else lean(item)

    if isinstance(value, dict):
        return {"summary": {key: size(item) for key, item in value.items()}}
    if isinstance(value, list | tuple):
        return {"summary": {"items": len(value)}}
    return lean(value)
