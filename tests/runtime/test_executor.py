"""The cached executor: compile cache, events, interrupts, locks, timeouts, batch, failures."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest

from runtime.errors import GraphNotFound, RunTimeout, ThreadBusy
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest, RunResult


async def collect(executor: GraphExecutor, request: RunRequest) -> list[RunEvent]:
    return [event async for event in executor.stream(request)]


def names(events: list[RunEvent]) -> list[str]:
    return [event.event for event in events]


async def test_compiles_once_per_version_and_invalidates(executor: GraphExecutor) -> None:
    first = executor.compiled("chain")
    assert executor.compiled("chain") is first
    executor.registry.replace(replace(executor.registry.get("chain"), version="v2"))
    second = executor.compiled("chain")
    assert second is not first
    assert executor.compiled("chain") is second
    assert executor.invalidate("chain") == 1
    assert executor.compiled("chain") is not second


async def test_chain_events_in_order_with_steps_and_changed_keys(executor: GraphExecutor) -> None:
    events = await collect(executor, RunRequest(graph="chain", input={"count": 0}))
    assert names(events) == ["started"] + ["node_start", "node_output"] * 5 + ["completed"]
    run_ids = {event.data["run_id"] for event in events}
    assert len(run_ids) == 1
    outputs = [e for e in events if e.event == "node_output"]
    assert [e.data["node"] for e in outputs] == ["a", "b", "c", "d", "e"]
    assert [e.data["step"] for e in outputs] == [1, 2, 3, 4, 5]
    assert outputs[2].data["output"] == {"count": 3, "trail": ["c"]}
    assert events[0].data["resumed"] is False
    done = events[-1].data
    assert done["status"] == "success"
    assert done["output"]["trail"] == ["a", "b", "c", "d", "e"]


async def test_interrupt_then_resume_on_the_same_thread(executor: GraphExecutor) -> None:
    request = RunRequest(graph="chat", input={})
    events = await collect(executor, request)
    assert "progress" in names(events)
    tokens = [e.data["text"] for e in events if e.event == "token"]
    assert "".join(tokens) == "你好，learner"
    assert all(e.data["node"] == "greet" for e in events if e.event in ("token", "progress"))
    worker_outputs = sorted(
        e.data["output"]["items"][0]
        for e in events
        if e.data.get("node") == "worker" and e.event == "node_output"
    )
    assert worker_outputs == [0, 10, 20]
    pause = [e for e in events if e.event == "interrupt"]
    assert len(pause) == 1
    assert pause[0].data["value"] == {"kind": "learner_reply", "prompt": "你好，learner"}
    assert events[-1].event == "completed"
    assert events[-1].data["status"] == "interrupted"

    resumed = await collect(
        executor, RunRequest(graph="chat", thread_id=request.thread_id, resume="我想练习")
    )
    assert resumed[0].data["resumed"] is True
    assert resumed[-1].data["status"] == "success"
    assert resumed[-1].data["output"]["reply"] == "我想练习"
    assert await executor.thread_graph(request.thread_id) == "chat"


async def test_light_mode_drops_tokens_starts_and_outputs(executor: GraphExecutor) -> None:
    events = await collect(executor, RunRequest(graph="chat", input={}, stream_mode="light"))
    assert set(names(events)) == {"started", "progress", "node_output", "interrupt", "completed"}
    assert all("output" not in e.data for e in events if e.event == "node_output")
    assert events[0].data["stream_mode"] == "light"


async def test_subgraph_events_carry_their_namespace(executor: GraphExecutor) -> None:
    events = await collect(executor, RunRequest(graph="nested", input={"count": 0}))
    inner = [e for e in events if e.event == "subgraph_node_output"]
    assert [e.data["node"] for e in inner] == ["a", "b", "c", "d", "e"]
    assert all(e.data["namespace"] == ["inner"] for e in inner)
    assert any(e.event == "subgraph_start" for e in events)
    top = [e for e in events if e.event == "node_output"]
    assert [e.data["node"] for e in top] == ["inner"]
    assert top[0].data["namespace"] == []


async def test_timeout_keeps_the_last_checkpoint_and_the_thread_continues(
    executor: GraphExecutor,
) -> None:
    request = RunRequest(graph="slow", input={"delay": 5.0}, timeout_s=0.3)
    events = await collect(executor, request)
    assert events[-1].event == "error"
    assert events[-1].data["code"] == "timeout"
    assert events[-1].data["retriable"] is True
    state = await executor.compiled("slow").aget_state(
        {"configurable": {"thread_id": request.thread_id}}
    )
    assert state.values == {"before": True, "delay": 5.0}
    assert state.next == ("sleepy",)

    with pytest.raises(RunTimeout):
        await executor.invoke(replace(request, run_id="again", input=None))

    await executor.compiled("slow").aupdate_state(
        {"configurable": {"thread_id": request.thread_id}}, {"delay": 0.01}
    )
    result = await executor.invoke(RunRequest(graph="slow", thread_id=request.thread_id))
    assert result.status == "success"
    assert result.output == {"before": True, "after": True, "delay": 0.01}


async def test_a_busy_thread_rejects_or_waits_and_runs_never_interleave(
    executor: GraphExecutor,
) -> None:
    thread = "shared-thread"
    log: list[str] = []
    first_started = asyncio.Event()

    async def run(request: RunRequest, tag: str) -> None:
        async for event in executor.stream(request):
            log.append(f"{tag}:{event.event}")
            if event.event == "started":
                first_started.set()

    first = asyncio.create_task(
        run(RunRequest(graph="slow", thread_id=thread, input={"delay": 0.3}), "first")
    )
    await first_started.wait()
    with pytest.raises(ThreadBusy) as busy:
        await collect(executor, RunRequest(graph="slow", thread_id=thread, input={}))
    assert thread in busy.value.message
    await run(
        RunRequest(graph="slow", thread_id=thread, input={"delay": 0.01}, wait_for_thread=True),
        "second",
    )
    await first
    assert log.index("first:completed") < log.index("second:started")


async def test_batch_is_bounded_ordered_and_returns_failures(executor: GraphExecutor) -> None:
    running = 0
    peak = 0
    original = executor.stream

    async def counting(request: RunRequest) -> Any:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        try:
            async for event in original(request):
                yield event
        finally:
            running -= 1

    executor.stream = counting  # type: ignore[method-assign]
    requests = [RunRequest(graph="slow", input={"delay": 0.05}) for _ in range(6)]
    requests.insert(2, RunRequest(graph="failing", input={"how": "bad_input"}))
    results = await executor.batch(requests, concurrency=2)
    assert peak == 2
    assert isinstance(results[2], Exception)
    assert results[2].code == "invalid_request"
    ok = [r for i, r in enumerate(results) if i != 2]
    assert all(isinstance(r, RunResult) and r.status == "success" for r in ok)
    assert [r.thread_id for r in ok if isinstance(r, RunResult)] == [
        r.thread_id for i, r in enumerate(requests) if i != 2
    ]


async def test_failures_are_classified_and_bugs_do_not_leak(executor: GraphExecutor) -> None:
    bad = await collect(executor, RunRequest(graph="failing", input={"how": "bad_input"}))
    assert bad[-1].event == "error"
    assert bad[-1].data["code"] == "invalid_request"
    assert "material is empty" in bad[-1].data["message"]

    bug = await collect(executor, RunRequest(graph="failing", input={"how": "bug"}))
    assert bug[-1].data["code"] == "internal"
    assert "secret internals" not in bug[-1].data["message"]
    assert bug[-1].data["run_id"] in bug[-1].data["message"]
    assert sum(e.event in ("completed", "error") for e in bug) == 1


async def test_unknown_graph_is_raised_before_any_event(executor: GraphExecutor) -> None:
    with pytest.raises(GraphNotFound) as missing:
        await collect(executor, RunRequest(graph="nope", input={}))
    assert "chain" in missing.value.message


@pytest.mark.parametrize("durability", ["sync", "async", "exit"])
async def test_every_durability_mode_checkpoints_the_result(
    executor: GraphExecutor, durability: Any
) -> None:
    executor.durability = durability
    result = await executor.invoke(RunRequest(graph="chain", input={"count": 0}))
    state = await executor.compiled("chain").aget_state(
        {"configurable": {"thread_id": result.thread_id}}
    )
    assert state.values["count"] == 5
