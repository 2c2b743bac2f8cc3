"""An English short-answer ask that is a broken sentence ("What must the in an evacuation do?",
"What does the a cost?", "the staff reing -enter the building") is refused on both paths: the
offline engine's question checked with such a stem, and a model's question asked again."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.garbled_asks import garbled
from graphs.exam_generation.validation import validate_question
from graphs.exams import Exam
from graphs.library import ContentLibrary
from tests.graphs.exam_generation.test_exam_generation_model import (
    ScriptedChatModel,
    retrying_responder,
    run,
)
from tests.graphs.exam_generation.test_short_answer_clean_subjects import SUPERMARKET
from tests.support.exam_flow import delivered_exam

BROKEN = [
    "What must the in a power cut do?",
    "What does the a cost?",
    "What is the rule on the without the signed form we giving a refund?",
    "What is the rule on the shelf staff reing -use a cracked display crate?",
    "What is the rule on the we hold a reserved bike?",
    "What must the do?",
]
SOUND = [
    "What must cashiers do in a power cut?",
    "What does the day pass cost?",
    "What is the rule about re-entering the building?",
    "What is the rule on the on-call manager?",
    "What is the in-store returns rule?",
    "What must pickers do when a pallet is damaged?",
]


@pytest.mark.parametrize("ask", BROKEN)
def test_broken_asks_are_found(ask: str) -> None:
    assert garbled(ask) is not None


@pytest.mark.parametrize("ask", SOUND)
def test_sound_asks_pass(ask: str) -> None:
    assert garbled(ask) is None


def _broken_stem(stem: str) -> str:
    head = stem.split("(1)")[0]
    return f"{head}(1) What must the in a power cut do? (2) What is the rule on the staff reing -use it?"


async def test_offline_question_with_a_broken_ask_is_refused(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": SUPERMARKET, "short_answer": 1})
    question = exam.questions[0]
    sound, problems = validate_question(question.model_dump(), SUPERMARKET, [])
    assert sound is not None, problems
    data = {**question.model_dump(), "stem": _broken_stem(question.stem)}
    refused, problems = validate_question(data, SUPERMARKET, [])
    assert refused is None
    assert any("broken sentence" in p and "the in" in p for p in problems), problems
    assert any("reing" in p for p in problems), problems


async def test_model_broken_ask_is_rejected_and_asked_again(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    offline = await delivered_exam(offline_context, {"material": SUPERMARKET, "short_answer": 1})
    body = {
        k: v
        for k, v in offline.questions[0].model_dump().items()
        if k in ("stem", "answer", "scoring_points", "point_sources", "explanation", "source_quote")
    }
    responder, asked = retrying_responder(
        lambda slot, first: {**body, "stem": _broken_stem(body["stem"]) if first else body["stem"]},
        lambda slot: slot["knowledge_point"] or "Power cuts",
    )
    context = FlowContext(library=library, models=(ScriptedChatModel(responder=responder),))
    values = await run(context, {"material": SUPERMARKET, "short_answer": 1})
    exam = Exam.model_validate(values["exam"])
    assert [q.stem for q in exam.questions] == [body["stem"]], values.get("rejections")
    assert asked == {"short_answer-1": 2}
    assert any("broken sentence" in p for p in values["rejections"]["short_answer-1"])


@pytest.mark.parametrize(
    ("ask", "broken"),
    [
        # cut at a preposition no question ends on, or at a hyphen (session 15)
        ("What happens to plot left uncultivated for a set time during?", True),
        ("What is the rule on the under- a set time?", True),
        ("What must be done with sails kept within?", True),
        # questions that may end on a preposition, and hyphens inside a word, stay whole
        ("Who must incidents be reported to?", False),
        ("Which locker are phones kept in?", False),
        ("What must guests do between 23:00 and 07:00?", False),
        ("What is the in-store rule on refunds?", False),
    ],
)
def test_an_ask_cut_at_its_end_is_broken(ask: str, broken: bool) -> None:
    assert (garbled(ask) is not None) is broken, garbled(ask)
