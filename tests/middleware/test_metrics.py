"""After real runs, the Prometheus text holds every series with the right labels and counts."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from middleware.metrics import Metrics, MetricsConfig, metrics_text
from middleware.pipeline import Handler, Pipeline, RunContext
from middleware.rate_limit import RateLimit, RateLimitConfig, RateLimited
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest


class Router:
    """Emits a `route` event after `started`, as the chat endpoint's router does."""

    name = "router"
    must_follow: tuple[str, ...] = ()
    outermost = False

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Pass the events through, announcing the route after the first."""
        async for event in call_next(ctx):
            yield event
            if event.event == "started":
                yield RunEvent("route", {"run_id": event.data["run_id"], "source": "rule"})


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one series in Prometheus text, labels in any order."""
    for line in text.splitlines():
        match = re.fullmatch(rf"{name}\{{(.*)\}} (\S+)", line)
        if match and dict(re.findall(r'(\w+)="([^"]*)"', match.group(1))) == labels:
            return float(match.group(2))
    raise AssertionError(f"no series {name}{labels} in:\n{text}")


async def drain(pipeline: Pipeline, request: RunRequest) -> list[RunEvent]:
    """Every event of one run."""
    ctx = RunContext(request=request, user="alice", request_id="r")
    return [event async for event in pipeline(ctx)]


async def test_real_runs_show_up_in_the_exposition(executor: GraphExecutor) -> None:
    registry = CollectorRegistry()
    pipeline = Pipeline(
        [
            Metrics(MetricsConfig(registry=registry)),
            # Hour windows: limits' sliding window floors the previous window's weighted count, so
            # runs straddling a minute's edge could all pass (the same as in test_rate_limit).
            RateLimit(RateLimitConfig(limit="5/hour")),
            Router(),
        ],
        lambda ctx: executor.stream(ctx.request),
    )
    for _ in range(2):
        await drain(pipeline, RunRequest(graph="chain", input={}))
    await drain(pipeline, RunRequest(graph="chat", input={}))
    await drain(pipeline, RunRequest(graph="failing", input={"how": "bad_input"}))
    await drain(pipeline, RunRequest(graph="slow", input={"delay": 0.01}, timeout_s=0.001))
    with pytest.raises(RateLimited):
        await drain(pipeline, RunRequest(graph="chain", input={}))

    text = generate_latest(registry).decode()
    assert sample(text, "kpl_runs_total", graph="chain", status="success") == 2
    assert sample(text, "kpl_runs_total", graph="chain", status="rejected") == 1
    assert sample(text, "kpl_runs_total", graph="chat", status="interrupted") == 1
    assert sample(text, "kpl_runs_total", graph="failing", status="error") == 1
    assert sample(text, "kpl_runs_total", graph="slow", status="timeout") == 1
    assert sample(text, "kpl_run_duration_seconds_count", graph="chain") == 3
    for node in "abcde":
        assert sample(text, "kpl_node_duration_seconds_count", graph="chain", node=node) == 2
    assert sample(text, "kpl_node_duration_seconds_count", graph="chat", node="worker") == 3
    assert sample(text, "kpl_tokens_total", graph="chat") == 3
    assert sample(text, "kpl_route_source_total", source="rule") == 5
    assert sample(text, "kpl_errors_total", graph="failing", code="invalid_request") == 1
    assert sample(text, "kpl_errors_total", graph="slow", code="timeout") == 1
    assert sample(text, "kpl_errors_total", graph="chain", code="rate_limited") == 1


async def test_the_default_registry_is_what_metrics_serves(executor: GraphExecutor) -> None:
    pipeline = Pipeline([Metrics()], lambda ctx: executor.stream(ctx.request))
    before_body, _ = metrics_text()
    before = _count(before_body.decode())
    await drain(pipeline, RunRequest(graph="chain", input={}))
    body, content_type = metrics_text()
    assert content_type.startswith("text/plain")
    assert _count(body.decode()) == before + 1
    # A second middleware on the same registry reuses the metrics instead of clashing.
    assert Metrics().metrics is pipeline.middlewares[0].metrics  # type: ignore[attr-defined]


def _count(text: str) -> float:
    try:
        return sample(text, "kpl_runs_total", graph="chain", status="success")
    except AssertionError:
        return 0.0
