"""A real executor over the sample graphs for the pipeline to wrap, and small recording middlewares.

The pipeline's handler in these tests is the real `GraphExecutor.stream` (memory and SQLite
checkpoints); the middlewares below only record what they see, so every assertion is about what
really flowed through the onion.
"""

from __future__ import annotations

import contextvars
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypedDict

import pytest
import structlog
from langgraph.graph import END, START, StateGraph

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from middleware.pipeline import Handler, Pipeline, RunContext
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, RegisteredGraph
from runtime.run_request import RunRequest
from runtime.stores.factory import open_checkpointer
from tests.runtime.conftest import sample_registry

REQUEST_TAG: contextvars.ContextVar[str] = contextvars.ContextVar("request_tag", default="")
"""Set by a test outside the pipeline; the `context` graph's node reports what it sees."""


class SeenState(TypedDict, total=False):
    """State of the graph that reports the context variables visible inside a node."""

    tag: str  # REQUEST_TAG as the node saw it
    bound: dict[str, Any]  # structlog's context variables as the node saw them


def context_graph() -> StateGraph[Any, Any, Any, Any]:
    """One node that writes the context variables it sees into the state."""

    def look(state: SeenState) -> dict[str, Any]:
        bound = structlog.contextvars.get_contextvars()
        return {"tag": REQUEST_TAG.get(), "bound": {k: str(v) for k, v in bound.items()}}

    graph = StateGraph(SeenState)
    graph.add_node("look", look)
    graph.add_edge(START, "look")
    graph.add_edge("look", END)
    return graph


def registry() -> GraphRegistry:
    """The runtime tests' sample graphs plus the context-reporting one."""
    found = sample_registry()
    found.add(
        RegisteredGraph(
            name="context",
            version="v1",
            description="reports context variables",
            source="import",
            build=context_graph,
            uses_flow_context=False,
        )
    )
    return found


@pytest.fixture(params=["memory", "sqlite"])
async def executor(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[GraphExecutor]:
    """A real executor over the sample graphs, on each checkpoint backend."""
    url = "memory://" if request.param == "memory" else f"sqlite:///{tmp_path}/kpl.db"
    empty = tmp_path / "no-content"
    empty.mkdir()
    async with open_checkpointer(url) as saver:
        yield GraphExecutor(registry(), saver, FlowContext(library=ContentLibrary.load(empty)))


def run_context(graph: str = "chain", *, user: str = "learner-1", **request: Any) -> RunContext:
    """A run of `graph` as the pipeline receives it."""
    if graph == "chain" and "input" not in request and "resume" not in request:
        request["input"] = {"count": 0}
    return RunContext(request=RunRequest(graph=graph, **request), user=user, request_id="req-1")


def executor_handler(executor: GraphExecutor, record: list[str] | None = None) -> Handler:
    """The executor's stream as the pipeline's handler, noting in `record` what it yields."""

    async def handler(ctx: RunContext) -> AsyncIterator[RunEvent]:
        if record is not None:
            record.append("handler:start")
        async for event in executor.stream(ctx.request):
            if record is not None:
                record.append(f"handler:{event.event}")
            yield event

    return handler


async def collect(pipeline: Pipeline, ctx: RunContext) -> list[RunEvent]:
    """Every event the pipeline yields for `ctx`."""
    return [event async for event in pipeline(ctx)]


class Tracing:
    """Records its pre phase, the exceptions it sees and its post phase, in onion order."""

    outermost = False

    def __init__(
        self,
        name: str,
        record: list[str],
        *,
        must_follow: tuple[str, ...] = (),
        outermost: bool = False,
    ) -> None:
        self.name = name
        self.record = record
        self.must_follow = must_follow
        self.outermost = outermost

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Pass every event on, noting what happens around them."""
        self.record.append(f"{self.name}:pre")
        try:
            async for event in call_next(ctx):
                yield event
        except Exception as exc:  # noted and re-raised: the test checks who saw what
            self.record.append(f"{self.name}:saw {type(exc).__name__}")
            raise
        finally:
            self.record.append(f"{self.name}:post")


def middleware_from(
    name: str, body: Callable[[RunContext, Handler], AsyncIterator[RunEvent]]
) -> Any:
    """A middleware named `name` whose `__call__` is the async generator function `body`."""

    class Inline:
        must_follow: tuple[str, ...] = ()
        outermost = False

        def __init__(self) -> None:
            self.name = name

        def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
            return body(ctx, call_next)

    return Inline()
