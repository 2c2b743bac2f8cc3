"""Offline short-answer questions from a run of consecutive sentences of one knowledge point.

The reference answer is the run itself (quoted from the material); the scoring points are, per
sentence, the clause that carries its heaviest key term. Two to five points give the difficulty.
"""

from __future__ import annotations

import re

from graphs.exam_generation import difficulty
from graphs.exam_generation.phrasing import phrase
from graphs.exams import Difficulty, Language, Question
from graphs.text.document import DocSentence, Document

_CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")


def _scoring_point(document: Document, sentence: DocSentence) -> str:
    clauses = [c.strip() for c in _CLAUSE.findall(sentence.text) if len(c.strip()) > 1]
    if not sentence.terms:
        return sentence.text
    heaviest = sentence.terms[0]
    for clause in clauses:
        if heaviest.lower() in clause.lower():
            return clause
    return clauses[0] if clauses else sentence.text


def _focus(sentence: DocSentence) -> str:
    return sentence.terms[0] if sentence.terms else sentence.text[:12]


def short_answer(
    document: Document,
    run: list[DocSentence],
    target: Difficulty,
    language: Language,
    point: str,
) -> Question | None:
    """A short-answer question over the first 2-5 sentences of `run`, or None."""
    zh = document.language == "zh"
    useful = [s for s in run if s.score > 0]
    for size in range(2, min(5, len(useful)) + 1):
        chosen = useful[:size]
        first, last = chosen[0], chosen[-1]
        if [s.index for s in chosen] != list(range(first.index, last.index + 1)):
            break  # not consecutive: the quote would not be one passage of the material
        quote = document.text[first.start : last.start + len(last.text)]
        points = list(dict.fromkeys(_scoring_point(document, s) for s in chosen))
        length = difficulty.length_feature(quote, zh)
        if difficulty.rate(difficulty.short_answer_score(len(points), length)) != target:
            continue
        reference = " ".join(s.text for s in chosen) if not zh else "".join(s.text for s in chosen)
        return Question(
            type="short_answer",
            stem=phrase(language, "short_stem", point=point, focus=_focus(first)),
            answer=[reference],
            scoring_points=points,
            explanation=phrase(language, "source", quote=quote),
            knowledge_point=point,
            difficulty=target,
            source_quote=quote,
        )
    return None
