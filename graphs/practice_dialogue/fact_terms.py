"""The term a scenario's fact is about, read from its author's cues: "check-out" of [late
check-out, late checkout, check-out until, checkout till, check out at].

An author lists the ways a fact tends to be said; a learner says the same term in words none of
them holds ("check-out for the suite is any time you like"). The term is the longest stretch of
letters (spaces and hyphens aside, so "check-out", "check out" and "checkout" are one) that more
than half of the cues share and the fact's claim names ("A wrong late check-out time"): "night",
shared by the cues of the suite's price, is no term of "A wrong price for the suite". A fact with
fewer than two cues, or whose cues share none (退款, 到账), has no term beyond its cues.
"""

from __future__ import annotations

import re

from graphs.scenarios import Fact

_JOINS = re.compile(r"[\s\-‐–]+")
_BRACKET = re.compile(r"[（(].*?[)）]")
_SHORTEST = 4
"""The fewest letters of a term in a spaced script ("check"): shorter ones are parts of words."""
_SHORTEST_CJK = 2


def _folded(text: str) -> str:
    return _JOINS.sub("", text.lower())


def fact_term(fact: Fact) -> str | None:
    """The longest stretch of letters more than half of the fact's cues share and its claim
    names."""
    cues = [_folded(c) for c in fact.cues if c.strip()]
    claim = _folded(_BRACKET.sub("", fact.claim))  # its bracket is the truth, not the term
    if len(cues) < 2:
        return None
    best: str | None = None
    for cue in cues:
        for start in range(len(cue)):
            for end in range(len(cue), start, -1):
                part = cue[start:end]
                if best is not None and len(part) <= len(best):
                    break
                shortest = _SHORTEST if part.isascii() else _SHORTEST_CJK
                shared = sum(part in c for c in cues) * 2 > len(cues)
                if len(part) >= shortest and shared and part in claim:
                    best = part
                    break
    return best


def term_spans(fact: Fact, clause: str) -> list[tuple[int, int]]:
    """Where the clause names the fact's term, a space or hyphen allowed between its letters; in a
    spaced script only from the start of a word ("check-out", not "paycheck")."""
    term = fact_term(fact)
    if term is None:
        return []
    joined = r"[\s\-‐–]?".join(re.escape(ch) for ch in term)
    start = r"(?<![a-z])" if term.isascii() else ""
    return [m.span() for m in re.finditer(start + joined, clause, re.IGNORECASE)]
