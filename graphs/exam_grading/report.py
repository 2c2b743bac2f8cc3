"""The grading report: per-question results, totals, what to review and what to retest.

Every missed, partial or unanswered question carries a `review` note that quotes the material it
rests on, a short answer's scoring points not credited, and the correct answer ("原文：…；未答到的
要点：…；正确答案：…", see objective.review_note); the report gathers them under `review` so a
learner knows what to read again, and lists under `review_topics` the rule or fact each rests on,
quoted, with its knowledge point where that names a topic (review_topics.py); only those points
are `review_knowledge_points`, each once (a point that joins two, 现场安装、调试与交付, adds the
ones not listed yet). A right answer's note says so briefly, in the same language
("回答正确：2小时", "Correct: 2 hours"; a short answer names the points it states): a teacher ticks
it and says what earned the tick. Every note is in the exam's language; the judge's `reason`
is for whoever checks the grader (English, canonical units), except a short answer's: its points'
notes with their marks, as the learner's note says them, in the paper's language
(point_notes.reason_in_language); `kpl grade` prints the note. How the paper's multiple choices
were marked is stated once, above the questions (`scoring_rules`, grading_policy.py), so a learner
with half marks for a missed option, and her trainer, read the rule the marks follow.
"""

from __future__ import annotations

from typing import Any

from graphs.exam_grading.grading_policy import (
    DEFAULT_MULTIPLE_CHOICE,
    MultipleChoicePolicy,
    policy_statement,
)
from graphs.exam_grading.review_topics import review_topics, topic_parts
from graphs.exams import Language

RETEST_VERDICTS = frozenset({"wrong", "partial", "unanswered"})


def build_report(
    title: str,
    results: list[dict[str, Any]],
    language: Language = "zh",
    *,
    multiple_choice: MultipleChoicePolicy = DEFAULT_MULTIPLE_CHOICE,
) -> dict[str, Any]:
    """Totals and review lists from the graded questions (any order; listed by number), with the
    exam's `language`, the one its report is printed in, and the marking rules that apply to its
    questions (`multiple_choice`: how its multiple choices were marked)."""
    ordered = sorted(results, key=lambda r: r["number"])
    total = round(sum(r["score"] for r in ordered), 2)
    possible = round(sum(r["max_score"] for r in ordered), 2)
    missed = [r for r in ordered if r["verdict"] in RETEST_VERDICTS]
    topics = review_topics(missed, title, language)
    review = list(dict.fromkeys(p for t in topics if t["topic"] for p in topic_parts(t["topic"])))
    counts = {v: 0 for v in ("correct", "partial", "wrong", "unanswered")}
    for r in ordered:
        counts[r["verdict"]] += 1
    return {
        "title": title,
        "language": language,
        "questions": ordered,
        "total": total,
        "max_total": possible,
        "percentage": round(100 * total / possible, 1) if possible else 0.0,
        "counts": counts,
        # the marking rules the learner's marks follow, stated above the questions
        "scoring_rules": [policy_statement(multiple_choice, language)]
        if any(r["type"] == "multiple_choice" for r in ordered)
        else [],
        "review_knowledge_points": review,
        "review_topics": topics,
        "retest": [r["number"] for r in missed],
        "review": [
            {"number": r["number"], "knowledge_point": r["knowledge_point"], "note": r["review"]}
            for r in missed
            if r.get("review")
        ],
    }
