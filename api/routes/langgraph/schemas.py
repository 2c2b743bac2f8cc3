"""Request bodies of the LangGraph Platform API, as the official SDKs send them.

Fields this server does not act on are accepted when they are left out or empty (the SDKs send
only what the caller set); a field set to something this server cannot honour is answered 501
naming it (`RunCreate.unbuilt`), never silently dropped.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.routes.langgraph.errors import NotBuilt

SortOrder = Literal["asc", "desc"]


class Body(BaseModel):
    """A body: unknown fields are ignored, as LangGraph's server does."""

    model_config = ConfigDict(extra="ignore")


def selected(items: list[dict[str, Any]], fields: list[str] | None) -> list[dict[str, Any]]:
    """Each item with only `fields` (all of them when None), as a search's `select` asks."""
    if not fields:
        return items
    return [{key: value for key, value in item.items() if key in fields} for item in items]


class AssistantCreate(Body):
    """`POST /assistants`: answered with the graph's own assistant."""

    graph_id: str
    assistant_id: str | None = None
    if_exists: Literal["raise", "do_nothing"] | None = None


class AssistantSearch(Body):
    """`POST /assistants/search` and `/count`."""

    graph_id: str | None = None
    name: str | None = None
    metadata: dict[str, Any] | None = None
    limit: int = Field(default=10, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)
    sort_by: Literal["assistant_id", "graph_id", "name", "created_at", "updated_at"] | None = None
    sort_order: SortOrder | None = None
    select: list[str] | None = Field(default=None, max_length=50)
    """Only these fields of each assistant."""


class ThreadCreate(Body):
    """`POST /threads`."""

    thread_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9._-]{1,128}$")
    metadata: dict[str, Any] | None = None
    if_exists: Literal["raise", "do_nothing"] | None = None
    graph_id: str | None = None
    supersteps: list[Any] | None = None


class ThreadPatch(Body):
    """`PATCH /threads/{id}`: metadata merged into the thread's."""

    metadata: dict[str, Any] = Field(default_factory=dict)


class ThreadSearch(Body):
    """`POST /threads/search` and `/count`."""

    ids: list[str] | None = None
    metadata: dict[str, Any] | None = None
    values: dict[str, Any] | None = None
    status: Literal["idle", "busy", "interrupted", "error"] | None = None
    limit: int = Field(default=10, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)
    sort_by: Literal["thread_id", "status", "created_at", "updated_at"] | None = None
    sort_order: SortOrder | None = None
    select: list[str] | None = Field(default=None, max_length=50)
    """Only these fields of each thread (`values` is the whole state: leave it out to list)."""


class StateUpdate(Body):
    """`POST /threads/{id}/state`."""

    values: dict[str, Any] | list[Any] | None = None
    as_node: str | None = None
    checkpoint_id: str | None = None
    checkpoint: dict[str, Any] | None = None


class CheckpointQuery(Body):
    """`POST /threads/{id}/state/checkpoint`."""

    checkpoint: dict[str, Any]
    subgraphs: bool = False


class HistoryQuery(Body):
    """`POST /threads/{id}/history`."""

    limit: int = Field(default=10, ge=1, le=1000)
    before: str | dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    checkpoint: dict[str, Any] | None = None


class Command(Body):
    """LangGraph's `Command`: `resume` answers a pending interrupt; `update` and `goto` steer."""

    resume: Any = None
    update: dict[str, Any] | list[Any] | None = None
    goto: str | list[str] | dict[str, Any] | list[dict[str, Any]] | None = None


class RunCreate(Body):
    """`POST /threads/{id}/runs[/stream|/wait]` and the stateless `/runs[/stream|/wait]`."""

    assistant_id: str
    input: dict[str, Any] | None = None
    command: Command | None = None
    stream_mode: str | list[str] | None = None
    stream_subgraphs: bool = False
    stream_resumable: bool = False
    metadata: dict[str, Any] | None = None
    config: dict[str, Any] | None = None
    context: dict[str, Any] | None = None
    interrupt_before: Literal["*"] | list[str] | None = None
    interrupt_after: Literal["*"] | list[str] | None = None
    multitask_strategy: Literal["reject", "interrupt", "rollback", "enqueue"] = "reject"
    if_not_exists: Literal["create", "reject"] | None = None
    on_disconnect: Literal["cancel", "continue"] = "continue"
    on_completion: Literal["delete", "keep"] | None = None
    checkpoint_id: str | None = None
    checkpoint: dict[str, Any] | None = None
    webhook: str | None = None
    after_seconds: float | None = None
    feedback_keys: list[str] | None = None
    durability: Literal["sync", "async", "exit"] | None = None

    @property
    def fork_from(self) -> str | None:
        """The checkpoint the run goes on from (`checkpoint_id`, or `checkpoint`'s)."""
        if self.checkpoint_id:
            return self.checkpoint_id
        found = (self.checkpoint or {}).get("checkpoint_id")
        return str(found) if found else None

    def check_built(self) -> None:
        """`NotBuilt` for a field set to what this server cannot honour."""
        if self.webhook:
            raise NotBuilt("webhook")
        if self.after_seconds:
            raise NotBuilt("after_seconds", "runs start at once")
        if self.feedback_keys:
            raise NotBuilt("feedback_keys")


class CancelMany(Body):
    """`POST /runs/cancel`: runs by id on a thread, or by status."""

    thread_id: str | None = None
    run_ids: list[str] | None = None
    status: Literal["pending", "running", "all"] | None = None


class ThreadPrune(Body):
    """`POST /threads/prune`."""

    thread_ids: list[str] = Field(max_length=1000)
    strategy: Literal["delete", "keep_latest"] = "delete"
