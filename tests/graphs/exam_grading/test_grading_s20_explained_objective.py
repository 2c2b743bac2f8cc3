"""An objective answer with the learner's reason after it is read by its verdict or letter
(session 20 end teacher T13: "False - the clinic offers no credit accounts" and "A：5到7天" got 0
with the same key printed beside them)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.answers import UNREADABLE_MARK, normalise_answer
from graphs.exam_grading.objective import grade_by_key
from graphs.exams import Option, Question


def _true_false(key: str) -> Question:
    return Question(
        type="true_false", stem="True or false: the studio lends tripods.", answer=[key]
    )


def _single() -> Question:
    options = ["3至5天", "5至7天", "7至10天", "10至14天"]
    return Question(
        type="single_choice",
        stem="烘焙后的豆子最佳饮用期从第（    ）开始。",
        options=[Option(key=k, text=t) for k, t in zip("ABCD", options, strict=True)],
        answer=["B"],
    )


@pytest.mark.parametrize(
    ("said", "key", "read"),
    [
        ("False - the studio lends no tripods", "false", "false"),  # the reason's own "no"
        ("False: nothing is lent, not even tripods", "false", "false"),
        ("True - there is no charge for it", "true", "true"),  # "no" in a true verdict's reason
        ("错，工作室不出借三脚架", "false", "false"),
        ("对，不收押金", "true", "true"),
    ],
)
def test_a_verdict_with_its_reason_is_the_verdict(said: str, key: str, read: str) -> None:
    question = _true_false(key)
    assert normalise_answer(question, said) == [read]
    assert grade_by_key(question, normalise_answer(question, said))[0] == 1.0


@pytest.mark.parametrize("said", ["No, it's true", "False, I mean true", "错，正确"])
def test_a_verdict_taken_back_stays_unreadable(said: str) -> None:
    assert normalise_answer(_true_false("false"), said)[0].startswith(UNREADABLE_MARK)


@pytest.mark.parametrize("said", ["B：5到7天", "B. 5至7天", "b、五至七天", "B) 5至7天"])
def test_a_letter_with_its_own_option_text_is_that_letter(said: str) -> None:
    question = _single()
    assert normalise_answer(question, said) == ["B"]
    assert grade_by_key(question, ["B"])[0] == 1.0


@pytest.mark.parametrize("said", ["A：5到7天", "B：7至10天", "B：很快"])
def test_a_letter_with_another_text_is_not_read_as_either(said: str) -> None:
    assert normalise_answer(_single(), said)[0].startswith(UNREADABLE_MARK)
