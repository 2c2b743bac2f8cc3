"""A scoring point that bundles several claims, judged claim by claim.

A point may hold two sentences ("If the repair cost exceeds the deposit, the customer is
invoiced within 14 days. Late returns are charged at the daily rate for each extra day"): its
words found anywhere in the answer ("charged" from another point's sentence, "day" from "14
days") do not make each claim written (session 18 end teacher T11: "Credited … names a rule the
learner never wrote"). So a point credited as a whole is checked again sentence by sentence:
- a claim the question asks about (the stem prints one of its words) and that the answer does not
  state alone leaves the point partly answered, its note naming that claim;
- a claim the question never asks about (an unasked rule the exam bundled in) costs nothing, and
  is not named as stated unless the answer states it (`written_claims`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import content_terms, shared_terms
from graphs.exam_grading.vocabulary import default_vocabulary
from graphs.exams import Language

Judge = Callable[[str, str], PointJudgement]
"""Judges one claim (a point's sentence) against an answer."""

_SENTENCE_END = re.compile(r"(?<=[。！？；;!?])\s*|(?<=[a-z\)\]%])\.\s+(?=[A-Z])")
_MIN_CLAIM_CHARS = 6


def claims_of(point: str) -> list[str]:
    """The point's sentences (one claim each); the point itself when it has one."""
    parts = [p.strip().rstrip(".。;；") for p in _SENTENCE_END.split(point)]
    claims = [p for p in parts if p]
    if len(claims) < 2 or any(len(c) < _MIN_CLAIM_CHARS for c in claims):
        return [point]
    return claims


def asked(claim: str, stem: str, language: Language) -> bool:
    """Whether the question asks about the claim: the stem prints one of its words (no stem:
    every claim is asked)."""
    if not stem.strip():
        return True
    words = default_vocabulary()
    terms = content_terms(claim, language, words)
    return bool(shared_terms(terms, [stem], language, words) & {t.text for t in terms})


def judged_by_claims(
    judgement: PointJudgement, answer: str, stem: str, language: Language, judge: Judge
) -> PointJudgement:
    """A credited point of several claims made partial where an asked claim is not written."""
    claims = claims_of(judgement.point)
    if judgement.verdict != "credited" or len(claims) < 2:
        return judgement
    unwritten = [
        c for c in claims if asked(c, stem, language) and judge(c, answer).verdict != "credited"
    ]
    if not unwritten or len(unwritten) == len(claims):
        return judgement
    lacks = unwritten[0]
    return replace(
        judgement,
        verdict="partial",
        reason=f"states part of the point, not: {lacks}",
        lacks=lacks,
    )


def written_claims(point: str, answer: str, stem: str, language: Language, judge: Judge) -> str:
    """The point as far as the answer states it, for a note that names what was written: its
    asked claims, and an unasked one only where the answer states it."""
    claims = claims_of(point)
    if len(claims) < 2:
        return point
    kept = [c for c in claims if asked(c, stem, language) or judge(c, answer).verdict == "credited"]
    joiner = "。" if language == "zh" else ". "
    return joiner.join(kept) if kept else point
