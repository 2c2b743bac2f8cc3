"""Small text operations the offline builders share: finding, blanking and cleaning terms."""

from __future__ import annotations

import re

from graphs.text.document import DocSentence, Document

_POINT_PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[章节部分]\s*|[一二三四五六七八九十]+、\s*|\d+[.、]\s*)"
)


def clean_point(name: str) -> str:
    """A knowledge point's name without its outline number ("六、会员制度" -> "会员制度")."""
    return _POINT_PREFIX.sub("", name).strip() or name


def locate(text: str, term: str) -> tuple[int, int] | None:
    """Where a term first occurs in a text (case-insensitive, whole words for English)."""
    if term.isascii() and term[:1].isalpha():
        match = re.search(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", text, re.IGNORECASE)
    else:
        match = re.search(re.escape(term), text)
    return (match.start(), match.end()) if match else None


def askable_terms(document: Document, sentence: DocSentence) -> list[str]:
    """Key terms of the sentence worth asking about, most specific first, none inside another.

    Specific = weight x rarity: a term that runs through the whole material ("前台") is a poor
    gap, since the sentence around it gives it away; one the material uses in a few places is
    what a learner must actually remember.
    """
    chosen: list[str] = []
    spans: list[tuple[int, int]] = []
    ordered = sorted(
        sentence.terms, key=lambda t: (-document.terms[t].weight * document.rarity(t), t)
    )
    for term in ordered:
        if len(term) < 2:
            continue
        span = locate(sentence.text, term)
        if span is None or any(span[0] < e and s < span[1] for s, e in spans):
            continue
        chosen.append(term)
        spans.append(span)
    return chosen


def blank_out(text: str, terms: list[str], marker: str) -> tuple[str, list[str]] | None:
    """Replace each term's first occurrence with `marker`; return the text and the terms as
    written, in the order they appear. None if a term is missing."""
    spans = []
    for term in terms:
        span = locate(text, term)
        if span is None:
            return None
        spans.append(span)
    spans.sort()
    out, answers, last = [], [], 0
    for start, end in spans:
        if start < last:
            return None
        out.append(text[last:start])
        out.append(marker)
        answers.append(text[start:end])
        last = end
    out.append(text[last:])
    return "".join(out), answers


def point_of(sentence: DocSentence, fallback: str | None) -> str:
    """The knowledge point a question on this sentence belongs to."""
    if fallback:
        return fallback
    return clean_point(sentence.section) if sentence.section else (sentence.terms[:1] or ("",))[0]
