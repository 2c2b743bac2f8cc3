"""Prechecks (middleware/pipeline.py): layers that act only before the run are awaited in place,
in onion order, and keep no generator of theirs suspended while the run goes on; a layer that
passes a run is left out of it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from middleware.auth import Auth
from middleware.errors import PostPhaseError
from middleware.pipeline import Handler, Pipeline, RunContext
from middleware.rate_limit import RateLimit, RateLimitConfig
from middleware.result_cache import ResultCache, ResultCacheConfig
from middleware.validation import Validation
from runtime.errors import KplError
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from tests.middleware.conftest import (
    Tracing,
    collect,
    executor_handler,
    middleware_from,
    run_context,
)


class Check:
    """A precheck that records its call and the context it got, or refuses."""

    must_follow: tuple[str, ...] = ()
    outermost = False

    def __init__(self, name: str, record: list[str], *, refuse: bool = False) -> None:
        self.name = name
        self.record = record
        self.refuse = refuse

    async def before(self, ctx: RunContext) -> None:
        self.record.append(f"{self.name}:before {ctx.request_id}")
        if self.refuse:
            raise LookupError(f"{self.name} refused the run")

    def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        raise AssertionError("a precheck is awaited, never kept as a layer of its own")


def test_the_built_in_checks_are_prechecks() -> None:
    limiter = RateLimit(RateLimitConfig(limit="10/minute", storage_uri="memory://"))
    for layer in (Auth(), Validation(), limiter):
        assert callable(getattr(layer, "before", None)), layer.name


async def test_prechecks_run_in_onion_order_with_the_context_handed_in(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []

    async def retag(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        record.append("retag:pre")
        async for event in call_next(
            RunContext(request=ctx.request, user=ctx.user, request_id="req-2")
        ):
            yield event
        record.append("retag:post")

    pipeline = Pipeline(
        [
            Tracing("outer", record),
            Check("a", record),
            middleware_from("retag", retag),
            Check("b", record),
            Check("c", record),
        ],
        executor_handler(executor, record),
    )

    events = await collect(pipeline, run_context())

    assert record[:6] == [
        "outer:pre",
        "a:before req-1",
        "retag:pre",
        "b:before req-2",
        "c:before req-2",
        "handler:start",
    ]
    assert record[-2:] == ["retag:post", "outer:post"]
    assert events[-1].event == "completed"


async def test_a_precheck_refusal_reaches_every_outer_layer_as_itself(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []
    pipeline = Pipeline(
        [
            Tracing("outer", record),
            Check("a", record),
            Check("b", record, refuse=True),
            Tracing("inner", record),
        ],
        executor_handler(executor, record),
    )
    with pytest.raises(LookupError, match="b refused"):
        await collect(pipeline, run_context())
    assert record == [
        "outer:pre",
        "a:before req-1",
        "b:before req-1",
        "outer:saw LookupError",
        "outer:post",
    ]


@pytest.mark.parametrize("inner", [False, True], ids=["innermost", "before-a-layer"])
async def test_a_post_phase_error_never_hides_a_precheck_refusal(
    executor: GraphExecutor, inner: bool
) -> None:
    record: list[str] = []

    async def broken_cleanup(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        try:
            async for event in call_next(ctx):
                yield event
        finally:
            raise RuntimeError("could not release the span")

    layers = [middleware_from("span", broken_cleanup), Check("quota", record, refuse=True)]
    if inner:
        layers.append(Tracing("inner", record))
    pipeline = Pipeline(layers, executor_handler(executor, record))

    with pytest.raises(PostPhaseError) as raised:
        await collect(pipeline, run_context())

    assert isinstance(raised.value.__cause__, LookupError)
    assert record == ["quota:before req-1"]


async def test_auth_as_a_precheck_refuses_a_run_without_a_user(executor: GraphExecutor) -> None:
    record: list[str] = []
    pipeline = Pipeline([Tracing("outer", record), Auth()], executor_handler(executor, record))
    with pytest.raises(KplError) as raised:
        await collect(pipeline, run_context(user=""))
    assert raised.value.code == "unauthorized"
    assert record == ["outer:pre", "outer:saw Unauthorized", "outer:post"]


class Passing(Tracing):
    """Takes part only in runs of the `chain` graph."""

    def passes(self, ctx: RunContext) -> bool:
        return ctx.graph != "chain"


async def test_a_layer_that_passes_a_run_is_left_out_of_it(executor: GraphExecutor) -> None:
    record: list[str] = []
    pipeline = Pipeline(
        [Tracing("outer", record), Passing("cache", record), Check("a", record)],
        executor_handler(executor),
    )

    await collect(pipeline, run_context("chain"))
    assert record == ["outer:pre", "cache:pre", "a:before req-1", "cache:post", "outer:post"]

    record.clear()
    events = await collect(pipeline, run_context("slow", input={"delay": 0}))
    assert record == ["outer:pre", "a:before req-1", "outer:post"]
    assert events[-1].event == "completed"


async def test_the_result_cache_passes_runs_it_does_not_cache() -> None:
    cache = ResultCache(ResultCacheConfig(graphs=("exam_generation",)))
    assert cache.passes(run_context("chain"))
    assert cache.passes(run_context("exam_generation", resume="yes"))
    assert not cache.passes(run_context("exam_generation", input={"material": "x"}))
