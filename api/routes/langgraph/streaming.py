"""A run's events as the LangGraph Platform API streams them (SSE).

A run started here asks the executor for LangGraph's own chunks (runtime/chunks.py), which the
broker keeps with the run's other events; this module turns a run's events into the API's parts:

    started                      -> metadata            {"run_id", "attempt": 1}
    langgraph chunk, mode values -> values              the state after each step (LangGraph's own)
                     updates     -> updates             {node: what it wrote}, `__interrupt__`
                     custom      -> custom              what a node wrote with the stream writer
                     messages    -> messages            [message chunk, metadata] (`messages-tuple`)
                                 -> messages/metadata, messages/partial   (`messages`)
    langgraph chunk, mode updates -> messages/complete  each message a node wrote (`messages`)
                     debug, tasks, checkpoints -> the same name, LangGraph's payload
    completed of a cached answer -> values              its output (the result cache ran no graph)
    error                        -> error               {"error": code, "message"}
    (the stream's end)           -> end                 null

With `stream_subgraphs`, a subgraph's parts are named `<mode>|<node>:<task id>|...` as LangGraph
names them; without it they are left out. Every part carries its event's broker id
(`<run_id>:<sequence>`), so `join_stream(last_event_id=...)` resumes after it with no gap and no
repeat. The `events` mode (LangChain's astream_events) is not served (501).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from langgraph.types import StreamMode as LangGraphStreamMode
from sse_starlette import EventSourceResponse, ServerSentEvent

from api.routes.langgraph.errors import NotBuilt
from api.services import Services
from api.sse import HEADERS, RunStreamResponse, to_json
from runtime.chunks import CHUNK_EVENT
from runtime.errors import KplError
from runtime.events import RunEvent

SDK_MODES: dict[str, LangGraphStreamMode] = {
    "values": "values",
    "updates": "updates",
    "custom": "custom",
    "messages": "messages",
    "messages-tuple": "messages",
    "debug": "debug",
    "tasks": "tasks",
    "checkpoints": "checkpoints",
}
"""The API's stream modes served, and the LangGraph mode each is made of."""
STREAM_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Server-Sent Events: `metadata`, then the parts of the stream modes asked "
        "for (`values`, `updates`, `custom`, `messages`, ...), each with its event id, then `end`",
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    },
}
"""OpenAPI `responses` of an endpoint that streams a run's parts."""
ALSO: dict[str, tuple[LangGraphStreamMode, ...]] = {"messages": ("updates",)}
"""LangGraph modes an API mode needs besides its own: `messages` ends each message a node wrote
from the `updates` chunks. A run publishes only what its request asked for (a `values` chunk
holds the whole state: a long material in every one); `wait` and `join` read the thread's state
when no `values` were asked for."""


def requested_modes(stream_mode: str | list[str] | None, default: str = "values") -> list[str]:
    """The API's stream modes a request names; `NotBuilt` for one not served."""
    if stream_mode is None:
        return [default]
    modes = [stream_mode] if isinstance(stream_mode, str) else list(stream_mode)
    for mode in modes:
        if mode == "events":
            raise NotBuilt("stream_mode events", "LangChain's astream_events is not streamed")
        if mode not in SDK_MODES:
            raise NotBuilt(f"stream_mode {mode!r}")
    return modes


def chunk_modes(modes: Iterable[str]) -> tuple[LangGraphStreamMode, ...]:
    """The LangGraph modes a run publishes for these API modes."""
    wanted: list[LangGraphStreamMode] = []
    for mode in modes:
        for needed in (SDK_MODES[mode], *ALSO.get(mode, ())):
            if needed not in wanted:
                wanted.append(needed)
    return tuple(wanted)


