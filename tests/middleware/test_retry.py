"""Retry of runs that failed retriably before any event, against a real executor."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator

import pytest

from middleware.pipeline import Handler, Pipeline, RunContext
from middleware.retry import RetryConfig, RetryingHandler
from runtime.errors import GraphNotFound, ThreadBusy
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest
from tests.middleware.conftest import collect, run_context

QUICK = RetryConfig(attempts=3, backoff_s=0.01, max_backoff_s=0.02)


def counted(executor: GraphExecutor, attempts: list[RunRequest]) -> Handler:
    """The executor's stream, noting each attempt."""

    async def handler(ctx: RunContext) -> AsyncIterator[RunEvent]:
        attempts.append(ctx.request)
        async for event in executor.stream(ctx.request):
            yield event

    return handler


async def hold_thread(executor: GraphExecutor, thread_id: str, release: asyncio.Event) -> None:
    """Hold the thread's lock, as another run would, until `release` is set."""
    async with executor.locks.hold(thread_id, wait=False):
        await release.wait()


async def test_a_busy_thread_is_retried_until_it_is_free(executor: GraphExecutor) -> None:
    ctx = run_context()
    release = asyncio.Event()
    holder = asyncio.create_task(hold_thread(executor, ctx.request.thread_id, release))
    await asyncio.sleep(0)  # let the holder take the lock
    attempts: list[RunRequest] = []

    async def frees_on_second_try(inner: RunContext) -> AsyncIterator[RunEvent]:
        if attempts:
            release.set()  # the other run ends just before the second try
            await holder
        async for event in counted(executor, attempts)(inner):
            yield event

    pipeline = Pipeline([], RetryingHandler(frees_on_second_try, QUICK, takes_request=False))
    events = await collect(pipeline, ctx)

    assert len(attempts) == 2
    names = [event.event for event in events]
    assert names.count("started") == 1
    assert names[-1] == "completed"
    assert events[-1].data["output"]["count"] == 5


async def test_retries_stop_after_the_configured_attempts(executor: GraphExecutor) -> None:
    ctx = run_context()
    release = asyncio.Event()
    holder = asyncio.create_task(hold_thread(executor, ctx.request.thread_id, release))
    await asyncio.sleep(0)
    attempts: list[RunRequest] = []
    pipeline = Pipeline(
        [], RetryingHandler(counted(executor, attempts), QUICK, takes_request=False)
    )
    try:
        with pytest.raises(ThreadBusy):
            await collect(pipeline, ctx)
    finally:
        release.set()
        await holder
    assert len(attempts) == 3


async def test_a_retriable_error_right_after_started_is_retried(executor: GraphExecutor) -> None:
    # A deadline already past when the graph starts: `started`, then a retriable timeout.
    # Node starts are held back too: on a thread with a checkpoint LangGraph may announce the
    # first task before the deadline cancels it.
    ctx = run_context("slow", input={"delay": 1}, timeout_s=1e-6)
    attempts: list[RunRequest] = []
    config = dataclasses.replace(QUICK, preamble=frozenset({"started", "node_start"}))
    pipeline = Pipeline(
        [], RetryingHandler(counted(executor, attempts), config, takes_request=False)
    )
    events = await collect(pipeline, ctx)
    assert len(attempts) == 3
    # Earlier tries' preambles were held back and dropped; the last try is passed on whole.
    names = [event.event for event in events]
    assert names[0] == "started"
    assert set(names[1:-1]) <= {"node_start"}
    assert names.count("started") == 1
    assert names[-1] == "error"
    assert events[-1].data["code"] == "timeout"


async def test_nothing_is_retried_once_an_event_went_out(executor: GraphExecutor) -> None:
    # The fast node's events go out, then the deadline passes in the slow node.
    ctx = run_context("slow", input={"delay": 5}, timeout_s=0.2)
    attempts: list[RunRequest] = []
    pipeline = Pipeline(
        [], RetryingHandler(counted(executor, attempts), QUICK, takes_request=False)
    )
    events = await collect(pipeline, ctx)
    assert len(attempts) == 1
    assert [event.event for event in events] == [
        "started",
        "node_start",
        "node_output",
        "node_start",
        "error",
    ]
    assert events[-1].data["retriable"] is True


async def test_failures_that_are_not_retriable_pass_through_at_once(
    executor: GraphExecutor,
) -> None:
    attempts: list[RunRequest] = []
    pipeline = Pipeline(
        [], RetryingHandler(counted(executor, attempts), QUICK, takes_request=False)
    )
    events = await collect(pipeline, run_context("failing", input={"how": "bad_input"}))
    assert events[-1].data["code"] == "invalid_request"
    with pytest.raises(GraphNotFound):
        await collect(pipeline, run_context("no-such-flow", input={}))
    assert len(attempts) == 2  # one try each


async def test_it_wraps_the_executor_stream_directly(executor: GraphExecutor) -> None:
    pipeline = Pipeline([], RetryingHandler(executor.stream, QUICK))
    events = await collect(pipeline, run_context("chat", input={}))
    assert [event.event for event in events][-2:] == ["interrupt", "completed"]
    assert events[-1].data["status"] == "interrupted"


def test_backoff_grows_up_to_its_cap() -> None:
    config = RetryConfig(backoff_s=0.1, backoff_factor=3.0, max_backoff_s=0.5)
    assert [config.pause(n) for n in (1, 2, 3)] == pytest.approx([0.1, 0.3, 0.5])


async def test_a_client_that_leaves_frees_the_thread_at_once(executor: GraphExecutor) -> None:
    ctx = run_context("slow", input={"delay": 30})
    stream = RetryingHandler(executor.stream, QUICK)(ctx)
    first = await anext(stream)
    await stream.aclose()  # type: ignore[attr-defined]
    assert first.event == "started"
    # Without waiting for garbage collection, the thread's lock is free again.
    again = RunRequest(graph="slow", thread_id=ctx.request.thread_id, input={"delay": 0})
    events = [event async for event in executor.stream(again)]
    assert events[-1].event == "completed"
