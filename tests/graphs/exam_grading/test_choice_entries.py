"""A choice answered with no option key costs that item only; an option's own text is its key.

A weak paper answered a single choice 「一天」 (an option's text, not its letter) and the whole
paper was refused, so its other answers were never marked (session 13 teacher T5). Exam: the
grading tests' own course (a single choice on a price, a true/false item)."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.graphs.exam_grading.test_exam_grading import by_number, exam, grade


async def test_an_entry_that_is_no_option_scores_zero_and_the_rest_is_marked(
    offline_context: FlowContext,
) -> None:
    results = by_number(await grade(offline_context, {"1": "E", "3": "错"}))
    first = results[1]
    assert (first["verdict"], first["score"]) == ("wrong", 0)
    assert "E" in first["review"]
    assert results[3]["verdict"] == "correct"  # the paper is marked, not refused


async def test_an_option_written_out_is_read_as_its_key(offline_context: FlowContext) -> None:
    question = exam().questions[0]
    right = next(o.text for o in question.options if o.key == question.answer[0])
    wrong = next(o.text for o in question.options if o.key != question.answer[0])
    assert by_number(await grade(offline_context, {"1": right}))[1]["verdict"] == "correct"
    assert by_number(await grade(offline_context, {"1": wrong}))[1]["verdict"] == "wrong"


async def test_words_that_are_no_option_are_shown_as_written(offline_context: FlowContext) -> None:
    results = by_number(await grade(offline_context, {"1": "不知道"}))
    assert results[1]["score"] == 0
    assert "不知道" in results[1]["review"] and "?不知道" not in results[1]["review"]
