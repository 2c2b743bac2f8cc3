"""What a length in a rule measures, as a short answer's hint names it: a height, a distance, a
size; or nothing when the rule does not say.

A hint 「写明距离或尺寸」 / "(give the distance or size)" over every length read as the generator
being unsure: the lead quoted it over a hood's height above the hob and over "deliveries over 10
km" (session 20 and 21: "the hint is wrong-kind, it is a distance"). The word the rule measures
the figure by, nearest before it in its clause (「距灶面高度应在…」, 「水平距离不得小于…」,
"stacked no higher than 2 m") or right after it ("2 m high"), names it; a kilometre or a mile is
always a distance; a length the rule names no measure of gets no hint word at all.
"""

from __future__ import annotations

import re

_ZH_MEASURES = (
    ("高度", r"高度|身高|层高|限高|离地"),
    # 「距火堆至少3米」: 距 before what it is measured from
    ("距离", r"距离|间距|相距|距|行驶|里程|半径|范围"),
    ("深度", r"深度|水深"),
    ("长度", r"长度|长约"),
    ("宽度", r"宽度|宽约"),
    ("厚度", r"厚度"),
    ("直径", r"直径|口径"),
    ("尺寸", r"尺寸|误差|规格"),
)
_EN_MEASURES = (
    ("the height", r"height|high|higher|tall|taller|above the (?:floor|ground)"),
    ("the distance", r"distance|away|far|farther|further|radius|travel(?:led|s)?|trips?|journeys?"),
    ("the depth", r"depth|deep|deeper"),
    ("the length", r"length|long|longer"),
    ("the width", r"width|wide|wider"),
    ("the size", r"size|diameter|across"),
)
_ZH_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
_EN_CLAUSE_BREAK = re.compile(r"[,;.:]\s")
_FAR_UNITS = re.compile(r"公里|千米|\bkm\b|\bkms\b|kilomet|\bmiles?\b", re.IGNORECASE)
_EN_AFTER = re.compile(
    r"^\s*(?:(?P<word>high|tall|long|wide|deep|away|across)\b|(?P<from>from|of)\s+the\b)",
    re.IGNORECASE,
)
""""2 m high", "3 m from the fire pit", "within 5 km of the hotel": what the length measures."""


def length_word(text: str, start: int, end: int, zh: bool) -> str | None:
    """The measure of the length `text[start:end]` (「高度」, "the distance"), or None when the
    rule names none: a hint that guesses is worse than no hint."""
    said = text[start:end]
    if not zh:
        after = _EN_AFTER.match(text[end:])
        if after is not None:
            return "the distance" if after["from"] else _named(after["word"], _EN_MEASURES)
    clause = (_ZH_CLAUSE_BREAK if zh else _EN_CLAUSE_BREAK).split(text[:start])[-1]
    found = _nearest(clause, _ZH_MEASURES if zh else _EN_MEASURES, zh)
    if found is not None:
        return found
    if _FAR_UNITS.search(said):
        return "距离" if zh else "the distance"
    return None


def _nearest(clause: str, measures: tuple[tuple[str, str], ...], zh: bool) -> str | None:
    """The measure whose word ends nearest the end of `clause` (the figure follows it)."""
    best: tuple[int, str] | None = None
    for word, pattern in measures:
        bounded = pattern if zh else rf"\b(?:{pattern})\b"
        for found in re.finditer(bounded, clause, flags=0 if zh else re.IGNORECASE):
            if best is None or found.end() > best[0]:
                best = (found.end(), word)
    return best[1] if best is not None else None


def _named(said: str, measures: tuple[tuple[str, str], ...]) -> str | None:
    for word, pattern in measures:
        if re.fullmatch(pattern, said, re.IGNORECASE):
            return word
    return None


LENGTH_HINTS = {
    True: frozenset(word for word, _ in _ZH_MEASURES),
    False: frozenset(word for word, _ in _EN_MEASURES),
}
"""The hint words a length may be named by (besides a model's 「距离或尺寸」)."""
