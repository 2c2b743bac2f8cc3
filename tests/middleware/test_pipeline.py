"""Every line of the pipeline's contract (middleware/pipeline.py), around a real executor."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest
import structlog

from middleware.auth import Auth
from middleware.errors import CallNextTwice, OrderingError, PostPhaseError
from middleware.pipeline import Handler, Pipeline, RunContext, check_order
from middleware.request_log import RequestLog
from runtime.errors import GraphNotFound, KplError
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from tests.middleware.conftest import (
    REQUEST_TAG,
    Tracing,
    collect,
    executor_handler,
    middleware_from,
    run_context,
)

CHAIN_NODES = ["a", "b", "c", "d", "e"]


async def test_pre_phases_run_outer_to_inner_and_post_phases_inner_to_outer(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []
    layers = [Tracing(name, record) for name in ("outer", "middle", "inner")]
    pipeline = Pipeline(layers, executor_handler(executor, record))

    events = await collect(pipeline, run_context())

    assert pipeline.names == ["outer", "middle", "inner"]
    assert record[:4] == ["outer:pre", "middle:pre", "inner:pre", "handler:start"]
    assert record[-3:] == ["inner:post", "middle:post", "outer:post"]
    handled = [entry.removeprefix("handler:") for entry in record[4:-3]]
    assert handled == [event.event for event in events]
    assert [e.data["node"] for e in events if e.event == "node_output"] == CHAIN_NODES
    assert events[-1].event == "completed"
    assert events[-1].data["output"]["count"] == 5


async def test_a_short_circuit_skips_the_inner_layers_but_outer_post_phases_run(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []

    async def answer_from_cache(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        record.append("cache:hit")
        yield RunEvent(
            "completed",
            {"run_id": ctx.request.run_id, "status": "success", "output": {"count": 5}},
        )

    pipeline = Pipeline(
        [
            Tracing("outer", record),
            middleware_from("cache", answer_from_cache),
            Tracing("inner", record),
        ],
        executor_handler(executor, record),
    )
    ctx = run_context()

    events = await collect(pipeline, ctx)

    assert record == ["outer:pre", "cache:hit", "outer:post"]
    assert [event.event for event in events] == ["completed"]
    # The graph never ran: its thread has no checkpoint.
    assert await executor.thread_graph(ctx.request.thread_id) is None


async def test_a_refusal_raised_before_any_event_reaches_every_outer_layer(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []
    pipeline = Pipeline(
        [Tracing("outer", record), Auth(), Tracing("inner", record)],
        executor_handler(executor, record),
    )
    with pytest.raises(KplError) as raised:
        await collect(pipeline, run_context(user=""))
    assert raised.value.code == "unauthorized"
    assert record == ["outer:pre", "outer:saw Unauthorized", "outer:post"]


async def test_an_exception_in_the_handler_is_seen_by_every_outer_middleware(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []
    layers = [Tracing(name, record) for name in ("outer", "inner")]
    pipeline = Pipeline(layers, executor_handler(executor, record))

    with pytest.raises(GraphNotFound, match="no-such-flow"):
        await collect(pipeline, run_context("no-such-flow", input={}))

    assert record == [
        "outer:pre",
        "inner:pre",
        "handler:start",
        "inner:saw GraphNotFound",
        "inner:post",
        "outer:saw GraphNotFound",
        "outer:post",
    ]


async def test_an_exception_mid_stream_keeps_the_events_already_sent(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []

    async def breaks_after_two(ctx: RunContext) -> AsyncIterator[RunEvent]:
        count = 0
        # aclosing: leaving the loop by an exception must release the thread lock now.
        async with aclosing(executor.stream(ctx.request)) as events:
            async for event in events:
                yield event
                count += 1
                if count == 2:
                    raise ConnectionResetError("the broker went away")

    pipeline = Pipeline([Tracing("outer", record)], breaks_after_two)
    received: list[RunEvent] = []
    ctx = run_context()
    with pytest.raises(ConnectionResetError):
        async for event in pipeline(ctx):
            received.append(event)

    assert [event.event for event in received] == ["started", "node_start"]
    assert record == ["outer:pre", "outer:saw ConnectionResetError", "outer:post"]
    # Closing the executor's stream released the thread: the same thread runs again at once.
    again = await collect(Pipeline([], executor_handler(executor)), ctx)
    assert again[-1].event == "completed"


async def test_an_exception_in_a_pre_phase_stops_the_run_before_the_handler(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []

    async def broken_pre(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        raise LookupError("no quota table for this tenant")
        yield  # pragma: no cover - makes this an async generator

    pipeline = Pipeline(
        [Tracing("outer", record), middleware_from("quota", broken_pre), Tracing("inner", record)],
        executor_handler(executor, record),
    )
    with pytest.raises(LookupError, match="quota table"):
        await collect(pipeline, run_context())
    assert record == ["outer:pre", "outer:saw LookupError", "outer:post"]


async def test_a_post_phase_error_alone_propagates_as_itself(executor: GraphExecutor) -> None:
    record: list[str] = []

    async def broken_post(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        async for event in call_next(ctx):
            yield event
        raise RuntimeError("could not write the audit row")

    pipeline = Pipeline(
        [Tracing("outer", record), middleware_from("audit", broken_post)],
        executor_handler(executor),
    )
    received: list[RunEvent] = []
    with pytest.raises(RuntimeError, match="audit row") as raised:
        async for event in pipeline(run_context()):
            received.append(event)
    assert not isinstance(raised.value, PostPhaseError)
    assert received[-1].event == "completed"
    assert record == ["outer:pre", "outer:saw RuntimeError", "outer:post"]


async def test_a_post_phase_error_never_hides_the_original_one(executor: GraphExecutor) -> None:
    record: list[str] = []

    async def broken_cleanup(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        try:
            async for event in call_next(ctx):
                yield event
        finally:
            raise RuntimeError("could not release the span")

    pipeline = Pipeline(
        [Tracing("outer", record), middleware_from("span", broken_cleanup)],
        executor_handler(executor),
    )
    with pytest.raises(PostPhaseError) as raised:
        await collect(pipeline, run_context("no-such-flow", input={}))

    assert "span" in str(raised.value)
    assert "could not release the span" in str(raised.value)
    assert isinstance(raised.value.__cause__, GraphNotFound)
    assert record == ["outer:pre", "outer:saw PostPhaseError", "outer:post"]


async def test_calling_next_twice_is_an_error_naming_the_middleware(
    executor: GraphExecutor,
) -> None:
    record: list[str] = []

    async def retries_badly(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        async for event in call_next(ctx):
            yield event
        async for event in call_next(ctx):
            yield event

    pipeline = Pipeline(
        [middleware_from("again", retries_badly)], executor_handler(executor, record)
    )
    received: list[RunEvent] = []
    with pytest.raises(CallNextTwice, match="again called call_next twice"):
        async for event in pipeline(run_context()):
            received.append(event)
    # The first call ran the graph once; the second never reached the handler.
    assert record.count("handler:start") == 1
    assert [event.event for event in received].count("completed") == 1


async def test_context_variables_set_outside_are_visible_inside(executor: GraphExecutor) -> None:
    seen: dict[str, object] = {}

    async def look(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        seen["middleware"] = REQUEST_TAG.get()
        seen["bound"] = dict(structlog.contextvars.get_contextvars())
        async for event in call_next(ctx):
            yield event

    pipeline = Pipeline([RequestLog(), middleware_from("look", look)], executor_handler(executor))
    ctx = run_context("context", input={}, user="learner-7")
    tag = REQUEST_TAG.set("tag-from-the-api")
    try:
        with structlog.contextvars.bound_contextvars(tenant="store-12"):
            events = await collect(pipeline, ctx)
    finally:
        REQUEST_TAG.reset(tag)

    assert seen["middleware"] == "tag-from-the-api"
    output = events[-1].data["output"]
    assert output["tag"] == "tag-from-the-api"  # inside the graph's node, too
    for where in (seen["bound"], output["bound"]):
        assert isinstance(where, dict)
        assert where["tenant"] == "store-12"
        assert where["request_id"] == "req-1"
        assert where["user"] == "learner-7"
        assert where["thread_id"] == ctx.request.thread_id
        assert where["run_id"] == ctx.request.run_id
    # Bindings made for the run end with it.
    assert "run_id" not in structlog.contextvars.get_contextvars()


async def test_a_middleware_transforms_the_stream_in_flight(executor: GraphExecutor) -> None:
    record: list[str] = []

    async def shout(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        async for event in call_next(ctx):
            if event.event == "node_start":
                continue  # dropped
            if event.event == "token":
                event = dataclasses.replace(
                    event, data={**event.data, "text": "<" + event.data["text"] + ">"}
                )
            yield event
            if event.event == "started":
                yield RunEvent(
                    "progress", {"run_id": ctx.request.run_id, "progress": 0, "message": "queued"}
                )

    async def watch(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        async for event in call_next(ctx):
            record.append(f"outer:{event.event}")
            yield event

    pipeline = Pipeline(
        [middleware_from("watch", watch), middleware_from("shout", shout)],
        executor_handler(executor, record),
    )
    events = await collect(pipeline, run_context("chat", input={}))

    names = [event.event for event in events]
    assert "node_start" not in names
    assert names[:2] == ["started", "progress"]
    assert events[1].data["message"] == "queued"
    assert [e.data["text"] for e in events if e.event == "token"] == ["<你好>", "<，>", "<learner>"]
    assert names[-2:] == ["interrupt", "completed"]
    # In flight: the outer layer had the first event before the handler produced the second.
    assert record.index("outer:started") < record.index("handler:node_start")


async def test_a_consumer_that_stops_early_runs_every_post_phase(executor: GraphExecutor) -> None:
    record: list[str] = []
    pipeline = Pipeline(
        [Tracing("outer", record), Tracing("inner", record)], executor_handler(executor)
    )
    stream = pipeline(run_context("slow", input={"delay": 5}))
    first = await anext(stream)
    await stream.aclose()  # type: ignore[attr-defined]
    assert first.event == "started"
    # Inner first: the client leaving is a post phase like any other.
    assert record == ["outer:pre", "inner:pre", "inner:post", "outer:post"], record


def test_a_must_follow_constraint_is_checked_when_built_naming_both() -> None:
    record: list[str] = []
    auth = Tracing("auth", record)
    limiter = Tracing("rate_limit", record, must_follow=("auth",))

    async def handler(ctx: RunContext) -> AsyncIterator[RunEvent]:
        yield RunEvent("completed", {"run_id": ctx.request.run_id})

    with pytest.raises(OrderingError, match="auth must come before rate_limit"):
        Pipeline([limiter, auth], handler)
    Pipeline([auth, limiter], handler)  # the right order builds
    Pipeline([limiter], handler)  # a constraint on an absent middleware does not apply
    assert record == []


def test_outermost_must_be_first_and_the_error_names_both() -> None:
    record: list[str] = []
    tracing = Tracing("tracing", record, outermost=True)
    log = Tracing("request_log", record)
    with pytest.raises(OrderingError) as raised:
        check_order([log, tracing])
    assert "tracing must be outermost" in str(raised.value)
    assert "request_log wraps it" in str(raised.value)
    check_order([tracing, log])


def test_a_name_configured_twice_is_refused() -> None:
    record: list[str] = []
    with pytest.raises(OrderingError, match="configured twice: auth"):
        check_order([Tracing("auth", record), Tracing("auth", record)])


def test_the_built_ins_declare_their_order() -> None:
    with pytest.raises(OrderingError, match="request_log must come before auth"):
        check_order([Auth(), RequestLog()])
    check_order([RequestLog(), Auth()])


async def test_pipelines_run_concurrently_without_sharing_state(executor: GraphExecutor) -> None:
    pipeline = Pipeline([RequestLog(), Auth()], executor_handler(executor))
    contexts = [run_context(user=f"learner-{i}") for i in range(4)]
    results = await asyncio.gather(*(collect(pipeline, ctx) for ctx in contexts))
    for ctx, events in zip(contexts, results, strict=True):
        assert {event.data["run_id"] for event in events} == {ctx.request.run_id}
        assert ctx.attributes["principal"].user == ctx.user
