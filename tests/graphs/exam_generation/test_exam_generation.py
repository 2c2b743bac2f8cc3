"""The exam_generation graph end to end on the offline engine, with the shipped content."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.errors import InvalidInput
from graphs.exam_generation.build import FLOW, build
from graphs.exam_generation.validation import check_option_balance
from graphs.exams import Exam
from graphs.library import ContentLibrary
from graphs.text.similarity import is_grounded, normalise


async def run(context: FlowContext, payload: Any, thread: str | None = None) -> dict[str, Any]:
    """Run (or resume) the graph on a thread; return the final state values and custom events."""
    graph = build().compile(checkpointer=_SAVER)
    config: RunnableConfig = {"configurable": {"thread_id": thread or str(uuid.uuid4())}}
    events = []
    async for mode, chunk in graph.astream(
        payload, config, context=context, stream_mode=["updates", "custom"]
    ):
        if mode == "custom":
            events.append(chunk)
    state = await graph.aget_state(config)
    return {"values": state.values, "events": events, "next": state.next, "tasks": state.tasks}


_SAVER = InMemorySaver()


def exam_of(result: dict[str, Any]) -> Exam:
    return Exam.model_validate(result["values"]["exam"])


async def test_full_blueprint_is_met_exactly(offline_context: FlowContext, library: ContentLibrary):
    course = library.get(Course, "eyewear-frontdesk-zh")
    result = await run(offline_context, {"blueprint_id": "eyewear-full-exam"})
    exam = exam_of(result)
    assert exam.shortfall == []
    assert Counter(q.type for q in exam.questions) == {
        "single_choice": 6,
        "multiple_choice": 4,
        "true_false": 4,
        "fill_blank": 4,
        "short_answer": 2,
    }
    # A "mixed" blueprint plans flexible slots: a true/false slot keeps its answer (true or
    # false, alternating) before its level, so the levels may move; all three are still there.
    slots = result["values"]["slots"]
    assert all(s["flexible"] for s in slots)
    assert {q.difficulty for q in exam.questions} == {"easy", "medium", "hard"}
    assert [q.number for q in exam.questions] == list(range(1, 21))
    assert exam.total_score == 6 * 2 + 4 * 3 + 4 * 1 + 4 * 2 + 2 * 5
    assert exam.answer_key == {str(q.number): q.answer for q in exam.questions}
    assert exam.title == "明视眼镜前台结业考试"
    for question in exam.questions:
        assert is_grounded(question.source_quote, course.material)
        assert question.knowledge_point and question.explanation
    stems = [normalise(q.stem) for q in exam.questions]
    assert len(set(stems)) == len(stems)


async def test_progress_is_reported_per_node_and_per_type(offline_context: FlowContext):
    result = await run(
        offline_context, {"course": "eyewear-frontdesk-zh", "true_false": 2, "fill_blank": 2}
    )
    nodes = {e["node"] for e in result["events"] if e["kind"] == "progress"}
    assert {
        "prepare_material",
        "extract_knowledge_points",
        "plan_slots",
        "generate_questions",
        "validate_questions",
        "assemble_exam",
    } <= nodes
    messages = [e["message"] for e in result["events"] if e["node"] == "generate_questions"]
    assert any("true_false" in m for m in messages) and any("fill_blank" in m for m in messages)


async def test_correct_options_are_spread_over_positions(offline_context: FlowContext):
    result = await run(offline_context, {"course": "eyewear-frontdesk-zh", "single_choice": 20})
    exam = exam_of(result)
    assert len(exam.questions) == 20
    positions = Counter(q.answer[0] for q in exam.questions)
    assert len(positions) == 4
    assert max(positions.values()) <= 6
    assert check_option_balance(exam.questions) == []


async def test_tiny_material_gives_a_shortfall_without_padding(offline_context: FlowContext):
    material = (
        "会员每消费1元积1分，积分有效期为24个月。银卡会员配镜享受9.5折优惠，金卡会员享受9折优惠。"
    )
    payload = {"material": material, "single_choice": 10, "true_false": 10, "fill_blank": 10}
    result = await run(offline_context, payload)
    exam = exam_of(result)
    assert len(exam.questions) < 30
    missing = sum(s.missing for s in exam.shortfall)
    assert len(exam.questions) + missing == 30
    assert all(s.reason for s in exam.shortfall)
    stems = [normalise(q.stem) for q in exam.questions]
    assert len(set(stems)) == len(stems)
    assert all(is_grounded(q.source_quote, material) for q in exam.questions)
    assert result["values"]["round"] == 3  # the first round and exactly two regenerations


async def test_missing_material_interrupts_and_resumes(
    offline_context: FlowContext, library: ContentLibrary
):
    thread = str(uuid.uuid4())
    first = await run(offline_context, {"true_false": 3}, thread)
    assert first["next"] == ("prepare_material",)
    value = first["tasks"][0].interrupts[0].value
    assert value["kind"] == "material"
    material = library.get(Course, "eyewear-frontdesk-zh").material
    resumed = await run(offline_context, Command(resume=material), thread)
    exam = exam_of(resumed)
    assert [q.type for q in exam.questions] == ["true_false"] * 3
    assert all(is_grounded(q.source_quote, material) for q in exam.questions)


async def test_resume_with_a_course_id(offline_context: FlowContext):
    thread = str(uuid.uuid4())
    await run(offline_context, {"fill_blank": 2}, thread)
    resumed = await run(offline_context, Command(resume={"course": "coffee-service-en"}), thread)
    exam = exam_of(resumed)
    assert exam.language == "en"
    assert len(exam.questions) == 2


async def test_english_material(offline_context: FlowContext, library: ContentLibrary):
    material = library.get(Course, "coffee-service-en").material
    result = await run(offline_context, {"blueprint_id": "coffee-service-check"})
    exam = exam_of(result)
    assert exam.language == "en"
    assert exam.shortfall == []
    assert len(exam.questions) == 10
    assert all(is_grounded(q.source_quote, material) for q in exam.questions)
    assert all(q.stem.isascii() for q in exam.questions)


async def test_default_blueprint_is_five_single_choices(offline_context: FlowContext):
    exam = exam_of(await run(offline_context, {"course": "coffee-service-en"}))
    assert [q.type for q in exam.questions] == ["single_choice"] * 5


async def test_requested_knowledge_point_missing_from_material(offline_context: FlowContext):
    payload = {
        "course": "eyewear-frontdesk-zh",
        "true_false": 2,
        "knowledge_points": ["会员制度", "量子力学"],
    }
    exam = exam_of(await run(offline_context, payload))
    assert [q.knowledge_point for q in exam.questions] == ["会员制度"]
    assert [(s.knowledge_point, s.missing) for s in exam.shortfall] == [("量子力学", 1)]
    assert "量子力学" in exam.shortfall[0].reason


@pytest.mark.parametrize("material", ["", "   \n  "])
async def test_empty_material_is_invalid_input(offline_context: FlowContext, material: str):
    with pytest.raises(InvalidInput, match="material is empty"):
        await run(offline_context, {"material": material})


async def test_too_long_material_is_invalid_input(library: ContentLibrary):
    context = FlowContext(library=library, max_material_chars=100)
    with pytest.raises(InvalidInput, match="over the limit of 100"):
        await run(context, {"material": "会员积分有效期为24个月。" * 20})


def test_flow_spec():
    assert FLOW.name == "exam_generation"
    assert FLOW.content_kinds == ("course", "blueprint")
    assert FLOW.input_model is not None
    assert set(FLOW.input_model.model_json_schema()["properties"]) >= {
        "material",
        "course",
        "blueprint",
        "blueprint_id",
        "single_choice",
        "difficulty",
        "language",
    }


async def test_resume_with_an_unusable_value_is_invalid_input(offline_context: FlowContext):
    thread = str(uuid.uuid4())
    await run(offline_context, {"true_false": 1}, thread)
    with pytest.raises(InvalidInput, match="reply to the material request"):
        await run(offline_context, Command(resume={"pages": 3}), thread)


async def test_bad_blueprint_is_invalid_input(offline_context: FlowContext):
    with pytest.raises(InvalidInput, match="blueprint: single_choice"):
        await run(
            offline_context, {"course": "coffee-service-en", "blueprint": {"single_choice": -1}}
        )
    with pytest.raises(InvalidInput, match="at least one question"):
        await run(offline_context, {"course": "coffee-service-en", "true_false": 0})


async def test_no_two_questions_rest_on_the_same_passage(offline_context: FlowContext):
    payload = {
        "course": "eyewear-frontdesk-zh",
        "true_false": 8,
        "fill_blank": 8,
        "single_choice": 8,
    }
    exam = exam_of(await run(offline_context, payload))
    quotes = [normalise(q.source_quote) for q in exam.questions]
    assert len(exam.questions) == 24
    assert not [a for i, a in enumerate(quotes) for b in quotes[i + 1 :] if a in b or b in a]


async def test_a_second_exam_on_the_same_thread_starts_afresh(offline_context: FlowContext):
    thread = str(uuid.uuid4())
    first = exam_of(
        await run(offline_context, {"course": "eyewear-frontdesk-zh", "single_choice": 3}, thread)
    )
    second = exam_of(
        await run(offline_context, {"course": "coffee-service-en", "true_false": 2}, thread)
    )
    assert [q.type for q in first.questions] == ["single_choice"] * 3
    assert [q.type for q in second.questions] == ["true_false"] * 2
    assert first.language == "zh" and second.language == "en"
    assert all(q.stem.isascii() for q in second.questions)
