"""`analyse(text)`: material as sentences (verbatim, with sections), key terms and scores.

A `Document` is what the offline question builders read. It round-trips through plain JSON
(`to_json` / `from_json`) because graph state holds JSON only; the material itself is kept
beside it, and sentence offsets point into it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graphs.exams import Language
from graphs.text.keywords import extract_terms
from graphs.text.language import detect_language
from graphs.text.segment import tokenize
from graphs.text.sentences import split_sentences
from graphs.text.terms import TermKind

MAX_KEY_TERMS = 80
"""Terms beyond this rank are too weak to ask about (numbers are kept regardless)."""


@dataclass(frozen=True)
class KeyTerm:
    """A key term: text, kind (for same-kind distractors), weight and where it occurs."""

    text: str
    kind: TermKind
    weight: float
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class DocSentence:
    """A sentence of the material with its key terms (heaviest first) and informativeness."""

    index: int
    text: str
    start: int
    section: str
    terms: tuple[str, ...]
    score: float


@dataclass
class Document:
    """Analysed material: language, sentences, sections (title → sentence indices), key terms."""

    text: str
    language: Language
    sentences: list[DocSentence]
    terms: dict[str, KeyTerm]
    sections: dict[str, list[int]] = field(default_factory=dict)

    def same_kind_terms(self, term: str) -> list[KeyTerm]:
        """Other key terms of the same kind, heaviest first (distractor candidates)."""
        kind = self.terms[term].kind
        return [t for t in self.terms.values() if t.kind == kind and t.text != term]

    def rarity(self, term: str) -> float:
        """0-1: how rarely the term occurs in this document (1: once)."""
        count = len(self.terms[term].sentences) if term in self.terms else 1
        return 1.0 / math.sqrt(count)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (the material itself is not included)."""
        return {
            "language": self.language,
            "sentences": [
                [s.index, s.text, s.start, s.section, list(s.terms), s.score]
                for s in self.sentences
            ],
            "terms": [[t.text, t.kind, t.weight, list(t.sentences)] for t in self.terms.values()],
        }

    @classmethod
    def from_json(cls, text: str, data: dict[str, Any]) -> Document:
        """Rebuild from `to_json` output and the material it was made from."""
        sentences = [
            DocSentence(index=i, text=t, start=st, section=sec, terms=tuple(terms), score=score)
            for i, t, st, sec, terms, score in data["sentences"]
        ]
        terms = {
            text_: KeyTerm(text=text_, kind=kind, weight=weight, sentences=tuple(where))
            for text_, kind, weight, where in data["terms"]
        }
        return cls(
            text=text,
            language=data["language"],
            sentences=sentences,
            terms=terms,
            sections=_sections(sentences),
        )


def _sections(sentences: list[DocSentence]) -> dict[str, list[int]]:
    sections: dict[str, list[int]] = {}
    for sentence in sentences:
        if sentence.section:
            sections.setdefault(sentence.section, []).append(sentence.index)
    return sections


def _informativeness(text: str, terms: list[KeyTerm], language: Language) -> float:
    """Key-term weight per unit of length, favouring mid-length sentences with quantities.

    A sentence is worth asking about when it packs several strong terms; very short ones are
    fragments and very long ones are hard to turn into a clean stem.
    """
    length = len(text) if language == "zh" else len(text.split()) * 5
    if length < 10:
        return 0.0
    weight = sum(t.weight for t in terms)
    has_number = any(t.kind == "number" for t in terms)
    shape = 1.0 if 15 <= length <= 90 else 0.6
    return (weight / math.sqrt(length)) * shape * (1.3 if has_number else 1.0) * 100


def _contains(sentence: str, term: str, language: Language) -> bool:
    if language == "zh":
        return term in sentence
    lowered = f" {sentence.lower()} "
    return any(f"{sep}{term.lower()}{end}" in lowered for sep in " (\"'" for end in " ,.;:)!?\"'")


@lru_cache(maxsize=8)
def analysed(text: str) -> Document:
    """`analyse(text)`, cached by the text: every generation branch of one exam reads the same
    material, and passing the analysis in each branch's task would copy it into every
    checkpoint write. Treat the result as read-only."""
    return analyse(text)


def analyse(text: str, language: Language | None = None) -> Document:
    """Split, tokenise and weigh the material once; everything the builders need."""
    lang = language or detect_language(text)
    raw = split_sentences(text)
    tokens = [tokenize(s.text, lang) for s in raw]
    stats = extract_terms([s.text for s in raw], tokens, lang)
    words = [t for t in stats if t.kind != "number"][:MAX_KEY_TERMS]
    numbers = [t for t in stats if t.kind == "number"]
    kept = sorted(words + numbers, key=lambda t: (-t.weight, t.text))
    terms = {t.text: KeyTerm(t.text, t.kind, t.weight, t.sentences) for t in kept}
    by_sentence: dict[int, list[KeyTerm]] = {}
    for term in terms.values():
        for index in term.sentences:
            if _contains(raw[index].text, term.text, lang):
                by_sentence.setdefault(index, []).append(term)
    sentences = []
    for index, sentence in enumerate(raw):
        found = by_sentence.get(index, [])
        sentences.append(
            DocSentence(
                index=index,
                text=sentence.text,
                start=sentence.start,
                section=sentence.section,
                terms=tuple(t.text for t in found),
                score=_informativeness(sentence.text, found, lang),
            )
        )
    return Document(
        text=text, language=lang, sentences=sentences, terms=terms, sections=_sections(sentences)
    )
