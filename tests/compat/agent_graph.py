"""A chat agent as LangGraph users write them, importable by `KPL_GRAPHS` in a test server.

`MessagesState` (LangChain messages with `add_messages`), a chat model that streams its reply in
chunks (tests/api/token_graphs.py's `ChunkedChatModel`, which can wait at a gate the test opens),
and a human approval by `interrupt`: what Agent Chat UI and `useStream` clients drive. Its
checkpoints hold LangChain messages, which the strict serializer must allow
(runtime/stores/serde.py).
"""

from __future__ import annotations

from typing import Any, NotRequired

from langchain_core.messages import HumanMessage
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.types import interrupt

from tests.api.token_graphs import ChunkedChatModel


class AgentState(MessagesState):
    """The messages, and a gate the model may wait at."""

    gate: NotRequired[str]  # a gate in tests.api.token_graphs.GATES: the reply stops after two
    # chunks until the test opens it (the server runs in the test's process)


async def _reply(state: AgentState) -> dict[str, Any]:
    heard = str(state["messages"][-1].content)
    model = ChunkedChatModel(
        chunks=["您好，", "您说的是", f"「{heard}」", "吗？"], gate=state.get("gate"), pause_after=2
    )
    return {"messages": [await model.ainvoke(state["messages"])]}


def _approve(state: AgentState) -> dict[str, Any]:
    answer = interrupt({"question": "发送这条回复吗？", "draft": state["messages"][-1].content})
    return {"messages": [HumanMessage(content=f"审核：{answer}")]}


def agent() -> StateGraph[Any, Any, Any, Any]:
    """Replies with a streamed model message, then asks a human to approve it."""
    graph = StateGraph(AgentState)
    graph.add_node("reply", _reply)
    graph.add_node("approve", _approve)
    graph.add_edge(START, "reply")
    graph.add_edge("reply", "approve")
    graph.add_edge("approve", END)
    return graph
