"""`POST /ag-ui/{graph}`: AG-UI for agent UIs (CopilotKit and the like), over the same runs.

A `RunAgentInput` in (the official `ag-ui-protocol` models), AG-UI events out over SSE:

    started        -> RUN_STARTED, then STATE_SNAPSHOT (the thread's state before the run)
    node_start     -> STEP_STARTED
    token          -> TEXT_MESSAGE_START (once per node), TEXT_MESSAGE_CONTENT
    langgraph      -> TOOL_CALL_START/ARGS/END for a model's tool calls, TOOL_CALL_RESULT for a
                      tool node's ToolMessage (api/routes/ag_ui_tools.py)
    node_output    -> TEXT_MESSAGE_END (if it streamed), TOOL_CALL_END (for calls it streamed),
                      STATE_DELTA (JSON Patch of what it wrote), STEP_FINISHED
    interrupt      -> CUSTOM "interrupt" (the value the flow asks with)
    completed      -> RUN_FINISHED (outcome success, or interrupt with the pending interrupt)
    error          -> RUN_ERROR

What runs: with `resume` (AG-UI 1.0's answer to an interrupt), the paused thread resumes with the
entry's payload; with a non-empty `state` object, the graph starts with it as its input (a
`material_id` in it is the uploaded material); else the last user message is routed to the graph
as the chat endpoint does with `graph=` (the message is the exam's material, the help's
question...). The thread is `threadId` (created for the caller when new; another user's is a 404),
the run id is `runId`. Auth, ownership, admission, rate limits and the pipeline are the chat's.
A developer's graph's run started with `state` or `resume` also asks the executor for LangGraph's
`messages` chunks (runtime/chunks.py), masked by the content guard as the LangGraph API's are, for
its tool calls. A built-in flow's run (no built-in flow calls tools) and a run routed from a user
message (the chat's planner asks for none) show no tool calls. `tools` and `context` are ignored.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable
from typing import Any

from ag_ui.core import (
    BaseEvent,
    CustomEvent,
    EventType,
    RunAgentInput,
    RunErrorEvent,
    RunFinishedEvent,
    RunStartedEvent,
    StateDeltaEvent,
    StateSnapshotEvent,
    StepFinishedEvent,
    StepStartedEvent,
    TextMessageContentEvent,
    TextMessageEndEvent,
    TextMessageStartEvent,
)
from ag_ui.encoder import EventEncoder
from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import ValidationError

from api.routes.ag_ui_tools import ToolCalls
from api.routes.chat import ChatMessage, start_chat
from api.routes.langgraph.streaming import masker
from api.routes.materials import expand_material_id
from api.services import Services, ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE, HEADERS
from runtime.chunks import CHUNK_EVENT, LangGraphOptions
from runtime.errors import InvalidRunInput
from runtime.events import RunEvent, lean
from runtime.run_request import RunRequest
from runtime.runs.threads import ThreadInfo

router = APIRouter(tags=["ag-ui"])

CHUNKS = LangGraphOptions(modes=("messages",))
"""What an AG-UI run asks of LangGraph besides the protocol's events: its messages, for tool calls."""


@router.post(
    "/ag-ui/{graph}",
    summary="Run a graph for an AG-UI client: RunAgentInput in, AG-UI events out (SSE)",
    responses=EVENT_STREAM_RESPONSE,
)
async def run_agent(graph: str, request: Request, services: ServicesDep, user: UserDep) -> Response:
    """See the module docstring for how the input runs and how events translate."""
    try:
        agent_input = RunAgentInput.model_validate(await request.json())
    except (ValidationError, ValueError) as exc:
        raise InvalidRunInput(f"the body is not an AG-UI RunAgentInput: {exc}") from None
    services.executor.registry.get(graph)  # an unknown graph is a 404 before anything runs
    thread_id, run_id = agent_input.thread_id, agent_input.run_id
    info = await services.threads.ensure(thread_id, user)
    _, before = await services.executor.thread_state(thread_id)
    run = await _start(services, info, graph, agent_input)
    encoder = EventEncoder()
    state = (
        lean(dict(before.values)) if before is not None and isinstance(before.values, dict) else {}
    )

    async def body() -> AsyncIterator[str]:
        translate = Translation(
            thread_id=thread_id, run_id=run_id, state=state, mask=masker(services)
        )
        async for item in services.broker.subscribe(run, idle_s=services.settings.heartbeat_s):
            if item is None:
                yield ": heartbeat\n\n"  # an SSE comment: AG-UI clients ignore it
                continue
            for event in translate(item[1]):
                yield encoder.encode(event)

    return StreamingResponse(body(), media_type=encoder.get_content_type(), headers=HEADERS)


