"""The material's own lexicon: whole terms, so that a blank or a key never cuts a word.

jieba's dictionary does not know a course's terms: it splits 免赔额 into 免 / 赔额 and 验光单上 into
验光 / 单上. A `Lexicon` re-segments the material's sentences with jieba's posseg and then merges
tokens into the material's own terms:

- a quantity with its unit is one term (3个月, 5℃, 14 days);
- a single-character content token glued to a content word is one term (免+赔额, 棉+滤芯,
  防+蓝光+镜片): Chinese single characters are bound morphemes far more often than words;
- a run of two or three content tokens that recurs in the material (值班+经理, 区域+经理) is one
  term: what the material keeps saying as a unit is a unit;
- English: a hyphenated word is one term, and a noun phrase (modifiers and a head noun, word
  classes from `word_class`) that recurs in the material is one term ("restocking fee").

The mended jieba tokens come from `zh_tokens`, the material's coined terms from
`term_discovery`; this module puts them together and segments text into them.

`cuts_word(text, start, end)` tells a validator or a builder whether a span would split such a
term. No global state changes: jieba's dictionary is never touched, so materials do not leak into
each other.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.segment import warm_up
from graphs.text.sentences import split_sentences
from graphs.text.term_discovery import MIN_RECUR, material_terms
from graphs.text.terms import NUMBER_PATTERN
from graphs.text.zh_tokens import (
    CJK,
    VERB_SUFFIX_BLOCK,
    ZH_MODALS,
    Segment,
    bound_morpheme,
    is_content,
    zh_tokens,
)

_EN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_SEGMENT_CACHE = 4096


def _resegment(
    text: str, segments: list[Segment], spans: list[tuple[int, int]], tag: str = "term"
) -> list[Segment]:
    """Segments re-cut so that each span (non-overlapping) is one `term`.

    A span need not follow jieba's boundaries: 验光单 inside jieba's 验光 / 单上 becomes 验光单 / 上.
    """
    cuts = {0, len(text)}
    for seg in segments:
        cuts.update((seg.start, seg.end))
    for start, end in spans:
        cuts = {c for c in cuts if not start < c < end}
        cuts.update((start, end))
    tags = {(seg.start, seg.end): seg.tag for seg in segments}
    ordered = sorted(cuts)
    out = []
    for start, end in pairwise(ordered):
        piece = text[start:end]
        if piece.strip():
            out.append(Segment(piece, start, end, tags.get((start, end), tag)))
    return out


def _quantity_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NUMBER_PATTERN.finditer(text)]


class Lexicon:
    """Whole terms of one material, and segmentation of its sentences into them."""

    def __init__(self, material: str, language: Language) -> None:
        self.language: Language = language
        self.material = material
        self._segments: dict[str, list[Segment]] = {}
        self.recurring: Counter[str] = Counter()
        """Multi-token terms the material repeats, with how often it says them."""
        if language == "zh":
            warm_up()
            self._learn_zh(material)
        else:
            self._learn_en(material)

    @classmethod
    def of(cls, material: str, language: Language | None = None) -> Lexicon:
        """The lexicon of a material (cached: builders and validators ask for the same one)."""
        return _cached(material, language or _material_language(material))

    # -- learning -------------------------------------------------------------------------------

    def _learn_zh(self, material: str) -> None:
        # Sentences, not lines: the analysis tags the same strings, so jieba runs once per text.
        lines = [
            (s.text, self._glued(s.text, zh_tokens(s.text))) for s in split_sentences(material)
        ]
        self.recurring = material_terms(material, lines)

    def _learn_en(self, material: str) -> None:
        from graphs.text.word_class import en_phrase_runs

        counts: Counter[str] = Counter()
        for line in material.splitlines():
            for phrase in en_phrase_runs(line):
                counts[phrase.lower()] += 1
        self.recurring = Counter({k: v for k, v in counts.items() if v >= MIN_RECUR})

    # -- segmentation ---------------------------------------------------------------------------

    def _glued(self, text: str, segments: list[Segment]) -> list[Segment]:
        """Quantities with their units, and single-character morphemes with their word."""
        merged = _resegment(text, segments, _quantity_spans(text), tag="qty")
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(merged):
            first = merged[i]
            j = i
            # 免 + 赔额, 防 + 蓝光 + 镜片, 棉 + 滤芯: a lone character bound to the word after it.
            while (
                j + 1 < len(merged)
                and merged[j].end == merged[j + 1].start
                and len(merged[j].text) == 1
                and CJK.match(merged[j].text)
                and merged[j].text not in VERB_SUFFIX_BLOCK
                and bound_morpheme(merged[j])
                and merged[j + 1].tag != "qty"
                and is_content(merged[j + 1].tag)
                # 观摩区 + 禁止: a modal starts the predicate, it is never part of a term.
                and merged[j + 1].text not in ZH_MODALS
            ):
                j += 1
            if j > i:
                spans.append((first.start, merged[j].end))
            i = j + 1
        return _resegment(text, merged, spans)

    def segment(self, text: str) -> list[Segment]:
        """The text as whole terms and tokens, in order (offsets into `text`)."""
        cached = self._segments.get(text)
        if cached is None:
            cached = self._segment(text)
            if len(self._segments) < _SEGMENT_CACHE:
                self._segments[text] = cached
        return cached

    def _segment(self, text: str) -> list[Segment]:
        if self.language == "en":
            return self._segment_en(text)
        segments = self._glued(text, zh_tokens(text))
        spans = []
        for term in sorted(self.recurring, key=len, reverse=True):
            for match in re.finditer(re.escape(term), text):
                spans.append(match.span())
        return _resegment(text, segments, _non_overlapping(spans))

    def _segment_en(self, text: str) -> list[Segment]:
        segments = [Segment(m.group(), m.start(), m.end(), "eng") for m in _EN_WORD.finditer(text)]
        spans = list(_quantity_spans(text))
        lowered = text.lower()
        for term in sorted(self.recurring, key=len, reverse=True):
            for match in re.finditer(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", lowered):
                spans.append(match.span())
        return _resegment(text, segments, _non_overlapping(spans))

    def cuts_word(self, text: str, start: int, end: int) -> bool:
        """True when the span [start, end) of `text` begins or ends inside a whole term."""
        if start >= end:
            return False
        for seg in self.segment(text):
            if seg.start < start < seg.end or seg.start < end < seg.end:
                return True
        if self.language == "en":
            before = text[start - 1 : start]
            after = text[end : end + 1]
            inner_left, inner_right = text[start : start + 1], text[end - 1 : end]
            if (before.isalnum() or before == "-") and inner_left.isalnum():
                return True
            if (after.isalnum() or after == "-") and inner_right.isalnum():
                return True
        return False

    def whole_terms(self, text: str) -> list[Segment]:
        """The segments of `text` that are content: terms, quantities, content words."""
        return [
            s
            for s in self.segment(text)
            if s.tag in ("term", "eng", "qty") or is_content(s.tag) or s.tag.startswith("m")
        ]


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest spans first, none overlapping another kept span."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= a or b <= start for a, b in kept):
            kept.append((start, end))
    return sorted(kept)


def clear_lexicons() -> None:
    """Forget the cached lexicons (see graphs/text/caches.py)."""
    _cached.cache_clear()
    _material_language.cache_clear()


@lru_cache(maxsize=32)
def _material_language(material: str) -> Language:
    """`detect_language` of a whole material, asked hundreds of times per exam (a full scan)."""
    return detect_language(material)


@lru_cache(maxsize=32)
def _cached(material: str, language: Language) -> Lexicon:
    return Lexicon(material, language)
