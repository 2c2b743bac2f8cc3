"""Small graphs that exercise every kind of run event; also importable by `KPL_GRAPHS` tests.

The five-node chain is the benchmarks' graph (bench/graph_for_langgraph/chain.py), so the executor
benchmark, the HTTP benchmark against `langgraph dev` and these tests run the very same code.
"""

from __future__ import annotations

import asyncio
import operator
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send, interrupt

from bench.graph_for_langgraph.chain import ChainState, five_node_chain
from graphs.errors import InvalidInput
from graphs.streaming import report_progress, stream_token


class ChatState(TypedDict, total=False):
    """State of the interrupting graph."""

    greeting: str  # written before the pause
    reply: str  # the learner's answer
    items: Annotated[list[int], operator.add]  # written by parallel workers


def _greet(state: ChatState) -> dict[str, Any]:
    report_progress(50, "greeting")
    for part in ("你好", "，", "learner"):
        stream_token(part)
    return {"greeting": "你好，learner"}


def _fan_out(state: ChatState) -> list[Send]:
    return [Send("worker", {"items": [i]}) for i in range(3)]


def _worker(state: ChatState) -> dict[str, Any]:
    return {"items": [state["items"][0] * 10]}


def _ask(state: ChatState) -> dict[str, Any]:
    answer = interrupt({"kind": "learner_reply", "prompt": state["greeting"]})
    return {"reply": answer}


def interrupting() -> StateGraph[Any, Any, Any, Any]:
    """Greets (progress + tokens), fans out to three workers, then asks the learner."""
    graph = StateGraph(ChatState)
    graph.add_node("greet", _greet)
    graph.add_node("worker", _worker)
    graph.add_node("ask", _ask)
    graph.add_edge(START, "greet")
    graph.add_conditional_edges("greet", _fan_out, ["worker"])
    graph.add_edge("worker", "ask")
    graph.add_edge("ask", END)
    return graph


class SlowState(TypedDict, total=False):
    """State of the slow graph."""

    before: bool  # written by the fast first node
    after: bool  # written by the slow node
    delay: float  # how long the slow node sleeps


def slow() -> StateGraph[Any, Any, Any, Any]:
    """A fast node, then one that sleeps `delay` seconds."""

    async def fast(state: SlowState) -> dict[str, Any]:
        return {"before": True}

    async def sleepy(state: SlowState) -> dict[str, Any]:
        await asyncio.sleep(state.get("delay", 0.05))
        return {"after": True}

    graph = StateGraph(SlowState)
    graph.add_node("fast", fast)
    graph.add_node("sleepy", sleepy)
    graph.add_edge(START, "fast")
    graph.add_edge("fast", "sleepy")
    graph.add_edge("sleepy", END)
    return graph


class FailState(TypedDict, total=False):
    """State of the failing graph."""

    how: str  # "bad_input" or "bug"


def failing() -> StateGraph[Any, Any, Any, Any]:
    """Fails the way its input says: a flow's clear input error, or a bug."""

    def fail(state: FailState) -> dict[str, Any]:
        if state.get("how") == "bad_input":
            raise InvalidInput("material is empty: paste the course text or name a course id")
        raise ZeroDivisionError("secret internals")

    graph = StateGraph(FailState)
    graph.add_node("fail", fail)
    graph.add_edge(START, "fail")
    graph.add_edge("fail", END)
    return graph


def with_subgraph() -> StateGraph[Any, Any, Any, Any]:
    """A parent whose one node is the five-node chain compiled as a subgraph."""
    graph = StateGraph(ChainState)
    graph.add_node("inner", five_node_chain().compile())
    graph.add_edge(START, "inner")
    graph.add_edge("inner", END)
    return graph


chain_builder = five_node_chain()
"""An uncompiled graph object, as `KPL_GRAPHS=name=module:attr` may name one."""

__all__ = ["ChainState", "five_node_chain"]