async def _start(
    services: Services, info: ThreadInfo, graph: str, agent_input: RunAgentInput
) -> str:
    """Start the run the input asks for; its run id (the client's `runId`)."""
    thread_id, run_id, user = agent_input.thread_id, agent_input.run_id, info.owner
    # A built-in flow calls no tools: its run publishes no chunks (on the offline engine it does
    # not even stream LangGraph's `messages` mode).
    chunks = None if services.executor.registry.get(graph).uses_flow_context else CHUNKS
    if agent_input.resume:
        entry = agent_input.resume[0]
        if entry.status != "resolved":
            raise InvalidRunInput(
                "an interrupt can only be resolved here (status resolved, with a payload)"
            )
        payload = await expand_material_id(services, user, entry.payload)
        request = RunRequest(
            graph=graph, thread_id=thread_id, resume=payload, run_id=run_id, langgraph=chunks
        )
    elif isinstance(agent_input.state, dict) and agent_input.state:
        data = await expand_material_id(services, user, dict(agent_input.state))
        request = RunRequest(
            graph=graph, thread_id=thread_id, input=data, run_id=run_id, langgraph=chunks
        )
    elif chunks is not None and _takes_messages(services, graph):
        # A developer's agent of LangChain messages: the user's new messages go into its
        # `messages`, as an AG-UI client of a LangGraph agent expects (not through the router).
        data = {"messages": _new_user_messages(agent_input)}
        request = RunRequest(
            graph=graph, thread_id=thread_id, input=data, run_id=run_id, langgraph=chunks
        )
    else:
        sent = ChatMessage(text=_last_user_text(agent_input), thread_id=thread_id, graph=graph)
        return await start_chat(services, user, run_id, sent)
    started = await services.runs.start(request, owner=user)
    await services.threads.set_graph(info, graph)
    return started.run_id


def _takes_messages(services: Services, graph: str) -> bool:
    """Whether the graph's state has a `messages` channel (an agent of LangChain messages)."""
    return "messages" in services.executor.registry.get(graph).build().channels


def _new_user_messages(agent_input: RunAgentInput) -> list[dict[str, Any]]:
    """The user messages after the conversation's last other message, as LangChain message
    dicts with the client's ids: the rest of the history is the thread's already."""
    fresh: list[dict[str, Any]] = []
    for message in reversed(agent_input.messages):
        if message.role != "user":
            break
        content = message.content
        text = (
            content
            if isinstance(content, str)
            else "".join(getattr(part, "text", "") for part in content)
        )
        fresh.append({"role": "user", "content": text, "id": message.id})
    if not fresh:
        raise InvalidRunInput("send a user message to the agent (its messages end with yours)")
    return list(reversed(fresh))


def _last_user_text(agent_input: RunAgentInput) -> str:
    for message in reversed(agent_input.messages):
        if message.role == "user":
            content = message.content
            if isinstance(content, str):
                return content
            return "".join(getattr(part, "text", "") for part in content)
    raise InvalidRunInput(
        "send a user message, a `state` object with the graph's input, or `resume` with the "
        "answer to the pending interrupt"
    )


