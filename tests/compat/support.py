"""What the LangGraph API's compatibility tests share: the graphs their servers serve, their
ports, and small helpers over the official SDK."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from langgraph_sdk.client import LangGraphClient

from tests.api.conftest import SAMPLE_GRAPHS

GRAPHS = {
    **SAMPLE_GRAPHS,
    "tokens": "tests.api.token_graphs:streaming",
    "agent": "tests.compat.agent_graph:agent",
    "nested": "tests.runtime.sample_graphs:with_subgraph",
}
"""`KPL_GRAPHS` of every test server here: the sample graphs, a model that streams tokens, a
chat agent of LangChain messages, a graph with a subgraph."""
PORTS = (18300, 18349)
"""The ports these tests' servers take."""


async def parts_of(stream: AsyncIterator[Any]) -> list[Any]:
    """Every part of an SDK stream."""
    return [part async for part in stream]


async def until_state(sdk: LangGraphClient, thread_id: str, check: Any) -> None:
    """Return once the thread's state passes `check` (a run in another task wrote it)."""
    while not check(await sdk.threads.get_state(thread_id)):  # noqa: ASYNC110 (server state)
        await asyncio.sleep(0.02)
