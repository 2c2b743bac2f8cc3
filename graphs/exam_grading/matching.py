"""Text matching for the offline judge: normalised comparison and scoring-point coverage.

Normalising folds full-width to half-width (NFKC), case, whitespace and punctuation, so `ＡＢＣ 。`
and `abc` compare equal. Near-misses (a typo, 的/地, a missing character) are accepted by
rapidfuzz's ratio above a threshold, but only for answers long enough that one character is not the
whole answer. A scoring point counts as covered when the answer contains most of its key terms
(jieba words, fuzzy-matched) or closely paraphrases it.
"""

from __future__ import annotations

import re
import unicodedata

import jieba
from rapidfuzz import fuzz

FUZZY_RATIO = 85
"""ratio (0-100) above which two normalised fill-in answers count as the same."""
FUZZY_MIN_CHARS = 3
"""Shorter answers must match exactly: one wrong character in "A型" is a different answer."""
TERM_MATCH = 85
"""partial_ratio above which a key term counts as present in an answer."""
POINT_TERMS_SHARE = 0.5
"""Share of a scoring point's key terms an answer must contain to cover it."""
POINT_PARAPHRASE = 80
"""partial_ratio of the whole point against the answer that covers it without the term test."""

_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
_STOPWORD_TEXT = (
    "的 了 和 与 及 或 在 是 为 对 把 被 等 并 而 且 以 也 要 会 能 可以 进行 通过 一个 这个 "
    "客户 顾客 提供 方案 需要 应该 使用 "
    "the a an and or of to in on for with by is are be that this it as at from"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Words too common in scoring points to show that an answer covers one."""


def normalise(text: str) -> str:
    """Fold width, case, whitespace and punctuation away."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text).lower())


def same_answer(given: str, expected: str) -> bool:
    """True when a fill-in answer matches the expected one (alternatives separated by `|`)."""
    answer = normalise(given)
    if not answer:
        return False
    for option in expected.split("|"):
        wanted = normalise(option)
        if answer == wanted:
            return True
        if (
            min(len(answer), len(wanted)) >= FUZZY_MIN_CHARS
            and fuzz.ratio(answer, wanted) >= FUZZY_RATIO
        ):
            return True
    return False


def key_terms(text: str) -> list[str]:
    """The content words of a scoring point (jieba for Chinese, words for English), normalised."""
    terms = []
    for word in jieba.lcut(unicodedata.normalize("NFKC", text).lower()):
        term = normalise(word)
        if not term or term in _STOPWORDS:
            continue
        is_ascii = term.isascii()
        if (is_ascii and len(term) >= 3) or (not is_ascii and len(term) >= 2) or term.isdigit():
            terms.append(term)
    return list(dict.fromkeys(terms))


def point_covered(point: str, answer: str) -> bool:
    """True when the answer covers the scoring point (most key terms, or a close paraphrase)."""
    text = normalise(answer)
    if not text:
        return False
    wanted = normalise(point)
    if (
        wanted
        and fuzz.partial_ratio(wanted, text) >= POINT_PARAPHRASE
        and len(text) >= len(wanted) / 2
    ):
        return True
    terms = key_terms(point)
    if not terms:
        return False
    found = sum(1 for term in terms if term in text or fuzz.partial_ratio(term, text) >= TERM_MATCH)
    return found / len(terms) >= POINT_TERMS_SHARE
