"""One answer judged offline as the grading flow judges it, with the note the learner reads."""

from __future__ import annotations

from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.judges import Judgement, OfflineJudge
from graphs.exam_grading.objective import result
from graphs.exams import Question


def judged(question: Question, answer: str) -> tuple[Judgement, str]:
    """The offline judge's judgement of `answer` and the learner's note (`review`) for it."""
    response = normalise_answer(question, answer)
    judgement = OfflineJudge().judge_now(question, response)
    note = result(
        question,
        response,
        question.score,
        judgement.ratio,
        judgement.reason,
        missed=judgement.missed,
        notes=judgement.notes,
    )["review"]
    return judgement, note
