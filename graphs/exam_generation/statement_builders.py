"""Offline true/false and fill-in questions built from a sentence of the material.

True/false: the sentence itself (true, quoted verbatim), or a false version made by negating its
modal verb, changing one of its quantities, or swapping a key term for a same-kind term of the
document; a change that happens to occur in the material is discarded. Fill-in: one to three key
terms of the sentence become blanks; the answers are those terms as written.
"""

from __future__ import annotations

import re

from graphs.exam_generation import difficulty
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.wording import askable_terms, blank_out, locate
from graphs.exams import BLANK, Difficulty, Language, Question
from graphs.text.document import DocSentence, Document
from graphs.text.segment import tokenize
from graphs.text.similarity import normalise
from graphs.text.terms import change_number, find_numbers

_ZH_NEGATIONS = {
    "不得": "可以",
    "不能": "可以",
    "不可": "可以",
    "不要": "需要",
    "不予": "可以",
    "禁止": "允许",
    "必须": "无需",
    "应当": "无需",
    "应该": "不必",
    "应": "不必",
    "需要": "不需要",
    "需": "无需",
    "可以": "不可以",
    "能够": "不能",
    "免费": "收费",
}
_EN_NEGATIONS = (
    (r"\bmust not\b", "must"),
    (r"\bcannot\b", "can"),
    (r"\bnever\b", "always"),
    (r"\bdo not\b", "do"),
    (r"\b(must|should|can|will|may|is|are)\b", r"\1 not"),
)

Change = tuple[str, str, str, str]
"""(changed sentence, kind of change, original part, changed part)."""


def _negate(text: str, zh: bool) -> Change | None:
    if zh:
        words = [t.word for t in tokenize(text, "zh")]
        for i, word in enumerate(words):
            if word in _ZH_NEGATIONS:
                new = _ZH_NEGATIONS[word]
                changed = "".join([*words[:i], new, *words[i + 1 :]])
                return changed, "negation", word, new
        return None
    for pattern, replacement in _EN_NEGATIONS:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            new = match.expand(replacement)
            return text[: match.start()] + new + text[match.end() :], "negation", match.group(), new
    return None


def _change_number(text: str) -> Change | None:
    for value in find_numbers(text):
        new = change_number(value)
        span = locate(text, value)
        if new and span:
            return text[: span[0]] + new + text[span[1] :], "number", value, new
    return None


def _swap_term(document: Document, sentence: DocSentence) -> Change | None:
    for term in askable_terms(document, sentence):
        if document.terms[term].kind == "number":
            continue
        for other in document.same_kind_terms(term)[:6]:
            if locate(sentence.text, other.text) or term in other.text or other.text in term:
                continue
            span = locate(sentence.text, term)
            if span is None:
                continue
            written = sentence.text[span[0] : span[1]]
            swapped = sentence.text[: span[0]] + other.text + sentence.text[span[1] :]
            return swapped, "swap", written, other.text
    return None


def false_versions(document: Document, sentence: DocSentence) -> list[Change]:
    """Every false version of the sentence the engine can make, none occurring in the material."""
    zh = document.language == "zh"
    made = [
        _negate(sentence.text, zh),
        _change_number(sentence.text),
        _swap_term(document, sentence),
    ]
    material = normalise(document.text)
    return [c for c in made if c is not None and normalise(c[0]) not in material]


def true_false(
    document: Document,
    sentence: DocSentence,
    target: Difficulty,
    language: Language,
    point: str,
    prefer_true: bool,
) -> Question | None:
    """A true/false question on the sentence at the target difficulty, or None."""
    zh = document.language == "zh"
    length = difficulty.length_feature(sentence.text, zh)
    rarity = max((document.rarity(t) for t in sentence.terms), default=0.5)
    verbatim: Change = (sentence.text, "verbatim", "", "")
    falses = false_versions(document, sentence)
    options = [verbatim, *falses] if prefer_true else [*falses, verbatim]
    for statement, change, original, changed in options:
        if difficulty.rate(difficulty.statement_score(length, rarity, change)) != target:
            continue
        is_true = change == "verbatim"
        explanation = (
            phrase(language, "true_because", quote=sentence.text)
            if is_true
            else phrase(
                language, "false_because", quote=sentence.text, original=original, changed=changed
            )
        )
        return Question(
            type="true_false",
            stem=phrase(language, "true_false_stem", statement=statement),
            answer=["true" if is_true else "false"],
            explanation=explanation,
            knowledge_point=point,
            difficulty=target,
            source_quote=sentence.text,
        )
    return None


def fill_blank(
    document: Document, sentence: DocSentence, target: Difficulty, language: Language, point: str
) -> Question | None:
    """A cloze question: 1-3 key terms of the sentence blanked, at the target difficulty."""
    if BLANK in sentence.text:
        return None
    zh = document.language == "zh"
    length = difficulty.length_feature(sentence.text, zh)
    terms = askable_terms(document, sentence)
    for blanks in (1, 2, 3):
        if len(terms) < blanks:
            break
        chosen = terms[:blanks]
        rarity = sum(document.rarity(t) for t in chosen) / blanks
        if difficulty.rate(difficulty.cloze_score(length, rarity, blanks)) != target:
            continue
        blanked = blank_out(sentence.text, chosen, BLANK)
        if blanked is None:
            continue
        stem_text, answers = blanked
        return Question(
            type="fill_blank",
            stem=phrase(language, "fill_stem", sentence=stem_text),
            answer=answers,
            explanation=phrase(language, "source", quote=sentence.text),
            knowledge_point=point,
            difficulty=target,
            source_quote=sentence.text,
        )
    return None
