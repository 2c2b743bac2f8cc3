"""Response models of the HTTP API: what `/docs` shows and what responses are checked against."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ThreadStatus(BaseModel):
    """A thread and what it is doing."""

    thread_id: str
    created_at: float
    graph: str | None = Field(description="the flow the thread runs")
    status: str = Field(description="`idle`, `running`, `interrupted` or `error`")
    run_id: str | None = Field(description="the thread's newest run known to this server")
    interrupt: Any = Field(description="what the paused flow asks the learner, or null")
    updated_at: float


class ChatStatus(BaseModel):
    """A chat thread's status, as `GET /chat/stream/status` answers."""

    thread_id: str
    status: str
    graph: str | None
    run_id: str | None
    interrupt: Any
    updated_at: float


class PendingInterrupt(BaseModel):
    """An interrupt waiting for an answer."""

    id: str
    value: Any


class ThreadState(BaseModel):
    """A thread's current state."""

    values: dict[str, Any]
    next: list[str] = Field(description="the nodes that run next")
    interrupts: list[PendingInterrupt]
    checkpoint_id: str | None


class Checkpoint(BaseModel):
    """One checkpoint of a thread's history."""

    checkpoint_id: str | None
    step: int | None
    source: str | None = Field(description="`input`, `loop`, `update` or `fork`")
    run_id: str | None
    created_at: str | None
    values: dict[str, Any]
    next: list[str]


class RunInfo(BaseModel):
    """A run's status."""

    run_id: str
    thread_id: str
    graph: str
    status: str = Field(
        description="`pending`, `running`, `success`, `interrupted`, `error`, `cancelled` or `timeout`"
    )
    created_at: float
    updated_at: float
    error: dict[str, Any] | None = Field(
        description="`code`, `message`, `retriable` when it failed"
    )


class GraphSummary(BaseModel):
    """A registered flow."""

    name: str
    version: str
    description: str
    source: str = Field(description="`builtin` or `import` (a developer's graph)")


class Edge(BaseModel):
    """An edge of a flow."""

    source: str
    target: str
    conditional: bool


class GraphShape(GraphSummary):
    """A flow's shape."""

    input_schema: dict[str, Any] | None
    nodes: list[str]
    edges: list[Edge]
    mermaid: str


class RouteDecision(BaseModel):
    """The router's decision, as in the `route` event, with its trace."""

    intent: str
    graph: str | None
    confidence: float
    source: str
    strategy: str
    rule: str | None
    params: dict[str, Any]
    reasoning: str
    options: list[str]
    trace: dict[str, Any] = Field(
        description="rules tried and which matched, the analyzer's scores, time per stage"
    )
