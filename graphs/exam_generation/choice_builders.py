"""Offline single- and multiple-choice questions built from a sentence of the material.

Single choice: a key term of the sentence becomes the gap; three same-kind terms from the same
document are the distractors. Multiple choice: two or three key terms of the same kind become
gaps and two same-kind terms join them as distractors. Variants with distractors close to or far
from the answer give the difficulty range; the builder returns the first variant whose rated
difficulty is the one asked for.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from graphs.exam_generation import difficulty
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.wording import askable_terms, blank_out, locate
from graphs.exams import Difficulty, Language, Option, Question
from graphs.text.document import DocSentence, Document
from graphs.text.terms import find_numbers

KEYS = "ABCDEFGH"


def _unit(value: str) -> str:
    return "".join(c for c in value if not (c.isdigit() or c == "."))


def _likeness(answer: str, other: str, is_number: bool, nearby: bool) -> float:
    """0-1: how easily `other` is mistaken for `answer`.

    Numbers: same unit and a close value. Words: used in the same section (so on the same
    topic), similar spelling and length.
    """
    if is_number:
        same_unit = 1.0 if _unit(answer) == _unit(other) else 0.0
        a, b = find_numbers(answer), find_numbers(other)
        digits_a = "".join(c for c in (a[0] if a else answer) if c.isdigit() or c == ".")
        digits_b = "".join(c for c in (b[0] if b else other) if c.isdigit() or c == ".")
        try:
            ratio = (
                abs(math.log(float(digits_a) / float(digits_b))) if digits_a and digits_b else 3.0
            )
        except (ValueError, ZeroDivisionError):
            ratio = 3.0
        return 0.4 * same_unit + 0.4 * max(0.0, 1.0 - ratio / 2.5) + 0.2 * nearby
    shape = 1.0 - min(1.0, abs(len(answer) - len(other)) / max(len(answer), 1))
    return 0.3 * fuzz.ratio(answer, other) / 100 + 0.3 * shape + 0.4 * nearby


def distractor_pool(
    document: Document, sentence: DocSentence, answer: str
) -> list[tuple[float, str]]:
    """Same-kind terms of the document that are not in this sentence, most alike first."""
    is_number = document.terms[answer].kind == "number"
    section = set(document.sections.get(sentence.section, ()))
    pool = []
    for term in document.same_kind_terms(answer):
        text = term.text
        if locate(sentence.text, text) or text in answer or answer in text:
            continue
        if is_number and _unit(text) != _unit(answer):
            continue
        nearby = bool(section.intersection(term.sentences))
        pool.append((_likeness(answer, text, is_number, nearby), text))
    pool.sort(key=lambda p: (-p[0], p[1]))
    return pool


def _variants(pool: list[tuple[float, str]], size: int) -> list[list[tuple[float, str]]]:
    """Close, middle and far distractor sets (deduplicated)."""
    if len(pool) < size:
        return []
    middle = max(0, len(pool) // 2 - size // 2)
    sets = [pool[:size], pool[middle : middle + size], pool[-size:]]
    unique: list[list[tuple[float, str]]] = []
    for chosen in sets:
        if chosen not in unique:
            unique.append(chosen)
    return unique


def single_choice(
    document: Document, sentence: DocSentence, target: Difficulty, language: Language, point: str
) -> Question | None:
    """A single-choice question on the sentence at the target difficulty, or None."""
    zh = document.language == "zh"
    length = difficulty.length_feature(sentence.text, zh)
    for answer in askable_terms(document, sentence)[:4]:
        blanked = blank_out(sentence.text, [answer], phrase(language, "choice_blank"))
        if blanked is None:
            continue
        stem_text, written = blanked
        for chosen in _variants(distractor_pool(document, sentence, answer), 3):
            similarity = sum(score for score, _ in chosen) / len(chosen)
            score = difficulty.choice_score(length, document.rarity(answer), similarity)
            if difficulty.rate(score) != target:
                continue
            texts = [written[0], *(text for _, text in chosen)]
            return Question(
                type="single_choice",
                stem=phrase(language, "single_stem", sentence=stem_text),
                options=[Option(key=KEYS[i], text=t) for i, t in enumerate(texts)],
                answer=["A"],
                explanation=phrase(language, "source", quote=sentence.text),
                knowledge_point=point,
                difficulty=target,
                source_quote=sentence.text,
            )
    return None


def multiple_choice(
    document: Document, sentence: DocSentence, target: Difficulty, language: Language, point: str
) -> Question | None:
    """A multiple-choice question: 2-3 same-kind terms of the sentence are the keys."""
    zh = document.language == "zh"
    terms = askable_terms(document, sentence)
    by_kind: dict[str, list[str]] = {}
    for term in terms:
        by_kind.setdefault(document.terms[term].kind, []).append(term)
    length = difficulty.length_feature(sentence.text, zh)
    for group in by_kind.values():
        for count in (3, 2):
            if len(group) < count:
                continue
            keys = group[:count]
            blanked = blank_out(sentence.text, keys, phrase(language, "choice_blank"))
            if blanked is None:
                continue
            stem_text, written = blanked
            pool = [p for p in distractor_pool(document, sentence, keys[0]) if p[1] not in keys]
            for chosen in _variants(pool, 2):
                similarity = sum(score for score, _ in chosen) / len(chosen)
                rarity = sum(document.rarity(k) for k in keys) / count
                # More keys to find makes a multiple choice harder than its distractors alone.
                score = difficulty.choice_score(length, rarity, similarity) + 0.1 * (count - 2)
                if difficulty.rate(score) != target:
                    continue
                texts = [*written, *(text for _, text in chosen)]
                return Question(
                    type="multiple_choice",
                    stem=phrase(language, "multiple_stem", sentence=stem_text),
                    options=[Option(key=KEYS[i], text=t) for i, t in enumerate(texts)],
                    answer=[KEYS[i] for i in range(count)],
                    explanation=phrase(language, "source", quote=sentence.text),
                    knowledge_point=point,
                    difficulty=target,
                    source_quote=sentence.text,
                )
    return None
