"""The rate limiter really limits: N runs pass, the next is refused with a sane Retry-After."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from middleware.pipeline import Pipeline, RunContext
from middleware.rate_limit import RateLimit, RateLimitConfig, RateLimited
from runtime.errors import ConfigError
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest


async def run(pipeline: Pipeline, graph: str, user: str) -> list[str]:
    """The event names of one run through the pipeline."""
    ctx = RunContext(request=RunRequest(graph=graph, input={}), user=user, request_id="r")
    return [event.event async for event in pipeline(ctx)]


async def test_the_limiter_allows_n_runs_and_refuses_the_next(executor: GraphExecutor) -> None:
    pipeline = Pipeline(
        [RateLimit(RateLimitConfig(limit="3/hour"))], lambda ctx: executor.stream(ctx.request)
    )
    for _ in range(3):
        events = await run(pipeline, "chain", "alice")
        assert events[0] == "started" and events[-1] == "completed"
    with pytest.raises(RateLimited) as refused:
        await run(pipeline, "chain", "alice")
    assert refused.value.code == "rate_limited"
    retry_after = refused.value.details["retry_after"]
    assert isinstance(retry_after, int) and 1 <= retry_after <= 3600
    assert "3 per 1 hour" in refused.value.message
    # Another user has a budget of their own.
    assert (await run(pipeline, "chain", "bob"))[-1] == "completed"


async def test_a_flow_override_and_a_cost_weight(executor: GraphExecutor) -> None:
    # Hour windows: the sliding window counter weights the previous window and rounds down, so a
    # pair of runs that straddles a window's edge can both pass (limits' approximation); with
    # minute windows that happened to one CI run in sixty, with hours it needs the test to run
    # across hh:59:59.
    config = RateLimitConfig(
        limit="10/hour",
        per_flow=MappingProxyType({"slow": "1/hour"}),
        costs=MappingProxyType({"chat": 4}),
    )
    pipeline = Pipeline([RateLimit(config)], lambda ctx: executor.stream(ctx.request))
    # slow has its own bucket of one run.
    assert (await run(pipeline, "slow", "alice"))[-1] == "completed"
    with pytest.raises(RateLimited):
        await run(pipeline, "slow", "alice")
    # chat costs 4 of the default 10: two runs (8) pass, a third (12) does not...
    for _ in range(2):
        assert (await run(pipeline, "chat", "alice"))[-1] == "completed"
    with pytest.raises(RateLimited) as refused:
        await run(pipeline, "chat", "alice")
    assert refused.value.details["cost"] == 4
    # ...but a cost-1 run still fits in the 2 left.
    assert (await run(pipeline, "chain", "alice"))[-1] == "completed"


def test_a_bad_limit_is_named() -> None:
    with pytest.raises(ConfigError, match="KPL_RATE_LIMIT='lots'"):
        RateLimit(RateLimitConfig(limit="lots"))
