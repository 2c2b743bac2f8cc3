"""A criterion's line under Strengths: what went well in it, without its criticism.

A criterion scoring well may still hold a fault in its explanation ("The questions in turn 5 only
asked for a decision, nothing about the customer", a point not done, a half left out). Under
"Strengths" a trainer reads that as praise of the fault (session 21, eng-strong), so the strength
states only the facts in the learner's favour; the criterion's own line keeps the whole account.
"""

from __future__ import annotations

from dataclasses import replace

from graphs.exams import Language
from graphs.practice_dialogue.report_sentences import Facts, explanation


def praise(language: Language, top_level: str | None, facts: Facts) -> str:
    """The criterion's explanation (report_sentences.explanation) from its favourable facts:
    no point missed or half done, no question that only asked for a yes, no "did not agree"."""
    kept = replace(
        facts,
        missing=[],
        partly=[],
        halves=[],
        asked_aside=[],
        asked_for_yes=[],
        agreed=facts.agreed or None,
        last_words=facts.last_words if facts.agreed else None,
        mood=facts.mood if facts.agreed else None,
        limits=facts.limits or None,
    )
    return explanation(language, top_level, kept)
