"""LangGraph's own stream chunks, published beside the protocol's events for a run that asks.

The LangGraph Platform API (api/routes/langgraph/) streams what LangGraph's `astream` yields, in
LangGraph's stream modes (`values`, `updates`, `messages`, `debug`, ...), which the protocol's
events (runtime/events.py) summarise and make lean. A run whose request names such modes
(`LangGraphOptions.modes`) therefore also publishes each chunk of those modes, as it comes, as a
`langgraph` event `{"run_id", "mode", "ns", "data"}` with `data` made plain JSON here: LangChain
messages as their dicts (as LangGraph's server sends them), interrupts as `{"value", "id"}`.

These events go through the same broker, so a join or a reconnect by event id replays them like
any other; no other channel asks for them.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import uuid
from collections.abc import Mapping
from typing import Any, Literal, cast

from langgraph.types import Command, Interrupt, Send
from langgraph.types import StreamMode as LangGraphStreamMode
from pydantic import BaseModel

from runtime.events import EventName, RunEvent

CHUNK_EVENT = cast(EventName, "langgraph")
"""The name of a chunk's event (not one of the protocol's: only runs that ask carry it)."""

InterruptAt = tuple[str, ...] | Literal["*"]
"""Nodes to pause before (or after), or `*` for every node."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class LangGraphOptions:
    """What a run of the LangGraph Platform API asks of LangGraph beyond the protocol."""

    modes: tuple[LangGraphStreamMode, ...] = ()
    """LangGraph stream modes whose chunks are published as `langgraph` events."""
    update: Any = None
    """`Command.update`: state written before the run goes on (as the node `goto` names)."""
    goto: Any = None
    """`Command.goto`: the node(s) to run next."""
    interrupt_before: InterruptAt = ()
    interrupt_after: InterruptAt = ()
    checkpoint_id: str | None = None
    """The thread's checkpoint the run goes on from (a fork); None: the newest."""

    @property
    def commands(self) -> bool:
        """True when the run carries a command besides a resume (an update or a goto)."""
        return self.update is not None or self.goto is not None


def chunk_event(
    run_id: str, mode: str, ns: tuple[str, ...], data: Any, interrupts: Any = ()
) -> RunEvent:
    """A LangGraph chunk as the event a run publishes. A `values` chunk of a paused run holds
    the pending `interrupts` under `__interrupt__`, as LangGraph's server streams it."""
    shown = plain(data)
    if mode == "values" and interrupts and isinstance(shown, dict):
        shown["__interrupt__"] = plain(interrupts)
    return RunEvent(CHUNK_EVENT, {"run_id": run_id, "mode": mode, "ns": list(ns), "data": shown})


def plain(value: Any) -> Any:
    """`value` as JSON: what LangGraph's server would send for it."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    if isinstance(value, Interrupt):
        return {"value": plain(value.value), "id": value.id}
    if isinstance(value, Send):
        return {"node": value.node, "arg": plain(value.arg)}
    if isinstance(value, Command):
        return plain(
            {"update": value.update, "resume": value.resume, "goto": value.goto, "graph": None}
        )
    if isinstance(value, BaseModel):  # LangChain messages, pydantic state
        return plain(value.model_dump(mode="json"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, bytes):
        return None
    return str(value)
