"""A choice answered with no option key costs that item only; an option's own text is its key.

A weak paper answered a single choice 「一天」 (an option's text, not its letter) and the whole
paper was refused, so its other answers were never marked (session 13 teacher T5). Exam: the
grading tests' own course (a single choice on a price, a true/false item)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_grading.answers import normalise_answer
from graphs.exams import Option, Question
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


def _choice(stem: str, texts: list[str], key: str) -> Question:
    options = [Option(key=k, text=t) for k, t in zip("ABCD", texts, strict=True)]
    return Question(
        number=1, type="single_choice", stem=stem, options=options, answer=[key], score=2
    )


DEPOSIT = _choice("寄存的行李最长可保管（    ）。", ["1天", "3天", "7天", "12小时"], "A")
LOANER = _choice(
    "A loaner bike goes back within (    ).", ["2 days", "5 days", "1 week", "10 days"], "A"
)
TWINS = _choice("预约可提前（    ）取消。", ["1天", "24小时", "3天", "6小时"], "A")

# An option written out with its figure said another way is that option, when it names one
# option alone: numbers compared as numbers with their units (一天 = 1天 = 24小时, "two days").
FIGURE_ENTRIES = [
    (DEPOSIT, "一天", ["A"]),
    (DEPOSIT, "24小时", ["A"]),
    (DEPOSIT, "三天", ["B"]),
    (DEPOSIT, "半天", ["D"]),
    (DEPOSIT, "两天", ["?两天"]),  # no option says two days
    (LOANER, "two days", ["A"]),
    (LOANER, "Two Days.", ["A"]),
    (LOANER, "seven days", ["C"]),
    (LOANER, "a fortnight", ["?a fortnight"]),
    (TWINS, "一天", ["?一天"]),  # 1天 and 24小时 are both a day: it names no single option
]


@pytest.mark.parametrize(("question", "entry", "keys"), FIGURE_ENTRIES)
def test_an_option_written_with_its_figure_said_otherwise_is_its_key(
    question: Question, entry: str, keys: list[str]
) -> None:
    assert normalise_answer(question, entry) == keys
