"""The exam_grading nodes: check input, grade by key, judge the rest (one branch each), report.

Wired in graphs/content/graphs/exam_grading.yaml; node_types.py registers them by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langgraph.runtime import Runtime
from pydantic import ValidationError

from graphs.context import FlowContext
from graphs.errors import InvalidInput
from graphs.exam_grading.answers import normalise_answers, raw_answers
from graphs.exam_grading.grading_policy import DEFAULT_MULTIPLE_CHOICE
from graphs.exam_grading.judges import AnswerJudge, ModelJudge, OfflineJudge
from graphs.exam_grading.objective import grade_by_key, result
from graphs.exam_grading.point_notes import reason_in_language
from graphs.exam_grading.report import build_report
from graphs.exam_grading.state import GradingState, JudgeTask
from graphs.exam_grading.topic_heads import exam_items
from graphs.exams import DEFAULT_SCORES, Exam, Question
from graphs.library import format_validation_error
from graphs.streaming import report_progress
from graphs.text.language import detect_language

BY_KEY = ("single_choice", "multiple_choice", "true_false")


def _exam(state: GradingState) -> Exam:
    try:
        return Exam.model_validate(state.get("exam"))
    except ValidationError as exc:
        raise InvalidInput("exam: " + "; ".join(format_validation_error(exc))) from exc


def max_score(exam: Exam, question: Question) -> float:
    """What a question is worth: its own score, else the blueprint's, else the default."""
    if question.score > 0:
        return float(question.score)
    if exam.blueprint is not None:
        return float(exam.blueprint.score(question.type))
    return float(DEFAULT_SCORES[question.type])


async def check_input(state: GradingState) -> dict[str, Any]:
    """Validate the exam and normalise every answer; unknown numbers or bad shapes fail here."""
    exam = _exam(state)
    if not exam.questions:
        raise InvalidInput("exam: has no questions to grade")
    numbers = [q.number for q in exam.questions]
    if len(set(numbers)) != len(numbers) or 0 in numbers:
        raise InvalidInput(f"exam: question numbers must be unique and from 1, got {numbers}")
    answers = state.get("answers")
    if answers is None:
        raise InvalidInput("answers: missing; give a mapping of question number to answer")
    responses = normalise_answers(exam, answers)
    answered = sum(1 for r in responses.values() if r)
    report_progress(10, f"{answered} of {len(responses)} questions answered")
    return {"responses": responses, "results": None, "report": {}}


async def grade_objective(state: GradingState) -> dict[str, Any]:
    """Grade single choice, multiple choice and true/false by key; unanswered ones of any type."""
    exam = _exam(state)
    responses = state["responses"]
    policy = state.get("multiple_choice", DEFAULT_MULTIPLE_CHOICE)
    written = raw_answers(exam, state.get("answers") or {})  # a choice's figure alone is said so
    results = []
    for question in exam.questions:
        response = responses[str(question.number)]
        worth = max_score(exam, question)
        if not response:
            results.append(result(question, response, worth, 0.0, "unanswered"))
        elif question.type in BY_KEY:
            ratio, reason = grade_by_key(question, response, policy)
            said = written.get(str(question.number))
            results.append(
                result(question, response, worth, ratio, reason, policy=policy, written=said)
            )
    report_progress(40, f"graded {len(results)} questions by key")
    return {"results": results}


def judging_tasks(state: GradingState) -> list[JudgeTask]:
    """One judging task per answered fill-in or short answer (fan-out `judge_tasks`)."""
    exam = _exam(state)
    return [
        JudgeTask(
            question=q.model_dump(mode="json"),
            response=state["responses"][str(q.number)],
            max_score=max_score(exam, q),
            items=list(exam_items(exam.questions)),
        )
        for q in exam.questions
        if q.type not in BY_KEY and state["responses"][str(q.number)]
    ]


def judge_for(context: FlowContext, items: Sequence[str] = ()) -> AnswerJudge:
    """The model judge when a model is configured, else the offline judge (reading the exam's
    `items` for what the material is about; the model's fallback too)."""
    offline = OfflineJudge(items)
    return offline if context.offline else ModelJudge(context.models, fallback=offline)


async def judge_answer(state: JudgeTask, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Judge one fill-in or short answer (its branch's state is the task the fan-out sent)."""
    task = state
    # Its score as graded (the blueprint's when the question has none): a short answer's points
    # are credited by their marks, which the score splits (graphs/point_marks.py).
    question = Question.model_validate(task["question"]).model_copy(
        update={"score": task["max_score"]}
    )
    judge = judge_for(runtime.context, task.get("items", []))
    if isinstance(judge, OfflineJudge):
        judgement = await runtime.context.engine.run(judge.judge_now, question, task["response"])
    else:
        judgement = await judge.judge(question, task["response"])
    report_progress(70, f"judged question {question.number}")
    reason = judgement.reason
    if isinstance(judge, OfflineJudge) and judgement.notes:
        reason = reason_in_language(judgement.notes, detect_language(question.stem), reason)
    return {
        "results": [
            result(
                question,
                task["response"],
                task["max_score"],
                judgement.ratio,
                reason,
                missed=judgement.missed,
                partial=judgement.partial,
                notes=judgement.notes,
            )
        ]
    }


async def write_report(state: GradingState) -> dict[str, Any]:
    """Totals, knowledge points to review and the questions to retest."""
    exam = _exam(state)
    report = build_report(
        exam.title,
        state.get("results", []),
        exam.language,
        multiple_choice=state.get("multiple_choice", DEFAULT_MULTIPLE_CHOICE),
    )
    report_progress(100, f"score {report['total']}/{report['max_total']}")
    return {"report": report}
