"""An executor over the sample graphs, on each checkpoint backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from runtime.checkpoints import open_checkpointer
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, RegisteredGraph
from tests.runtime import sample_graphs

SAMPLES = {
    "chain": sample_graphs.five_node_chain,
    "chat": sample_graphs.interrupting,
    "slow": sample_graphs.slow,
    "failing": sample_graphs.failing,
    "nested": sample_graphs.with_subgraph,
}


def sample_registry() -> GraphRegistry:
    """A registry of the sample graphs, as developers' graphs (no flow context)."""
    registry = GraphRegistry()
    for name, build in SAMPLES.items():
        registry.add(
            RegisteredGraph(
                name=name,
                version="v1",
                description=name,
                source="import",
                build=build,
                uses_flow_context=False,
            )
        )
    return registry


@pytest.fixture(params=["memory", "sqlite"])
def checkpoint_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each backend's URL: every executor test runs on both."""
    return "memory://" if request.param == "memory" else f"sqlite:///{tmp_path}/kpl.db"


@pytest.fixture
async def executor(checkpoint_url: str, tmp_path: Path) -> AsyncIterator[GraphExecutor]:
    """An executor over the sample graphs (which read no authored content)."""
    empty = tmp_path / "no-content"
    empty.mkdir()
    async with open_checkpointer(checkpoint_url) as saver:
        yield GraphExecutor(
            sample_registry(), saver, FlowContext(library=ContentLibrary.load(empty))
        )