class Parts:
    """One stream's translation of a run's events into (part name, data) pairs."""

    def __init__(
        self,
        modes: list[str] | None,
        *,
        subgraphs: bool = False,
        mask: Callable[[Any], Any] | None = None,
    ) -> None:
        self.modes = None if modes is None else frozenset(modes)
        """None: every mode the run publishes (a join that names none)."""
        self.subgraphs = subgraphs
        self.mask = mask or (lambda value: value)
        self._messages: dict[str, dict[str, Any]] = {}

    def wants(self, mode: str) -> bool:
        """Whether this stream sends the API mode `mode`."""
        return self.modes is None or mode in self.modes

    def __call__(self, event: RunEvent) -> list[tuple[str, Any]]:
        data = event.data
        if event.event == "started":
            return [("metadata", {"run_id": data["run_id"], "attempt": 1})]
        if event.event == CHUNK_EVENT:
            ns = tuple(data.get("ns") or ())
            if ns and not self.subgraphs:
                return []
            suffix = "".join(f"|{part}" for part in ns)
            return [(name + suffix, item) for name, item in self._chunk(data)]
        if event.event == "error":
            return [("error", {"error": data.get("code"), "message": data.get("message")})]
        if event.event == "completed" and data.get("cached") and self.wants("values"):
            # A cached answer ran no graph (middleware/result_cache.py): its output is the state.
            return [("values", self.mask(data.get("output") or {}))]
        return []

    def _chunk(self, data: dict[str, Any]) -> list[tuple[str, Any]]:
        mode, payload = data["mode"], self.mask(data["data"])
        if mode == "updates" and self.modes is not None and "messages" in self.modes:
            completed = self._complete(payload)
            return completed + ([(mode, payload)] if self.wants(mode) else [])
        if mode != "messages":
            return [(mode, payload)] if self.wants(mode) else []
        parts: list[tuple[str, Any]] = []
        message, metadata = payload
        if self.modes is None or "messages-tuple" in self.modes:
            parts.append(("messages", [message, metadata]))
        if self.modes is not None and "messages" in self.modes:
            parts.extend(self._partial(message, metadata))
        return parts

    def _complete(self, update: Any) -> list[tuple[str, Any]]:
        """`messages` mode: each message a node wrote, whole (`messages/complete`), after its
        metadata if it was not streamed."""
        parts: list[tuple[str, Any]] = []
        if not isinstance(update, dict):
            return parts
        for node, written in update.items():
            if not isinstance(written, dict):
                continue
            for value in written.values():
                for message in value if isinstance(value, list) else [value]:
                    if not _is_message(message):
                        continue
                    message_id = str(message.get("id") or "")
                    if self._messages.pop(message_id, None) is None:
                        meta = {"langgraph_node": node}
                        parts.append(("messages/metadata", {message_id: {"metadata": meta}}))
                    parts.append(("messages/complete", [message]))
        return parts

    def _partial(self, message: dict[str, Any], metadata: Any) -> list[tuple[str, Any]]:
        """`messages` mode: each message whole so far, after its metadata once."""
        message_id = str(message.get("id") or "")
        seen = self._messages.get(message_id)
        parts: list[tuple[str, Any]] = []
        if seen is None:
            seen = self._messages[message_id] = dict(message)
            parts.append(("messages/metadata", {message_id: {"metadata": metadata}}))
        else:
            text = message.get("content")
            if isinstance(text, str) and isinstance(seen.get("content"), str):
                text = seen["content"] + text
            seen.update(message, content=text)
        parts.append(("messages/partial", [dict(seen)]))
        return parts


def _is_message(value: Any) -> bool:
    """Whether a JSON value is a LangChain message as `plain` writes one."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("type"), str)
        and "content" in value
        and value["type"] in MESSAGE_TYPES
    )


MESSAGE_TYPES = frozenset({"human", "ai", "system", "tool", "function", "chat", "remove"})


def masker(services: Services) -> Callable[[Any], Any] | None:
    """The content guard's output mask (KPL_FORBIDDEN_TERMS), for LangGraph's chunks, which the
    pipeline's guard does not read; None when no term is forbidden."""
    guard = services.gate.guard
    if guard is None or not guard.matcher.terms:
        return None
    matcher = guard.matcher
    return lambda value: matcher.mask_value(value)[0]


async def frames(
    services: Services,
    run_id: str,
    parts: Parts,
    *,
    after: int = 0,
    on_close: Callable[[bool], None] | None = None,
) -> AsyncIterator[ServerSentEvent]:
    """The run's parts from the broker, with an SSE comment on silence and `end` at the end."""
    finished = False
    try:
        async for item in services.broker.subscribe(
            run_id, after=after, idle_s=services.settings.heartbeat_s
        ):
            if item is None:
                yield ServerSentEvent(comment="heartbeat")
                continue
            frame_id, event = item
            for name, data in parts(event):
                yield ServerSentEvent(data=to_json(data), event=name, id=frame_id)
            finished = finished or event.event in ("completed", "error")
    except KplError as exc:  # the response has started: report in the stream
        yield ServerSentEvent(
            data=to_json({"error": exc.code, "message": exc.message}), event="error"
        )
    finally:
        if on_close is not None:
            on_close(finished)
    yield ServerSentEvent(data="null", event="end")


async def end_only() -> AsyncIterator[ServerSentEvent]:
    """A stream with nothing left to send (the run's events are no longer held): `end`."""
    yield ServerSentEvent(data="null", event="end")


def stream_response(
    services: Services,
    events: AsyncIterator[ServerSentEvent],
    *,
    location: str | None = None,
    content_location: str | None = None,
) -> EventSourceResponse:
    """An SSE response with the headers the SDK reads: `Content-Location` names the run, and
    `Location` (resumable streams) is where it reconnects with `Last-Event-ID`."""
    headers = dict(HEADERS)
    if location is not None:
        headers["Location"] = location
    if content_location is not None:
        headers["Content-Location"] = content_location
    return RunStreamResponse(
        events, headers=headers, ping=0, send_timeout=services.settings.sse_send_timeout_s
    )
