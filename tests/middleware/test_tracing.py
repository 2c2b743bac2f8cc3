"""Tracing makes a span per run and per node with OpenTelemetry, and nothing without it."""

from __future__ import annotations

import sys

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from middleware.errors import OrderingError
from middleware.pipeline import Pipeline, RunContext
from middleware.rate_limit import RateLimit, RateLimitConfig, RateLimited
from middleware.tracing import Tracing, TracingConfig
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    """Where the spans of a test go."""
    return InMemorySpanExporter()


@pytest.fixture
def tracing(exporter: InMemorySpanExporter) -> Tracing:
    """Tracing into the in-memory exporter (the global provider is left alone)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return Tracing(TracingConfig(tracer_provider=provider))


async def drain(pipeline: Pipeline, request: RunRequest) -> list[RunEvent]:
    """Every event of one run."""
    ctx = RunContext(request=request, user="alice", request_id="req-1")
    return [event async for event in pipeline(ctx)]


async def test_a_run_span_with_a_child_per_node(
    executor: GraphExecutor, tracing: Tracing, exporter: InMemorySpanExporter
) -> None:
    pipeline = Pipeline([tracing], lambda ctx: executor.stream(ctx.request))
    request = RunRequest(graph="chain", input={})
    await drain(pipeline, request)
    spans = {span.name: span for span in exporter.get_finished_spans()}
    run = spans["kpl.run chain"]
    assert run.attributes is not None
    assert run.attributes["kpl.run_id"] == request.run_id
    assert run.attributes["kpl.thread_id"] == request.thread_id
    assert run.attributes["kpl.request_id"] == "req-1"
    assert run.attributes["kpl.status"] == "success"
    nodes = [s for s in exporter.get_finished_spans() if s.name.startswith("kpl.node")]
    assert [s.name for s in nodes] == [f"kpl.node {n}" for n in "abcde"]
    for node in nodes:
        assert node.parent is not None and node.parent.span_id == run.context.span_id
        assert node.start_time is not None and node.end_time is not None
        assert run.start_time is not None and run.end_time is not None
        assert run.start_time <= node.start_time <= node.end_time <= run.end_time


async def test_errors_mark_the_run_span(
    executor: GraphExecutor, tracing: Tracing, exporter: InMemorySpanExporter
) -> None:
    pipeline = Pipeline(
        # Hour windows: two runs straddling a minute's edge both passed (CI, 03:22:56 UTC);
        # limits' sliding window floors the previous window's weighted count.
        [tracing, RateLimit(RateLimitConfig(limit="1/hour"))],
        lambda ctx: executor.stream(ctx.request),
    )
    await drain(pipeline, RunRequest(graph="failing", input={"how": "bug"}))
    with pytest.raises(RateLimited):
        await drain(pipeline, RunRequest(graph="failing", input={"how": "bug"}))
    failed, refused = exporter.get_finished_spans()[-2:]
    assert failed.status.status_code is StatusCode.ERROR
    assert failed.attributes is not None and failed.attributes["kpl.error_code"] == "internal"
    assert refused.status.status_code is StatusCode.ERROR
    assert [e.name for e in refused.events] == ["exception"]


def test_tracing_must_be_outermost(tracing: Tracing) -> None:
    with pytest.raises(OrderingError, match="tracing must be outermost"):
        Pipeline([RateLimit(), tracing], lambda ctx: None)  # type: ignore[arg-type,return-value]


async def test_without_opentelemetry_it_is_a_no_op(
    executor: GraphExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry in sys.modules makes `import opentelemetry` raise ImportError.
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    tracing = Tracing()
    assert not tracing.enabled
    pipeline = Pipeline([tracing], lambda ctx: executor.stream(ctx.request))
    events = await drain(pipeline, RunRequest(graph="chain", input={}))
    plain = [e async for e in executor.stream(RunRequest(graph="chain", input={}))]
    assert [e.event for e in events] == [e.event for e in plain]
    assert events[-1].data["output"] == plain[-1].data["output"]
