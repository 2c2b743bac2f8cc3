"""Response models of the HTTP API: what `/docs` shows and what responses are checked against.

Every time in an answer is a `Timestamp`: ISO 8601 in UTC with milliseconds
(`2026-12-05T01:02:03.456Z`), written from whatever the rooms below keep (Unix seconds, a
`datetime`, LangGraph's ISO strings) by the one helper `iso_utc`, here at the edge. Only the SSE
`heartbeat`'s `ts` stays a Unix time in milliseconds, as the protocol says.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field, WithJsonSchema


def iso_utc(moment: float | datetime | str) -> str:
    """A time as the protocol writes it: `2026-12-05T01:02:03.456Z`.

    `moment` is Unix seconds, an aware `datetime` (a naive one is taken as UTC), or an ISO 8601
    text such as LangGraph's checkpoint times.
    """
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if isinstance(moment, datetime):
        at = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    else:
        at = datetime.fromtimestamp(moment, UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def _timestamp(value: Any) -> Any:
    return iso_utc(value) if isinstance(value, float | int | datetime | str) else value


Timestamp = Annotated[
    str,
    BeforeValidator(_timestamp),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, milliseconds",
            "examples": ["2026-12-05T01:02:03.456Z"],
        }
    ),
]
"""A time in an answer: give it Unix seconds, a datetime or ISO text; it answers as `iso_utc`."""


class ThreadCreated(BaseModel):
    """A new thread."""

    thread_id: str
    created_at: Timestamp


class ThreadStatus(BaseModel):
    """A thread and what it is doing."""

    thread_id: str
    created_at: Timestamp
    graph: str | None = Field(description="the flow the thread runs")
    status: str = Field(description="`idle`, `running`, `interrupted` or `error`")
    run_id: str | None = Field(description="the thread's newest run known to this server")
    interrupt: Any = Field(description="what the paused flow asks the learner, or null")
    updated_at: Timestamp = Field(description="the last activity: a run started or ended")


class ThreadSummary(BaseModel):
    """A thread as a chat sidebar lists it."""

    thread_id: str
    graph: str | None = Field(description="the flow the thread last ran")
    status: str = Field(description="`idle`, `running`, `interrupted` or `error`")
    title: str | None = Field(
        description="what to show for it: the exam's, course's or scenario's title, else the "
        "first words the learner wrote; null before its first run"
    )
    created_at: Timestamp
    updated_at: Timestamp = Field(description="the last activity: a run started or ended")


class ThreadPage(BaseModel):
    """`GET /threads`: one page of the caller's threads, newest activity first."""

    items: list[ThreadSummary]
    next_cursor: str | None = Field(
        description="pass as `cursor` for the next page; null on the last page"
    )


class ThreadRun(BaseModel):
    """One run of a thread, as `GET /threads/{id}/runs` lists it."""

    run_id: str
    status: str = Field(
        description="`pending`, `running`, `success`, `interrupted`, `error`, `cancelled` or `timeout`"
    )
    graph: str
    created_at: Timestamp
    ended_at: Timestamp | None = Field(description="null while the run has not ended")


class ThreadRuns(BaseModel):
    """`GET /threads/{id}/runs`: the thread's runs still on record, newest first."""

    items: list[ThreadRun]


class ChatStatus(BaseModel):
    """A chat thread's status, as `GET /chat/stream/status` answers."""

    thread_id: str
    status: str
    graph: str | None
    run_id: str | None
    interrupt: Any
    updated_at: Timestamp


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
    created_at: Timestamp | None
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
    created_at: Timestamp
    updated_at: Timestamp
    error: dict[str, Any] | None = Field(
        description="`code`, `message`, `retriable` when it failed"
    )


class DefinitionIssueOut(BaseModel):
    """One located problem of a definition file."""

    file: str
    line: int = Field(description="1-based")
    column: int = Field(description="1-based")
    path: str = Field(description="the field path, like `nodes.warmup.type` or `edges[3].target`")
    message: str = Field(description="what is wrong and how to fix it")


class GraphSummary(BaseModel):
    """A registered flow."""

    name: str
    version: str = Field(
        description="changes whenever what runs changes (definition, code, content); for machines"
    )
    label: str = Field(
        description="the one version shown to people: `v<declared> · <definition digest>` "
        "(`v1 · 571e22`), or `python · <source digest>` for a graph written in Python"
    )
    description: str
    source: str = Field(
        description="`builtin`, `import` (a developer's graph) or `definition` (compiled from "
        "an authored definition file)"
    )
    digest: str | None = Field(
        default=None, description="the digest of the definition text that runs, if any"
    )
    file: str | None = Field(default=None, description="the definition file, if any")
    status: str | None = Field(
        default=None,
        description="`active` (the file's text runs) or `invalid` (the last good version runs)",
    )
    errors: list[DefinitionIssueOut] = Field(
        default_factory=list, description="the definition file's problems"
    )


class Edge(BaseModel):
    """An edge of a flow."""

    source: str
    target: str
    conditional: bool


class DefinitionCheck(BaseModel):
    """`POST /graphs/validate`: whether a definition text is valid, and every problem in it."""

    valid: bool
    errors: list[DefinitionIssueOut]


class DefinitionFileStatus(BaseModel):
    """One definition file as the server sees it."""

    id: str | None = Field(description="the graph id it defines (null if it does not parse)")
    file: str
    status: str = Field(description="`active`, or `invalid` (the last good version runs)")
    errors: list[DefinitionIssueOut]
    active_digest: str | None = Field(
        description="the digest of the version that runs for this id: this file's, or the last "
        "good one's; null when none runs"
    )
    active_version: str | None = Field(description="the author's version string of that one")
    shipped: bool = Field(description="one of the definitions shipped with the project")


class ReloadInfo(BaseModel):
    """What the last reload of the content folder did."""

    at: Timestamp
    trigger: str = Field(description="`start`, `watch` or `request`")
    ok: bool
    changed: list[str]
    removed: list[str]
    library: str = Field(description="`reloaded`, `unchanged` or `invalid` (the last good stays)")
    library_errors: list[DefinitionIssueOut] = Field(
        description="the content files' problems (courses, scenarios, rubrics, blueprints)"
    )
    definition_errors: list[DefinitionIssueOut]


class DefinitionText(BaseModel):
    """The definition text a graph runs."""

    id: str
    digest: str
    version: str = Field(description="the author's version string")
    text: str


class ContentFileStatus(BaseModel):
    """A content file (course, scenario, rubric, blueprint) the library refused."""

    file: str
    status: str = Field(description="`invalid`: the last good library runs meanwhile")
    errors: list[DefinitionIssueOut]


class DefinitionListing(BaseModel):
    """`GET /definitions`."""

    reload: bool = Field(description="whether the server watches the content folder")
    root: str = Field(
        description="the content folder, relative (`graphs/content` when it is the shipped one)"
    )
    last_reload: ReloadInfo | None
    definitions: list[DefinitionFileStatus]
    content: list[ContentFileStatus] = Field(
        default_factory=list, description="each content file with problems, and them"
    )


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