class Translation:
    """One run's events as AG-UI events (see the module docstring)."""

    def __init__(
        self,
        *,
        thread_id: str,
        run_id: str,
        state: dict[str, Any],
        mask: Callable[[Any], Any] | None = None,
    ) -> None:
        self.thread_id = thread_id
        self.run_id = run_id
        self.state = state
        self.messages: dict[str, str] = {}
        """Node -> the id of the text message its tokens are streaming into."""
        self.interrupt: dict[str, Any] | None = None
        self.steps: list[str] = []
        """Steps started and not yet finished: a run that pauses in a node ends with its step open."""
        self.tools = ToolCalls(run_id)
        self.mask = mask or (lambda value: value)
        self._ids = itertools.count(1)

    def __call__(self, event: RunEvent) -> list[BaseEvent]:
        data, name = event.data, event.event
        if name == "started":
            return [
                RunStartedEvent(
                    type=EventType.RUN_STARTED, thread_id=self.thread_id, run_id=self.run_id
                ),
                StateSnapshotEvent(type=EventType.STATE_SNAPSHOT, snapshot=self.state),
            ]
        if name == "node_start":
            self.steps.append(str(data["node"]))
            return [StepStartedEvent(type=EventType.STEP_STARTED, step_name=str(data["node"]))]
        if name == "token":
            node = str(data.get("node"))
            if self.tools.swallows(node):
                return []  # a tool node's ToolMessage: its TOOL_CALL_RESULT says it
            return self._token(node, str(data.get("text", "")))
        if name == CHUNK_EVENT:
            return self.tools.chunk(self.mask(data))
        if name in ("node_output", "subgraph_node_output"):
            return self._output(
                str(data["node"]),
                data.get("output") or {},
                name == "node_output",
                frozenset(data.get("appended") or ()),
            )
        if name == "interrupt":
            self.interrupt = {"id": f"{self.run_id}:{data.get('node')}", "value": data.get("value")}
            return [CustomEvent(type=EventType.CUSTOM, name="interrupt", value=data.get("value"))]
        if name == "completed":
            return [*self._close_open(), self._finished(data)]
        if name == "error":
            return [
                *self._close_open(),
                RunErrorEvent(
                    type=EventType.RUN_ERROR,
                    message=str(data.get("message")),
                    code=str(data.get("code")),
                ),
            ]
        return []

    def _token(self, node: str, text: str) -> list[BaseEvent]:
        events: list[BaseEvent] = []
        message_id = self.messages.get(node)
        if message_id is None:
            # The model message's own id when its chunks came (a tool call's parentMessageId).
            model_message = self.tools.model_messages.get(node)
            message_id = self.messages[node] = model_message or f"{self.run_id}-m{next(self._ids)}"
            events.append(
                TextMessageStartEvent(
                    type=EventType.TEXT_MESSAGE_START, message_id=message_id, role="assistant"
                )
            )
        if text:
            events.append(
                TextMessageContentEvent(
                    type=EventType.TEXT_MESSAGE_CONTENT, message_id=message_id, delta=text
                )
            )
        return events

    def _output(
        self, node: str, output: dict[str, Any], top_level: bool, appended: frozenset[str]
    ) -> list[BaseEvent]:
        events: list[BaseEvent] = []
        message_id = self.messages.pop(node, None)
        if message_id is not None:
            events.append(
                TextMessageEndEvent(type=EventType.TEXT_MESSAGE_END, message_id=message_id)
            )
        events += self.tools.end(node)
        if top_level and output:
            patch: list[dict[str, Any]] = []
            for key, value in output.items():
                path = "/" + key.replace("~", "~0").replace("/", "~1")
                held = self.state.get(key)
                if key in appended and isinstance(held, list) and isinstance(value, list):
                    # only the list's new items came: each appended, the items before kept
                    patch += [{"op": "add", "path": f"{path}/-", "value": item} for item in value]
                    self.state[key] = [*held, *value]
                else:
                    patch.append({"op": "add", "path": path, "value": value})
                    self.state[key] = value
            events.append(
                StateDeltaEvent.model_validate({"type": EventType.STATE_DELTA, "delta": patch})
            )
        if node in self.steps:  # a subgraph's node had no step of its own
            self.steps.remove(node)
            events.append(StepFinishedEvent(type=EventType.STEP_FINISHED, step_name=node))
        return events

    def _close_open(self) -> list[BaseEvent]:
        """Before the run's last event: the text messages and steps still open, ended (a run
        that pauses in `ask_learner` never finishes its step; AG-UI clients refuse RUN_FINISHED
        while a step is active)."""
        events: list[BaseEvent] = [
            TextMessageEndEvent(type=EventType.TEXT_MESSAGE_END, message_id=message_id)
            for message_id in self.messages.values()
        ]
        self.messages.clear()
        for node in reversed(self.steps):
            events += self.tools.end(node)
            events.append(StepFinishedEvent(type=EventType.STEP_FINISHED, step_name=node))
        self.steps.clear()
        return events

    def _finished(self, data: dict[str, Any]) -> BaseEvent:
        status = data.get("status")
        outcome: dict[str, Any] = {"type": "success"}
        if status == "interrupted" and self.interrupt is not None:
            value = self.interrupt["value"]
            prompt = value.get("prompt") if isinstance(value, dict) else value
            outcome = {
                "type": "interrupt",
                "interrupts": [
                    {
                        "id": self.interrupt["id"],
                        "reason": "input_required",
                        "message": str(prompt) if prompt is not None else None,
                        "metadata": value if isinstance(value, dict) else {"value": value},
                    }
                ],
            }
        elif status == "cancelled":
            outcome = {"type": "cancelled"}
        return RunFinishedEvent.model_validate(
            {
                "type": EventType.RUN_FINISHED,
                "threadId": self.thread_id,
                "runId": self.run_id,
                "result": data.get("output"),
                "outcome": outcome,
            }
        )
