"""A graph for the multi-worker tests, importable by `KPL_GRAPHS` in a server process.

`holding`: `first` runs at once; `hold` waits until the file named by `release` exists (another
process creates it), so a test can kill a worker while the run is parked in `hold`, after the
checkpoint of `first`. `visits` records every node that ran, so a continuation that re-ran `first`
would show it.
"""

from __future__ import annotations

import asyncio
import operator
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
