"""The offline engine's CPU work runs on engine threads, off the event loop, through the real flows."""

from __future__ import annotations

import contextvars
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.engine import EngineRunner
from graphs.exam_generation.build import build as build_exam
from graphs.exam_grading.build import build as build_grading
from graphs.library import ContentLibrary

_MARK: contextvars.ContextVar[str] = contextvars.ContextVar("mark", default="")


class RecordingEngine(EngineRunner):
    """An engine that notes which function ran on which thread."""

    def __init__(self, threads: int = 2) -> None:
        super().__init__(threads)
        self.calls: list[tuple[str, str]] = []

    async def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        def noted(*a: Any, **k: Any) -> Any:
            self.calls.append((getattr(fn, "__name__", repr(fn)), threading.current_thread().name))
            return fn(*a, **k)

        return await super().run(noted, *args, **kwargs)


async def test_calls_run_on_engine_threads_with_the_callers_context():
    engine = EngineRunner(threads=2)
    _MARK.set("run-7")
    loop_thread = threading.get_ident()
    where, mark = await engine.run(lambda: (threading.get_ident(), _MARK.get()))
    assert where != loop_thread and mark == "run-7"
    with pytest.raises(ZeroDivisionError):
        await engine.run(lambda: 1 / 0)
    engine.close()


async def test_zero_threads_runs_inline():
    engine = EngineRunner(threads=0)
    assert await engine.run(threading.get_ident) == threading.get_ident()
    with pytest.raises(ValueError, match="0 or more"):
        EngineRunner(threads=-1)


async def _run(graph: Any, payload: dict[str, Any], context: FlowContext) -> dict[str, Any]:
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    compiled = graph.compile(checkpointer=InMemorySaver())
    async for _ in compiled.astream(payload, config, context=context):
        pass
    return dict((await compiled.aget_state(config)).values)


async def test_exam_generation_and_grading_work_off_the_loop(library: ContentLibrary):
    engine = RecordingEngine()
    context = FlowContext(library=library, engine=engine)
    values = await _run(
        build_exam(), {"course": "coffee-service-en", "fill_blank": 2, "true_false": 1}, context
    )
    exam = values["exam"]
    assert len(exam["questions"]) == 3
    names = {name for name, _ in engine.calls}
    assert {"_knowledge_points", "write_now", "_validate_round"} <= names
    assert all(thread.startswith("kpl-engine") for _, thread in engine.calls)

    engine.calls.clear()
    answers = {str(q["number"]): q["answer"] for q in exam["questions"]}
    graded = await _run(build_grading(), {"exam": exam, "answers": answers}, context)
    assert graded["report"]["total"] == graded["report"]["max_total"]
    assert [name for name, _ in engine.calls].count("judge_now") == 2  # the two fill-ins
    assert all(thread.startswith("kpl-engine") for _, thread in engine.calls)
