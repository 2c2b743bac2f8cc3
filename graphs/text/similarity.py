"""Normalised comparison of texts: near-duplicate stems and quotes that must occur in material.

rapidfuzz does the fuzzy part. Normalising first (case, width, whitespace, punctuation and blank
markers dropped) makes "退货须在7天内办理。" and "退货须在 7 天内办理" the same stem.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)

DUPLICATE_THRESHOLD = 90.0
"""fuzz.ratio at or above which two normalised stems are the same question."""
GROUNDING_THRESHOLD = 90.0
"""fuzz.partial_ratio at or above which a quote counts as occurring in the material."""


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, NFKC width folding, no whitespace, punctuation or blank markers."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return _DROP.sub("", folded)


def similarity(a: str, b: str) -> float:
    """0-100: how alike two texts are after normalisation."""
    return float(fuzz.ratio(normalise(a), normalise(b)))


def is_near_duplicate(a: str, b: str, threshold: float = DUPLICATE_THRESHOLD) -> bool:
    """True when two texts are the same after normalisation or nearly so."""
    left, right = normalise(a), normalise(b)
    if not left or not right:
        return False
    return left == right or fuzz.ratio(left, right) >= threshold


def quote_score(quote: str, material: str) -> float:
    """0-100: how well `quote` occurs in `material` (100: exactly, up to spacing and punctuation)."""
    needle = normalise(quote)
    if not needle:
        return 0.0
    haystack = normalise(material)
    if needle in haystack:
        return 100.0
    return float(fuzz.partial_ratio(needle, haystack))


def is_grounded(quote: str, material: str, threshold: float = GROUNDING_THRESHOLD) -> bool:
    """True when the quote really occurs in the material, exactly or by a close fuzzy match."""
    return quote_score(quote, material) >= threshold
