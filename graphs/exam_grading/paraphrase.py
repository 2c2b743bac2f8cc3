"""How much of a scoring point an answer says in its own words: the share of the point's
character bigrams (Chinese) or word lemmas (English, function words left out) found in the answer.
A share of PARAPHRASE_SHARE, with one of the point's actions found, states the point
(scoring_points.py)."""

from __future__ import annotations

import re
import unicodedata

from graphs.exam_grading.point_terms import EN_FUNCTION_WORDS, EN_WORD
from graphs.exam_grading.vocabulary import lemma
from graphs.exams import Language

PARAPHRASE_SHARE = 0.5
"""Share of a point's character bigrams (zh) or word stems (en) that makes a paraphrase."""


def _bigrams(text: str, language: Language) -> set[str]:
    folded = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())
    if language == "en":
        return {lemma(w) for w in EN_WORD.findall(text.lower()) if w not in EN_FUNCTION_WORDS}
    return {folded[i : i + 2] for i in range(len(folded) - 1)}


def paraphrase_share(point: str, answer: str, language: Language) -> float:
    """The share of `point`'s bigrams (zh) or lemmas (en) that `answer` holds (0 for an empty point)."""
    wanted = _bigrams(point, language)
    if not wanted:
        return 0.0
    return len(wanted & _bigrams(answer, language)) / len(wanted)
