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
Where the stem asks in numbered parts ("（1）… （2）…"), a claim is asked only where a part prints
a word of its own (one no other claim of the point holds; else any of its words), and a point
missed as a whole is read claim by claim too: an answer that states every asked claim ("A grand
costs $130 per tuning" where only the price is asked, not the pitch-raise rule bundled after
it) has the point; one that states part of them, part of it (session 19 end teacher T12). A stem
of one question ("What are the rules on deposits?") asks every claim.
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


_NUMBERED_PARTS = re.compile(r"[（(]\s*[1一]\s*[)）].*[（(]\s*[2二]\s*[)）]", re.S)
"""A stem of numbered parts ("（1）… （2）…"): each part asks one thing, so a claim no part names
by a word of its own is not asked ("What are the rules on deposits?" asks every claim)."""


def asked(claim: str, stem: str, language: Language) -> bool:
    """Whether the question asks about the claim: the stem prints one of its words (no stem:
    every claim is asked)."""
    if not stem.strip():
        return True
    words = default_vocabulary()
    terms = content_terms(claim, language, words)
    return bool(shared_terms(terms, [stem], language, words) & {t.text for t in terms})


def asked_claims(claims: list[str], stem: str, language: Language) -> list[str]:
    """The claims the stem asks about by a word of their own (no other claim holds it); where
    none is asked so, those it asks about by any word (`asked`)."""
    words = default_vocabulary()
    own: list[str] = []
    for claim in claims:
        others = [c for c in claims if c != claim]
        terms = content_terms(claim, language, words)
        mine = [t for t in terms if t.text not in shared_terms(terms, others, language, words)]
        if stem.strip() and shared_terms(mine, [stem], language, words) & {t.text for t in mine}:
            own.append(claim)
    return own or [c for c in claims if asked(c, stem, language)]


def judged_by_claims(
    judgement: PointJudgement, answer: str, stem: str, language: Language, judge: Judge
) -> PointJudgement:
    """A credited point of several claims made partial where an asked claim is not written."""
    claims = claims_of(judgement.point)
    if judgement.verdict == "missing" and len(claims) > 1 and _NUMBERED_PARTS.search(stem):
        return _missed_but_asked_claims(judgement, claims, answer, stem, language, judge)
    if judgement.verdict != "credited" or len(claims) < 2:
        return judgement
    wanted = (
        asked_claims(claims, stem, language)
        if _NUMBERED_PARTS.search(stem)
        else [c for c in claims if asked(c, stem, language)]
    )
    unwritten = [c for c in wanted if judge(c, answer).verdict != "credited"]
    if not unwritten or len(unwritten) == len(claims):
        return judgement
    lacks = unwritten[0]
    return replace(
        judgement,
        verdict="partial",
        reason=f"states part of the point, not: {lacks}",
        lacks=lacks,
    )


def unasked_claims(point: str, stem: str, language: Language) -> list[str]:
    """The point's claims the stem does not ask about (none for a point of one claim)."""
    claims = claims_of(point)
    if len(claims) < 2:
        return []
    wanted = asked_claims(claims, stem, language)
    return [c for c in claims if c not in wanted]


def _missed_but_asked_claims(
    judgement: PointJudgement,
    claims: list[str],
    answer: str,
    stem: str,
    language: Language,
    judge: Judge,
) -> PointJudgement:
    """A point missed as a whole, read claim by claim: credited where every asked claim is
    stated, partial where some are, as it was where none is (module doc)."""
    wanted = asked_claims(claims, stem, language)
    if len(wanted) == len(claims):
        return judgement
    judged = {c: judge(c, answer) for c in wanted}
    stated = [c for c in wanted if judged[c].verdict == "credited"]
    partly = [c for c in wanted if judged[c].verdict == "partial"]
    if not (stated or partly) or any(j.verdict == "contradicted" for j in judged.values()):
        return judgement
    if len(stated) == len(wanted):
        return replace(judged[stated[0]], point=judgement.point)
    if len(wanted) == 1:  # its one asked claim, part of it said ("130" for "130 dollars")
        return replace(judged[partly[0]], point=judgement.point)
    lacks = next(c for c in wanted if c not in stated)
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
