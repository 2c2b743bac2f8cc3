"""The overall run deadline around real runs of the sample graphs."""

from __future__ import annotations

import asyncio
from types import MappingProxyType

import pytest

from middleware.deadline import Deadline, DeadlineConfig
from middleware.pipeline import Pipeline
from runtime.executor import GraphExecutor
from tests.middleware.conftest import collect, executor_handler, run_context


async def test_a_run_past_its_deadline_ends_with_one_timeout_error(
    executor: GraphExecutor,
) -> None:
    pipeline = Pipeline([Deadline(DeadlineConfig(seconds=0.3))], executor_handler(executor))
    ctx = run_context("slow", input={"delay": 30})

    events = await collect(pipeline, ctx)

    names = [event.event for event in events]
    # Everything sent before the deadline stays sent; one terminal event ends the run.
    assert names == ["started", "node_start", "node_output", "node_start", "error"]
    error = events[-1].data
    assert error["code"] == "timeout"
    assert error["retriable"] is True
    assert error["run_id"] == ctx.request.run_id
    assert "0.3 s deadline" in error["message"]
    # The inner stream was closed: the thread is free and kept the fast node's checkpoint.
    again = Pipeline([], executor_handler(executor))
    rerun = await collect(
        again, run_context("slow", thread_id=ctx.request.thread_id, input={"delay": 0})
    )
    assert rerun[-1].data["output"] == {"before": True, "after": True, "delay": 0}


async def test_a_run_within_its_deadline_passes_unchanged(executor: GraphExecutor) -> None:
    plain = await collect(Pipeline([], executor_handler(executor)), run_context())
    timed = await collect(
        Pipeline([Deadline(DeadlineConfig(seconds=30))], executor_handler(executor)), run_context()
    )
    assert [event.event for event in timed] == [event.event for event in plain]
    assert timed[-1].data["output"] == plain[-1].data["output"]


async def test_a_flow_override_replaces_the_default(executor: GraphExecutor) -> None:
    config = DeadlineConfig(seconds=0.2, per_flow=MappingProxyType({"slow": 30.0}))
    assert config.for_graph("slow") == 30.0
    assert config.for_graph("chain") == 0.2
    pipeline = Pipeline([Deadline(config)], executor_handler(executor))
    events = await collect(pipeline, run_context("slow", input={"delay": 0.4}))
    assert events[-1].event == "completed"
    assert events[-1].data["output"]["after"] is True


async def test_an_error_the_run_already_sent_is_not_doubled(executor: GraphExecutor) -> None:
    pipeline = Pipeline([Deadline(DeadlineConfig(seconds=30))], executor_handler(executor))
    events = await collect(pipeline, run_context("failing", input={"how": "bug"}))
    terminal = [event for event in events if event.event in ("completed", "error")]
    assert len(terminal) == 1
    assert terminal[0].data["code"] == "internal"


async def test_a_cancellation_from_outside_is_not_taken_for_the_deadline(
    executor: GraphExecutor,
) -> None:
    pipeline = Pipeline([Deadline(DeadlineConfig(seconds=30))], executor_handler(executor))
    ctx = run_context("slow", input={"delay": 30})
    received: list[str] = []
    slow_node_running = asyncio.Event()

    async def consume() -> None:
        async for event in pipeline(ctx):
            received.append(event.event)
            if received.count("node_start") == 2:
                slow_node_running.set()

    task = asyncio.create_task(consume())
    await slow_node_running.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert "error" not in received
    # The thread was released: it runs again straight away.
    again = await collect(
        Pipeline([], executor_handler(executor)),
        run_context("slow", thread_id=ctx.request.thread_id, input={"delay": 0}),
    )
    assert again[-1].event == "completed"


async def test_an_outer_timeout_still_works_around_the_deadline(executor: GraphExecutor) -> None:
    pipeline = Pipeline([Deadline(DeadlineConfig(seconds=30))], executor_handler(executor))
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):
            await collect(pipeline, run_context("slow", input={"delay": 30}))
