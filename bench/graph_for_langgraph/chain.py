"""The trivial five-node chain every benchmark runs, served by both `kpl serve` and `langgraph dev`.

`langgraph dev` runs in its own venv (bench/.venv-langgraph) without this project installed, so this
module needs nothing but langgraph: five nodes in a row, each adding one to `count` and its name to
`trail`. The tests' sample graphs import it too (tests/runtime/sample_graphs.py).
"""

from __future__ import annotations

import itertools
import operator
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph


class ChainState(TypedDict, total=False):
    """State of the five-node chain."""

    count: int  # incremented by every node
    trail: Annotated[list[str], operator.add]  # node names, in order


def _step(name: str) -> Any:
    def node(state: ChainState) -> dict[str, Any]:
        return {"count": state.get("count", 0) + 1, "trail": [name]}

    node.__name__ = name
    return node


def five_node_chain() -> StateGraph[Any, Any, Any, Any]:
    """Five trivial nodes in a row."""
    graph = StateGraph(ChainState)
    names = ["a", "b", "c", "d", "e"]
    for name in names:
        graph.add_node(name, _step(name))
    graph.add_edge(START, names[0])
    for left, right in itertools.pairwise(names):
        graph.add_edge(left, right)
    graph.add_edge(names[-1], END)
    return graph


graph = five_node_chain().compile()
"""What langgraph.json names: the compiled chain (the server adds its own checkpointer)."""
