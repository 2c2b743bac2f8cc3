"""The exam generation flow run to its end on a fresh in-memory thread, for tests through the graph."""

from __future__ import annotations

import uuid
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_generation.build import build
from graphs.exams import Exam


async def exam_and_state(
    context: FlowContext, payload: dict[str, Any]
) -> tuple[Exam, dict[str, Any]]:
    """The delivered exam and the thread's final state values."""
    graph = build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    async for _ in graph.astream(payload, config, context=context):
        pass
    values = dict((await graph.aget_state(config)).values)
    return Exam.model_validate(values["exam"]), values


async def delivered_exam(context: FlowContext, payload: dict[str, Any]) -> Exam:
    """The delivered exam only."""
    exam, _ = await exam_and_state(context, payload)
    return exam
