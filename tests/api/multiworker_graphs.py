"""Graphs for the multi-worker tests, importable by `KPL_GRAPHS` in a server process.

`holding`: `first` runs at once; `hold` waits until the file named by `release` exists (another
process creates it), so a test can kill a worker while the run is parked in `hold`, after the
checkpoint of `first`. `visits` records every node that ran, so a continuation that re-ran `first`
would show it.

`busy_on_a_thread` / `busy_on_the_loop`: one node does `seconds` of pure-Python CPU work, as the
offline engine's heavy nodes do; the first as a plain function, which LangGraph runs on a thread
(the loop stays free but for the GIL), the second as a coroutine that never awaits (the loop is
blocked throughout, as engine work was before graphs/engine.py).
"""

from __future__ import annotations

import asyncio
import operator
import time
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph


class HoldState(TypedDict, total=False):
    """State of the holding graph."""

    visits: Annotated[list[str], operator.add]  # the nodes that ran, in order
    release: str  # a file path: `hold` finishes once it exists


async def _first(state: HoldState) -> dict[str, Any]:
    return {"visits": ["first"]}


async def _hold(state: HoldState) -> dict[str, Any]:
    release = Path(state["release"])
    # The test creates the file from another process: nothing here could signal it, so poll.
    while not await asyncio.to_thread(release.exists):  # noqa: ASYNC110
        await asyncio.sleep(0.05)
    return {"visits": ["hold"]}


def holding() -> StateGraph[Any, Any, Any, Any]:
    """`first`, then `hold` until the release file exists."""
    graph = StateGraph(HoldState)
    graph.add_node("first", _first)
    graph.add_node("hold", _hold)
    graph.add_edge(START, "first")
    graph.add_edge("first", "hold")
    graph.add_edge("hold", END)
    return graph


class BusyState(TypedDict, total=False):
    """State of the busy graphs."""

    seconds: float  # how long the node works
    worked_s: float  # how long it worked


def _work(seconds: float) -> float:
    """Pure-Python CPU work for `seconds` (it holds the GIL but at switch intervals)."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        sum(i * i for i in range(10_000))
    return time.monotonic() - started


def _busy_on_a_thread(state: BusyState) -> dict[str, Any]:
    return {"worked_s": _work(state["seconds"])}


async def _busy_on_the_loop(state: BusyState) -> dict[str, Any]:
    return {"worked_s": _work(state["seconds"])}


def busy_on_a_thread() -> StateGraph[Any, Any, Any, Any]:
    """One node working `seconds` on a thread."""
    graph = StateGraph(BusyState)
    graph.add_node("work", _busy_on_a_thread)
    graph.add_edge(START, "work")
    graph.add_edge("work", END)
    return graph


def busy_on_the_loop() -> StateGraph[Any, Any, Any, Any]:
    """One node working `seconds` on the event loop."""
    graph = StateGraph(BusyState)
    graph.add_node("work", _busy_on_the_loop)
    graph.add_edge(START, "work")
    graph.add_edge("work", END)
    return graph
