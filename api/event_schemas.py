"""Every run event's `data`, as models: what OpenAPI documents for the streaming endpoints.

The SSE protocol (../shared/PROTOCOL.md, "Events") names each event in the frame's `event:` field
and carries its payload as one line of JSON in `data:`. OpenAPI describes a frame as a
discriminated union on `event`: one branch per event name, whose `data` is a JSON string with the
payload's schema (`contentSchema`). The models are the payloads as the runtime sends them
(`runtime/events.py`, the executor, the runs service, the router's `route`); a test parses every
event of real streamed runs with them, extra fields refused, so the document cannot drift from
the wire.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _RunPayload(_Payload):
    run_id: str = Field(description="the run this event belongs to")


class StartedEvent(_RunPayload):
    """`started`: the first event of a run."""

    thread_id: str
    graph: str
    stream_mode: Literal["full", "light"]
    resumed: bool = Field(description="the run resumes a thread paused in an interrupt")


class RouteEvent(_RunPayload):
    """`route`: the chat endpoint's routing decision, right after `started`."""

    intent: str
    graph: str | None
    confidence: float = Field(ge=0, le=1)
    source: Literal["rule", "llm", "context", "explicit", "fallback"]
    strategy: str
    rule: str | None
    params: dict[str, Any] = Field(
        description="extracted parameters; a material shows as {material_id | digest, chars}"
    )
    reasoning: str


class NodeStartEvent(_RunPayload):
    """`node_start` / `subgraph_start`: a node begins (namespace non-empty inside a subgraph)."""

    node: str
    namespace: list[str]
    step: int


class TokenEvent(_RunPayload):
    """`token`: model output inside a node (chunks within the flush interval joined)."""

    node: str | None
    namespace: list[str]
    text: str


class ProgressEvent(_RunPayload):
    """`progress`: a node reports how far it is."""

    node: str | None
    progress: float | None = Field(description="0-100")
    message: str


class NodeOutputEvent(_RunPayload):
    """`node_output` / `subgraph_node_output`: a node finished. `output` holds only the state
    keys it changed (a growing list: its new items; long strings as {digest, chars}); light mode
    leaves `output` out."""

    node: str
    namespace: list[str]
    step: int
    output: dict[str, Any] | None = None
    appended: list[str] | None = Field(
        default=None,
        description="keys of `output` that hold only a growing list's new items: append them",
    )


class BriefEvent(_RunPayload):
    """`brief`: what a learner needs before a practice's first line (never the hidden goal)."""

    scenario: str
    title: str
    background: str
    role: str
    objectives: list[str]
    may_offer: list[str]


class InterruptEvent(_RunPayload):
    """`interrupt`: the run pauses for the learner; `completed` (interrupted) follows."""

    node: str
    namespace: list[str]
    value: Any = Field(description='what the flow asks, e.g. {"kind": "learner_reply", ...}')


class CompletedEvent(_RunPayload):
    """`completed`: the last event of a run that did not fail."""

    thread_id: str
    status: Literal["success", "interrupted", "cancelled"]
    output: dict[str, Any] | None = Field(
        default=None, description="the run's result; a growing list as what this run added"
    )
    appended: list[str] | None = Field(
        default=None, description="keys of `output` that hold only what this run added to a list"
    )


class ErrorEvent(_RunPayload):
    """`error`: the last event of a run that failed."""

    code: str
    message: str
    retriable: bool
    details: dict[str, Any] | None = None


class HeartbeatEvent(_Payload):
    """`heartbeat`: sent whenever a stream was silent for `KPL_HEARTBEAT_S`; no `id`."""

    ts: int = Field(description="unix milliseconds")


PAYLOADS: dict[str, type[BaseModel]] = {
    "started": StartedEvent,
    "route": RouteEvent,
    "node_start": NodeStartEvent,
    "token": TokenEvent,
    "progress": ProgressEvent,
    "brief": BriefEvent,
    "node_output": NodeOutputEvent,
    "subgraph_start": NodeStartEvent,
    "subgraph_node_output": NodeOutputEvent,
    "interrupt": InterruptEvent,
    "completed": CompletedEvent,
    "error": ErrorEvent,
    "heartbeat": HeartbeatEvent,
}
"""The payload model of each event name."""

_ID = {
    "type": "string",
    "description": "`<run_id>:<sequence>`, to hand back as `Last-Event-ID`",
    "pattern": "^[A-Za-z0-9._-]{1,128}:[0-9]{1,19}$",
}


def event_schema(ref: str = "#/components/schemas/") -> dict[str, Any]:
    """One Server-Sent Event as OpenAPI 3.2's `itemSchema` of `text/event-stream`: a union
    discriminated by `event`, each branch's `data` a JSON string of its payload's schema."""
    branches = [
        {
            "type": "object",
            "required": ["event", "data"],
            "properties": {
                "event": {"const": name},
                "data": {
                    "type": "string",
                    "contentMediaType": "application/json",
                    "contentSchema": {"$ref": f"{ref}{model.__name__}"},
                },
                **({} if name == "heartbeat" else {"id": _ID}),
                "retry": {"type": "integer", "const": 3000},
            },
        }
        for name, model in PAYLOADS.items()
    ]
    return {"oneOf": branches, "discriminator": {"propertyName": "event"}}


def component_schemas() -> dict[str, Any]:
    """The payload models' JSON Schemas, for the OpenAPI document's components."""
    found: dict[str, Any] = {}
    for model in dict.fromkeys(PAYLOADS.values()):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        found.update(schema.pop("$defs", {}))
        found[model.__name__] = schema
    return found


def document_events(document: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The OpenAPI document with every event payload in its components and the streaming
    endpoints under `prefix` (the protocol's own; AG-UI and the LangGraph API speak theirs)
    describing their frames as the discriminated union of `event_schema`."""
    document.setdefault("components", {}).setdefault("schemas", {}).update(component_schemas())
    for path, operations in document.get("paths", {}).items():
        if not path.startswith(prefix):
            continue
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                stream = response.get("content", {}).get("text/event-stream")
                if stream is not None:
                    stream["itemSchema"] = event_schema()
    return document
