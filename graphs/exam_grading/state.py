"""State and input of the exam_grading flow (plain JSON only, see graphs/flows.py)."""

from __future__ import annotations

from typing import Annotated, Any, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from graphs.exam_grading.grading_policy import DEFAULT_MULTIPLE_CHOICE, MultipleChoicePolicy
from graphs.exams import Exam


class GradingInput(BaseModel):
    """What a grading run is given: the exam and the learner's answers."""

    model_config = ConfigDict(extra="forbid")

    exam: Exam
    answers: dict[str, Any] | list[Any] = Field(
        description=(
            "question number (as a string) -> answer, or a list in question order. Choice: 'B', "
            "['A','C'] or 'AC'; true/false: true/false, '对'/'错', 'T'/'F'; fill-in: a string or a "
            "list, one entry per blank; short answer: text. Missing or empty: unanswered."
        )
    )
    multiple_choice: MultipleChoicePolicy = Field(
        default=DEFAULT_MULTIPLE_CHOICE,
        description=(
            "how a multiple choice is marked: 'partial' (the exact keys full marks, a correct "
            "subset half, any wrong option 0) or 'all_or_nothing' (only the exact keys earn marks); "
            "the report states it"
        ),
    )


def collect_results(
    old: list[dict[str, Any]] | None, new: list[dict[str, Any]] | None
) -> list[dict[str, Any]]:
    """Judging branches add their results; None starts over (a new run on the same thread)."""
    if new is None:
        return []
    return [*(old or []), *new]


class GradingState(TypedDict, total=False):
    """The grading run's state."""

    exam: dict[str, Any]  # the Exam as JSON (input)
    answers: dict[str, Any] | list[Any]  # the learner's raw answers (input)
    multiple_choice: MultipleChoicePolicy  # how a multiple choice is marked (input, optional)
    responses: dict[str, list[str]]  # question number -> normalised answer; [] = unanswered
    results: Annotated[list[dict[str, Any]], collect_results]  # one graded result per question
    report: dict[str, Any]  # the final report (see report.py)


class JudgeTask(TypedDict):
    """What one judging branch receives (sent by the fan-out, one per fill-in or short answer)."""

    question: dict[str, Any]  # the Question as JSON
    response: list[str]  # the learner's normalised answer
    max_score: float  # what the question is worth
    items: list[str]  # the exam's items as topic_heads.exam_items shows them (the material)
