"""The result cache answers a repeated exam generation without reaching the handler."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.build import FLOW
from graphs.library import ContentLibrary
from middleware.pipeline import Pipeline, RunContext
from middleware.result_cache import LruTtl, ResultCache, ResultCacheConfig, cache_key
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry
from runtime.run_request import RunRequest
from runtime.stores.factory import open_checkpointer

MATERIAL = """配镜前台接待规范

顾客进店后三秒内起身问候，使用"您好，欢迎光临"。验光前须询问顾客近期是否有眼部不适、
是否佩戴隐形眼镜以及上次验光的时间。取镜时须为顾客试戴并调整镜架，确认鼻托与镜腿舒适。
"""


class Counted:
    """The real executor's stream, counting how often the pipeline reaches it."""

    def __init__(self, executor: GraphExecutor) -> None:
        self.executor = executor
        self.calls = 0

    def __call__(self, ctx: RunContext) -> AsyncIterator[RunEvent]:
        """Run the request on the real executor."""
        self.calls += 1
        return self.executor.stream(ctx.request)


@pytest.fixture
async def executor(library: ContentLibrary) -> AsyncIterator[GraphExecutor]:
    """A real executor over the exam generation flow, offline."""
    registry = GraphRegistry.with_flows([FLOW], library)
    async with open_checkpointer("memory://") as saver:
        yield GraphExecutor(registry, saver, FlowContext(library=library))


async def drain(pipeline: Pipeline, payload: dict[str, object]) -> list[RunEvent]:
    """Every event of one exam generation run."""
    request = RunRequest(graph="exam_generation", input=payload)
    ctx = RunContext(request=request, user="alice", request_id="r")
    return [event async for event in pipeline(ctx)]


async def test_a_repeat_is_answered_from_the_cache(executor: GraphExecutor) -> None:
    handler = Counted(executor)
    cache = ResultCache(ResultCacheConfig(graph_version=lambda g: executor.registry.get(g).version))
    pipeline = Pipeline([cache], handler)
    blueprint = {"single_choice": 2, "true_false": 1}

    first = await drain(pipeline, {"material": MATERIAL, **blueprint})
    assert handler.calls == 1 and first[-1].data["status"] == "success"
    assert "cached" not in first[-1].data
    exam = first[-1].data["output"]

    # The same material, pasted with other line breaks and spaces, and the same blueprint.
    repasted = "  " + MATERIAL.replace("\n", "\n\n ") + "\n"
    second = await drain(pipeline, {"material": repasted, **blueprint})
    assert handler.calls == 1  # never reached the handler
    assert [e.event for e in second] == ["started", "completed"]
    assert second[-1].data["cached"] is True and second[-1].data["output"] == exam
    assert second[0].data["run_id"] == second[-1].data["run_id"] != first[0].data["run_id"]

    # Another blueprint is another exam: it runs.
    third = await drain(pipeline, {"material": MATERIAL, "single_choice": 3})
    assert handler.calls == 2 and "cached" not in third[-1].data
    assert third[-1].data["output"] != exam


async def test_failed_runs_are_not_stored(executor: GraphExecutor) -> None:
    handler = Counted(executor)
    pipeline = Pipeline([ResultCache()], handler)
    for _ in range(2):
        events = await drain(pipeline, {"material": "   "})  # empty material: an error
        assert events[-1].event == "error"
    assert handler.calls == 2


def test_the_lru_evicts_the_oldest_and_expires() -> None:
    entries = LruTtl(max_entries=2, ttl_s=3600)
    entries.put("a", 1)
    entries.put("b", 2)
    assert entries.get("a") == 1  # a is now the most recent
    entries.put("c", 3)
    assert entries.get("b") is None and entries.get("a") == 1 and len(entries) == 2
    expired = LruTtl(max_entries=2, ttl_s=1e-9)
    expired.put("a", 1)
    assert expired.get("a") is None


def test_the_key_ignores_none_fields_and_sees_the_version() -> None:
    assert cache_key("g", {"material": "x", "difficulty": None}) == cache_key(
        "g", {"material": "x"}
    )
    assert cache_key("g", {"material": "x"}, "v1") != cache_key("g", {"material": "x"}, "v2")
    assert cache_key("g", {"course": "a"}) != cache_key("g", {"course": "b"})
