"""Faults left from the session-7 designer's review (issue 11, cycle 4), through the real flow on
material written for it: a multiple choice where no heading holds four rules."""

from __future__ import annotations

import uuid
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_generation.build import build
from graphs.exams import Exam

WORKSHOP_RULES = (
    "# Woodwork Shop Rules\n\n"
    "## Machines\n"
    "- The band saw must be switched off at the wall before a blade is changed.\n"
    "- Push sticks must be used for any cut narrower than 15 cm.\n"
    "- The blade guard must sit no more than 10 mm above the workpiece.\n\n"
    "## Dust and fire\n"
    "- The dust extractor must be emptied when its bag is more than 60% full.\n"
    "- Oily rags must be kept in the red metal bin and never in the paper bin.\n"
    "- The fire extinguishers must be checked every 6 months by the technician.\n"
)


async def _exam(context: FlowContext, payload: dict[str, Any]) -> Exam:
    graph = build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    async for _ in graph.astream(payload, config, context=context):
        pass
    return Exam.model_validate((await graph.aget_state(config)).values["exam"])


async def test_a_multiple_choice_over_two_neighbouring_headings(
    offline_context: FlowContext,
) -> None:
    """Three rules under each heading: none holds the four a multiple choice states. A designer
    asks over two neighbouring headings of the policy and names both; no two options share a
    sentence."""
    payload = {"material": WORKSHOP_RULES, "multiple_choice": 1, "difficulty": "mixed"}
    exam = await _exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["multiple_choice"], exam.shortfall
    question = exam.questions[0]
    assert '"Machines" and "Dust and fire"' in question.stem
    assert question.knowledge_point == "Machines; Dust and fire"
    texts = [o.text for o in question.options]
    lines = [line for line in WORKSHOP_RULES.splitlines() if line.startswith("- ")]
    shared = [line for line in lines if sum(t.rstrip(".") in line for t in texts) > 1]
    assert not shared
    sections = {"Machines": lines[:3], "Dust and fire": lines[3:]}
    assert all(any(t.split()[1] in " ".join(part) for t in texts) for part in sections.values())
