"""Session 8 (issue 11, second teacher's fault 1): a true/false answer in the learner's own words.

A paper was refused as a whole over one "Correct". Every word a learner marks a statement with
(correct/incorrect, right/wrong, yes/no, 是/否, 对的/不对, √/×, ✔/✘, a verdict word before a
comma) is read; a word that is neither costs its own item (0, with a note quoting it) and the
rest of the paper is graded. Examples are a bakery's rules, not the teacher's cash-handling exam.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.build import FLOW
from graphs.exams import Exam, Question

QUESTIONS = [
    Question(
        number=1,
        type="true_false",
        stem="Bread left over at closing may be sold the next morning at full price.",
        answer=["false"],
        source_quote="Bread left over at closing is sold the next morning at half price.",
        score=1,
    ),
    Question(
        number=2,
        type="true_false",
        stem="Ovens are switched on by the first baker at 5 am.",
        answer=["true"],
        source_quote="Ovens are switched on by the first baker at 5 am.",
        score=1,
    ),
    Question(
        number=3,
        type="fill_blank",
        stem="Leftover bread is sold at ____ price.",
        answer=["half"],
        source_quote="Bread left over at closing is sold the next morning at half price.",
        score=2,
    ),
]
BAKERY = Exam(
    title="Bakery opening rules",
    language="en",
    questions=QUESTIONS,
    total_score=4,
    answer_key={str(q.number): q.answer for q in QUESTIONS},
)


async def _grade(context: FlowContext, answers: dict[str, Any]) -> dict[int, dict[str, Any]]:
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": BAKERY.model_dump(mode="json"), "answers": answers},
        {"configurable": {"thread_id": "bakery"}},
        context=context,
    )
    return {r["number"]: r for r in state["report"]["questions"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Incorrect", "Correct"),
        ("wrong", "right"),
        ("No.", "Yes!"),
        ("不对", "对的"),
        ("否", "是的"),
        ("✘", "✔️"),
        ("Not true", "true"),
        ("False, it is half price", "True, I think"),
    ],
)
async def test_the_words_a_learner_marks_a_statement_with_are_read(
    offline_context: FlowContext, first: str, second: str
) -> None:
    results = await _grade(offline_context, {"1": first, "2": second, "3": "half"})
    assert [results[n]["score"] for n in (1, 2, 3)] == [1.0, 1.0, 2.0]


async def test_a_word_that_is_neither_costs_its_item_only(offline_context: FlowContext) -> None:
    results = await _grade(offline_context, {"1": "maybe", "2": "True", "3": "half"})
    assert (results[1]["verdict"], results[1]["score"]) == ("wrong", 0)
    assert "'maybe' says neither true nor false" in results[1]["reason"]
    assert "Your answer: maybe" in results[1]["review"]  # as written, not shown as "False"
    assert results[2]["score"] == 1.0 and results[3]["score"] == 2.0


def test_a_verdict_word_followed_by_its_opposite_is_no_verdict() -> None:
    question = BAKERY.questions[0]
    assert normalise_answer(question, "No, it's true")[0].startswith("?")
    assert normalise_answer(question, "no idea")[0].startswith("?")
    assert normalise_answer(question, "错，应该是半价") == ["false"]
