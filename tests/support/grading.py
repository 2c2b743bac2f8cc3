"""One answer judged offline as the grading flow judges it, with the note the learner reads; and
a whole paper graded through the real grading flow."""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_generation.phrasing import phrase
from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.build import FLOW
from graphs.exam_grading.judges import Judgement, OfflineJudge
from graphs.exam_grading.objective import result
from graphs.exams import Exam, Language, Option, Question


def short_answer(stem: str, *points: str) -> Question:
    """A short-answer item whose scoring points are `points`, two marks each."""
    return Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=list(points),
        scoring_points=list(points),
        source_quote=points[0],
        score=2 * len(points),
    )


def fill_blank(stem: str, key: str) -> Question:
    """A one-blank fill-in keyed `key`, two marks, quoting its own stem."""
    return Question(
        number=1, type="fill_blank", stem=stem, answer=[key], source_quote=stem, score=2
    )


def statements_item(
    rules: list[str],
    false_at: int,
    change: tuple[str, str],
    language: Language,
    *,
    point: str,
    source_at: int = 0,
) -> Question:
    """A statements multiple choice on `rules`, one option each in order (A, B, …), the one at
    `false_at` changed (`change`: original, changed words), explained line by line as the exam
    writer explains it; its stem names `point`, its source quote is the rule at `source_at`."""
    original, changed = change
    texts = [r.replace(original, changed) if i == false_at else r for i, r in enumerate(rules)]
    lines = [
        phrase(language, "false_because", quote=r, original=original, changed=changed)
        if i == false_at
        else phrase(language, "source", quote=r)
        for i, r in enumerate(rules)
    ]
    keys = "ABCDEFGH"[: len(rules)]
    return Question(
        number=1,
        type="multiple_choice",
        stem=phrase(language, "statements_stem", point=point),
        options=[Option(key=k, text=t) for k, t in zip(keys, texts, strict=True)],
        answer=[k for i, k in enumerate(keys) if i != false_at],
        explanation="\n".join(lines),
        source_quote=rules[source_at],
        score=3,
    )


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


async def graded_report(
    questions: list[Question],
    answers: dict[str, Any],
    context: FlowContext,
    *,
    title: str,
    language: Language,
) -> dict[str, Any]:
    """The whole report the grading flow writes when it marks `answers` on an exam of
    `questions`."""
    exam = Exam(
        title=title,
        language=language,
        questions=questions,
        total_score=sum(q.score for q in questions),
        answer_key={str(q.number): q.answer for q in questions},
    )
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam.model_dump(mode="json"), "answers": answers},
        {"configurable": {"thread_id": f"graded-{title}"}},
        context=context,
    )
    report: dict[str, Any] = state["report"]
    return report


async def graded_short_answer(
    stem: str,
    points: tuple[str, ...] | list[str],
    answer: str,
    context: FlowContext,
    *,
    title: str,
    language: Language,
) -> tuple[float, str]:
    """One short answer on `points` (`short_answer`), graded through the real flow: its score and
    the note the learner reads."""
    report = await graded_report(
        [short_answer(stem, *points)], {"1": answer}, context, title=title, language=language
    )
    result = report["questions"][0]
    return result["score"], result["review"]


async def graded_paper(
    questions: list[Question],
    answers: dict[str, str],
    context: FlowContext,
    *,
    title: str,
    language: Language,
) -> dict[int, Any]:
    """Each question's result (by number) when the grading flow marks `answers` on an exam of
    `questions`."""
    report = await graded_report(questions, answers, context, title=title, language=language)
    return {r["number"]: r for r in report["questions"]}


def quotes_as_contradicted(
    note: str, answer: str, language: Language, said: str | None = None
) -> bool:
    """Whether a one-point note marks the point contradicted and quotes what the learner wrote
    (`said`, or the answer without its "(1) " and its full stop)."""
    label = "(1) 有误（答成：" if language == "zh" else "(1) contradicted (you gave: "
    expected = said or answer.removeprefix("(1) ").rstrip("。.")
    return f"{label}{expected}" in note
