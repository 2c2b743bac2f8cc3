"""AG-UI tool calls against a real server: a graph whose LangChain model calls a tool, LangGraph's
prebuilt ToolNode running it, then the model's answer. Every event parses as the official
`ag-ui-protocol` models; the call comes as TOOL_CALL_START -> ARGS -> END, its ToolMessage as
TOOL_CALL_RESULT with the same id, and the answer as a text message after it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ag_ui.core import EventType

from tests.api.conftest import SAMPLE_GRAPHS, make_settings
from tests.api.server import live_server
from tests.api.test_ag_ui import agent_input, run
from tests.api.tool_graphs import ARGS_PIECES, CALL_ARGS, CALL_ID, REPLY, lookup_course

TOOL_GRAPHS = {
    "tooling": "tests.api.tool_graphs:tooling",
    "tooling_whole": "tests.api.tool_graphs:tooling_whole",
}
QUESTION = "前台接待二级有几课时？"
TOOL_EVENTS = {
    EventType.TOOL_CALL_START,
    EventType.TOOL_CALL_ARGS,
    EventType.TOOL_CALL_END,
    EventType.TOOL_CALL_RESULT,
}


@pytest.fixture
def tool_server(tmp_path: Path) -> Iterator[str]:
    """A running server with the tool-calling graphs beside the sample ones."""
    with live_server(make_settings(tmp_path, graphs={**SAMPLE_GRAPHS, **TOOL_GRAPHS})) as url:
        yield url


async def ask(server: str, graph: str) -> list[Any]:
    thread = uuid.uuid4().hex
    state = {"messages": [{"type": "human", "content": QUESTION}]}
    return await run(server, graph, agent_input(thread, state=state))


def check_call_and_answer(events: list[Any]) -> list[Any]:
    """The checks both graphs share; the tool events, in order."""
    types = [e.type for e in events]
    assert types[0] == EventType.RUN_STARTED and types[-1] == EventType.RUN_FINISHED
    assert events[-1].outcome.type == "success"
    steps = [e.step_name for e in events if e.type == EventType.STEP_STARTED]
    assert steps == ["agent", "tools", "agent"]
    tools = [e for e in events if e.type in TOOL_EVENTS]
    start, *args, end, result = tools
    assert start.type == EventType.TOOL_CALL_START and end.type == EventType.TOOL_CALL_END
    assert start.tool_call_id == CALL_ID and start.tool_call_name == "lookup_course"
    assert start.parent_message_id
    assert args and all(e.type == EventType.TOOL_CALL_ARGS for e in args)
    assert {e.tool_call_id for e in [*args, end]} == {CALL_ID}
    assert json.loads("".join(e.delta for e in args)) == CALL_ARGS
    assert result.type == EventType.TOOL_CALL_RESULT and result.tool_call_id == CALL_ID
    assert result.content == lookup_course.invoke(CALL_ARGS)
    assert result.message_id and result.message_id != start.parent_message_id
    # The call is made in the first agent step, its result written in the tools step.
    position = {id(e): i for i, e in enumerate(events)}
    step_ends = [i for i, e in enumerate(events) if e.type == EventType.STEP_FINISHED]
    assert position[id(end)] < step_ends[0] < position[id(result)] < step_ends[1]
    # The answer is one text message after the result; the tool's words are not the assistant's.
    texts = [e for e in events if e.type.name.startswith("TEXT_MESSAGE")]
    assert texts[0].type == EventType.TEXT_MESSAGE_START
    assert texts[-1].type == EventType.TEXT_MESSAGE_END
    assert len({e.message_id for e in texts}) == 1
    assert position[id(texts[0])] > position[id(result)]
    said = "".join(e.delta for e in texts if e.type == EventType.TEXT_MESSAGE_CONTENT)
    assert said == "".join(REPLY)
    return tools


async def test_a_streamed_tool_call_is_start_args_end_then_result(tool_server: str) -> None:
    events = await ask(tool_server, "tooling")
    tools = check_call_and_answer(events)
    # The arguments come as the model streamed them, one ARGS event a piece.
    assert [e.delta for e in tools if e.type == EventType.TOOL_CALL_ARGS] == ARGS_PIECES
    # Ids are the state's: the call's parent is the model message holding the call, the answer's
    # text message the model message holding the answer.
    written = [
        message
        for e in events
        if e.type == EventType.STATE_DELTA
        for op in e.delta
        if op.path == "/messages"
        for message in op.value
    ]
    calling = next(m for m in written if m["type"] == "ai" and m["tool_calls"])
    assert calling["id"] == tools[0].parent_message_id
    assert [c["id"] for c in calling["tool_calls"]] == [CALL_ID]
    tool_message = next(m for m in written if m["type"] == "tool")
    assert tool_message["id"] == tools[-1].message_id
    text = next(e for e in events if e.type == EventType.TEXT_MESSAGE_START)
    assert text.message_id == events[-1].result["messages"][-1]["id"] != calling["id"]


async def test_a_tool_call_of_a_model_that_did_not_stream(tool_server: str) -> None:
    events = await ask(tool_server, "tooling_whole")
    tools = check_call_and_answer(events)
    # Not streamed: the whole arguments in one ARGS event.
    assert [e.type for e in tools] == [
        EventType.TOOL_CALL_START,
        EventType.TOOL_CALL_ARGS,
        EventType.TOOL_CALL_END,
        EventType.TOOL_CALL_RESULT,
    ]


async def test_a_forbidden_term_in_a_tool_result_is_masked(tmp_path: Path) -> None:
    graphs = {**SAMPLE_GRAPHS, **TOOL_GRAPHS}
    with live_server(make_settings(tmp_path, graphs=graphs, forbidden_terms=["lessons"])) as url:
        events = await ask(url, "tooling")
    assert events[-1].type == EventType.RUN_FINISHED
    result = next(e for e in events if e.type == EventType.TOOL_CALL_RESULT)
    assert result.tool_call_id == CALL_ID
    assert "lessons" not in result.content and result.content.endswith("12 ***")


async def test_a_user_message_goes_into_an_agents_messages(tool_server: str) -> None:
    """An AG-UI client of a LangGraph agent sends the conversation as `messages`, not `state`:
    the user's new message goes into the agent's `messages` (not through the chat router), and
    the tool call shows as it does for a run started with `state`."""
    thread = uuid.uuid4().hex
    body = agent_input(
        thread, messages=[{"id": uuid.uuid4().hex, "role": "user", "content": QUESTION}]
    )
    events = await run(tool_server, "tooling", body)
    check_call_and_answer(events)
