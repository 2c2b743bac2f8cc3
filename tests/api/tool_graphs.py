"""A tool-calling agent graph, importable by `KPL_GRAPHS` in a test server.

`tooling`: `agent` asks `ToolCallingChatModel` (a LangChain chat model that streams, as a provider
does, first one call of the `lookup_course` tool in pieces: id and name, then its arguments' JSON
in three parts; once the tool's answer is in the messages, a final reply in words); `tools` is
LangGraph's prebuilt `ToolNode`, which runs the tool and writes its ToolMessage; `tools_condition`
sends the agent's tool calls there and its final reply to the end. `tooling_whole`: the same with
the model's streaming disabled, so each of its replies reaches LangGraph as one message.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any, TypedDict

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    ToolCallChunk,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.tools import tool
from langgraph.graph import START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode, tools_condition

CALL_ID = "call_lookup_1"
CALL_ARGS = {"course": "前台接待", "level": 2}
ARGS_PIECES = ['{"course": "前台', '接待", "lev', 'el": 2}']
"""The arguments' JSON as the model streams it (joined, it is `CALL_ARGS`)."""
REPLY = ["前台接待", "二级课程", "共12课时。"]


@tool
def lookup_course(course: str, level: int) -> str:
    """How many lessons a course has at a level."""
    return f"{course} L{level}: 12 lessons"


class ToolCallingChatModel(BaseChatModel):
    """Calls `lookup_course` until a ToolMessage is among its messages, then replies `REPLY`."""

    @property
    def _llm_type(self) -> str:
        return "tool-calling-test-model"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        if _answered(messages):
            return ChatResult(generations=[ChatGeneration(message=AIMessage("".join(REPLY)))])
        call = {"id": CALL_ID, "name": "lookup_course", "args": CALL_ARGS}
        message = AIMessage(content="", tool_calls=[call])
        return ChatResult(generations=[ChatGeneration(message=message)])

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        if _answered(messages):
            for text in REPLY:
                yield ChatGenerationChunk(message=AIMessageChunk(content=text))
                await asyncio.sleep(0)
            return
        first = ToolCallChunk(name="lookup_course", args="", id=CALL_ID, index=0)
        yield ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=[first]))
        for piece in ARGS_PIECES:
            await asyncio.sleep(0)
            part = ToolCallChunk(name=None, args=piece, id=None, index=0)
            yield ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=[part]))


def _answered(messages: list[BaseMessage]) -> bool:
    return any(isinstance(message, ToolMessage) for message in messages)


class AgentState(TypedDict):
    """The agent's conversation."""

    messages: Annotated[list[BaseMessage], add_messages]


async def _agent(state: AgentState) -> dict[str, Any]:
    return {"messages": [await ToolCallingChatModel().ainvoke(state["messages"])]}


async def _agent_whole(state: AgentState) -> dict[str, Any]:
    model = ToolCallingChatModel(disable_streaming=True)
    return {"messages": [await model.ainvoke(state["messages"])]}


def tooling() -> StateGraph[Any, Any, Any, Any]:
    """`agent` calls `lookup_course` (streamed), `tools` runs it, `agent` answers."""
    return _graph(_agent)


def tooling_whole() -> StateGraph[Any, Any, Any, Any]:
    """As `tooling`, with a model that does not stream: each reply comes as one message."""
    return _graph(_agent_whole)


def _graph(agent: Any) -> StateGraph[Any, Any, Any, Any]:
    graph = StateGraph(AgentState)
    graph.add_node("agent", agent)
    graph.add_node("tools", ToolNode([lookup_course]))
    graph.add_edge(START, "agent")
    graph.add_conditional_edges("agent", tools_condition)
    graph.add_edge("tools", "agent")
    return graph
