"""AG-UI at `POST /ag-ui/{graph}` against a real server: every event parses as the official
`ag-ui-protocol` models, in the order AG-UI clients expect; a practice pauses with an interrupt
outcome and resumes with AG-UI 1.0's `resume`; state arrives as a snapshot and JSON Patch deltas."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import jsonpatch
from ag_ui.core import Event, EventType
from pydantic import TypeAdapter

EVENTS: TypeAdapter[Any] = TypeAdapter(Event)


def agent_input(thread_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "threadId": thread_id,
        "runId": uuid.uuid4().hex,
        "state": {},
        "messages": [],
        "tools": [],
        "context": [],
        "forwardedProps": {},
        **fields,
    }


async def run(server: str, graph: str, body: dict[str, Any]) -> list[Any]:
    """The AG-UI events of one run, parsed by the protocol's own models."""
    async with (
        httpx.AsyncClient(timeout=120) as client,
        client.stream("POST", f"{server}/ag-ui/{graph}", json=body) as response,
    ):
        assert response.status_code == 200, await response.aread()
        assert response.headers["content-type"].startswith("text/event-stream")
        return [
            EVENTS.validate_python(json.loads(line[5:]))
            async for line in response.aiter_lines()
            if line.startswith("data:")
        ]


def user(text: str) -> dict[str, Any]:
    return {"id": uuid.uuid4().hex, "role": "user", "content": text}


async def test_a_help_run_is_a_well_formed_ag_ui_sequence(server: str) -> None:
    thread = uuid.uuid4().hex
    body = agent_input(thread, messages=[user("你能做什么？")])
    events = await run(server, "help", body)
    types = [e.type for e in events]
    assert types[:2] == [EventType.RUN_STARTED, EventType.STATE_SNAPSHOT]
    assert types[-1] == EventType.RUN_FINISHED
    assert events[0].run_id == body["runId"] and events[0].thread_id == thread
    started = [e.step_name for e in events if e.type == EventType.STEP_STARTED]
    finished = [e.step_name for e in events if e.type == EventType.STEP_FINISHED]
    assert started and sorted(started) == sorted(finished)
    # The state the client rebuilds from the snapshot and the deltas is the run's output.
    state = dict(events[1].snapshot)
    for event in events:
        if event.type == EventType.STATE_DELTA:
            state = jsonpatch.apply_patch(
                state, [op.model_dump(by_alias=True) for op in event.delta]
            )
    assert state["answer"] == events[-1].result["answer"]
    messages = {e.message_id for e in events if e.type == EventType.TEXT_MESSAGE_START}
    ended = {e.message_id for e in events if e.type == EventType.TEXT_MESSAGE_END}
    assert messages == ended


async def test_a_practice_pauses_and_resumes_over_ag_ui(server: str) -> None:
    thread = uuid.uuid4().hex
    opening = await run(
        server, "practice_dialogue", agent_input(thread, state={"scenario": "objection-handling"})
    )
    asked = [e for e in opening if e.type == EventType.CUSTOM and e.name == "interrupt"]
    assert asked and "prompt" in asked[0].value
    outcome = opening[-1].outcome
    assert opening[-1].type == EventType.RUN_FINISHED and outcome.type == "interrupt"
    interrupt_id = outcome.interrupts[0].id
    resume = [
        {"interruptId": interrupt_id, "status": "resolved", "payload": "您好，您担心的是价格吗？"}
    ]
    turn = await run(server, "practice_dialogue", agent_input(thread, resume=resume))
    assert turn[-1].type == EventType.RUN_FINISHED and turn[-1].outcome.type == "interrupt"
    deltas = [op for e in turn if e.type == EventType.STATE_DELTA for op in e.delta]
    said = [op.value for op in deltas if op.path == "/transcript/-"]  # appended, item by item
    assert said and any(line["role"] == "learner" for line in said)
    # Snapshot plus deltas is the thread's state: the lines before this turn are kept (an `add`
    # of only the new items on the whole key left the client with the last node's lines alone).
    state = dict(turn[1].snapshot)
    for event in turn:
        if event.type == EventType.STATE_DELTA:
            state = jsonpatch.apply_patch(
                state, [op.model_dump(by_alias=True) for op in event.delta]
            )
    async with httpx.AsyncClient(timeout=30) as client:
        stored = (await client.get(f"{server}/api/v1/threads/{thread}/state")).json()
    assert state["transcript"] == stored["values"]["transcript"]
    assert len(state["transcript"]) == 3  # her opening, the reply, her answer


async def test_bad_input_and_unknown_graphs_are_clear_errors(server: str) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        bad = await client.post(f"{server}/ag-ui/help", json={"threadId": "t"})
        assert bad.status_code == 422 and "RunAgentInput" in bad.json()["error"]["message"]
        unknown = await client.post(f"{server}/ag-ui/nope", json=agent_input("t2"))
        assert unknown.status_code == 404
