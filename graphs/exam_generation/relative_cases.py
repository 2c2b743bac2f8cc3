"""Statements measured against a case or a thing the sentence before them named.

Two forms that read whole and say nothing alone (session 21, end D14 and T14):

- a ratio, a dose or a concentration that opens its clause, of a substance the clause before
  named: 「醒花用水必须加入保鲜剂，比例为每1升水加入10毫升」 lifted as 「比例为每____水加入____」
  never says what is added;
- an English case said as "another day", "a further …", "instead" relative to the case the
  sentence before set: "A delivery on another day costs a further 6 pounds" (another day than
  the failed delivery, when nobody was at home), "A late visitor may instead book a later show".

`relative_case` says why such a statement lost its anchor; lost_context.py asks it of every item's
statement, so the offline writer plans none and the validators refuse a model's.
"""

from __future__ import annotations

import re

_ZH_RATIO = re.compile(
    r"^(?:其|按)?(?:配制|稀释|混合|添加)?(?:比例|配比|浓度|用量|剂量|加量|添加量)\s*(?:为|是|按|：|:)"
)
"""「比例为每1升水加入10毫升」: the clause opens on the measure; 「保鲜剂的比例为…」 names its own."""
_EN_OTHER_CASE = re.compile(
    r"\b(?:on|for|at)\s+(?:another|a different|a later|some other)\s+(?:day|date|time|visit)\b"
    r"|\banother (?:day|date|time)\b",
    re.IGNORECASE,
)
_EN_ADDED = re.compile(r"\b(?:a further|an extra|an additional|again|a second)\b", re.IGNORECASE)
"""Words that count on from a first case: with "another day" they say the statement is its sequel."""
_EN_INSTEAD = re.compile(r"\binstead\b(?!\s+of\b)", re.IGNORECASE)
""""instead" with nothing it replaces ("instead of a refund" names it)."""
_EN_OPENING_WORDS = 6


def relative_case(text: str, zh: bool) -> str | None:
    """Why `text` is measured against a case or a substance it never names, or None."""
    if zh:
        if _ZH_RATIO.match(text.strip()):
            return (
                f"{text[:50]!r} opens on a ratio or a dose and never says of what: the clause "
                "before it in the material named the substance; state it"
            )
        return None
    if _EN_INSTEAD.search(text):
        return (
            f"{text[:50]!r} says 'instead' of what the sentence before it in the material set, "
            "which the item does not show; state the case it replaces"
        )
    other = _EN_OTHER_CASE.search(text)
    if other is not None and (
        _EN_ADDED.search(text) or len(text[: other.start()].split()) < _EN_OPENING_WORDS
    ):
        return (
            f"{text[:50]!r} speaks of {other.group()!r}, another than the case the sentence "
            "before it in the material set, which the item does not show; state that case"
        )
    return None
