"""Tool calls for AG-UI: LangGraph's `messages` chunks as TOOL_CALL_* events.

An AG-UI run asks the executor for LangGraph's `messages` stream mode (runtime/chunks.py), whose
chunks carry each LangChain message as it comes. `ToolCalls` reads them:

    AIMessageChunk tool_call_chunks -> TOOL_CALL_START (first chunk of a call: its id and name,
                                       parentMessageId the model message's id), TOOL_CALL_ARGS
                                       (each piece of the arguments' JSON)
    AIMessage tool_calls            -> START, ARGS (the whole arguments as JSON), END at once
                                       (a model that did not stream)
    the calling node's output       -> TOOL_CALL_END for each call it streamed
    ToolMessage (a tool node's)     -> TOOL_CALL_RESULT (messageId, toolCallId, content)

A tool node's ToolMessage also reaches the protocol's `token` events (its content is text), which
are not the assistant's words: `swallows(node)` tells the translation to drop them.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from ag_ui.core import (
    BaseEvent,
    EventType,
    ToolCallArgsEvent,
    ToolCallEndEvent,
    ToolCallResultEvent,
    ToolCallStartEvent,
)


class ToolCalls:
    """One run's tool calls, from its `messages` chunks (see the module docstring)."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        self.open: dict[str, dict[tuple[str, int], str]] = {}
        """Node -> (model message id, call index) -> the id of the tool call streaming there."""
        self.tool_nodes: set[str] = set()
        """Nodes that wrote a ToolMessage in their current step (their tokens are results)."""
        self.model_messages: dict[str, str] = {}
        """Node -> the id of the model message it last streamed (the text's message id)."""
        self._ids = itertools.count(1)

    def chunk(self, data: dict[str, Any]) -> list[BaseEvent]:
        """The events of one `langgraph` chunk event (only its `messages` mode counts)."""
        if data.get("mode") != "messages":
            return []
        pair = data.get("data")
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], dict):
            return []
        message, metadata = pair
        node = str(metadata.get("langgraph_node")) if isinstance(metadata, dict) else "None"
        kind = message.get("type")
        if kind == "tool":
            self.tool_nodes.add(node)
            return [self._result(message)]
        if kind == "AIMessageChunk":
            if message.get("id"):
                self.model_messages[node] = str(message["id"])
            return self._streamed(node, message)
        if kind == "ai":
            if message.get("id"):
                self.model_messages[node] = str(message["id"])
            return self._whole(message)
        return []

    def swallows(self, node: str) -> bool:
        """True when `node`'s tokens are a tool's result, not the assistant's text."""
        return node in self.tool_nodes

    def end(self, node: str) -> list[BaseEvent]:
        """TOOL_CALL_END for the calls `node` streamed, at its output."""
        self.tool_nodes.discard(node)
        self.model_messages.pop(node, None)
        calls = self.open.pop(node, {})
        return [
            ToolCallEndEvent(type=EventType.TOOL_CALL_END, tool_call_id=call_id)
            for call_id in calls.values()
        ]

    def _streamed(self, node: str, message: dict[str, Any]) -> list[BaseEvent]:
        events: list[BaseEvent] = []
        parent = str(message.get("id") or "")
        calls = self.open.setdefault(node, {})
        for piece in message.get("tool_call_chunks") or ():
            key = (parent, int(piece.get("index") or 0))
            call_id = calls.get(key)
            if call_id is None:
                call_id = calls[key] = str(piece.get("id") or self._new_id())
                events.append(
                    ToolCallStartEvent(
                        type=EventType.TOOL_CALL_START,
                        tool_call_id=call_id,
                        tool_call_name=str(piece.get("name") or ""),
                        parent_message_id=parent or None,
                    )
                )
            if piece.get("args"):
                events.append(
                    ToolCallArgsEvent(
                        type=EventType.TOOL_CALL_ARGS, tool_call_id=call_id, delta=piece["args"]
                    )
                )
        return events

    def _whole(self, message: dict[str, Any]) -> list[BaseEvent]:
        events: list[BaseEvent] = []
        parent = str(message.get("id") or "") or None
        for call in message.get("tool_calls") or ():
            call_id = str(call.get("id") or self._new_id())
            events += [
                ToolCallStartEvent(
                    type=EventType.TOOL_CALL_START,
                    tool_call_id=call_id,
                    tool_call_name=str(call.get("name") or ""),
                    parent_message_id=parent,
                ),
                ToolCallArgsEvent(
                    type=EventType.TOOL_CALL_ARGS,
                    tool_call_id=call_id,
                    delta=json.dumps(call.get("args") or {}, ensure_ascii=False),
                ),
                ToolCallEndEvent(type=EventType.TOOL_CALL_END, tool_call_id=call_id),
            ]
        return events

    def _result(self, message: dict[str, Any]) -> BaseEvent:
        content = message.get("content")
        if not isinstance(content, str):
            content = json.dumps(content, ensure_ascii=False)
        return ToolCallResultEvent(
            type=EventType.TOOL_CALL_RESULT,
            message_id=str(message.get("id") or self._new_id()),
            tool_call_id=str(message.get("tool_call_id") or ""),
            content=content,
            role="tool",
        )

    def _new_id(self) -> str:
        return f"{self.run_id}-t{next(self._ids)}"
