"""The deeds of an English duty an ask is worded around: the act it does within a time ("log
every bike left overnight"), a second, timed deed joined to the first ("… and handed over within
48 hours") and the subject of the clause its "must" stands in. english_asks.py words the ask.
"""

from __future__ import annotations

import re

from graphs.exam_generation.barred_acts import TIME_WORDS
from graphs.text.quantities import parse_quantities

TIME_DIMENSIONS = ("duration", "calendar", "clock")
"""The dimensions of a figure that says when or how soon."""
_EN_SECOND_DEED = re.compile(
    r"\band\s+(?P<deed>[a-z]+(?:ed|en|wn|ld|ne|pt)(?:\s+(?:over|back|out|in|up|on))?)\s+"
    r"(?:within|by|before|after|no later than)\b",
    re.IGNORECASE,
)
"""The timed deed joined to the first ("… and handed over within 48 hours")."""


def two_deeds(duty: str, subject: str, first: str) -> str | None:
    """A duty with a figure in its first deed and a time on its second ("must be kept below 25°C
    in the cold room and handed over within 48 hours"), asked for both: "How must packages be
    kept, and how soon handed over?"; None (the rule is not asked) when it has no second deed."""
    second = _EN_SECOND_DEED.search(duty)
    if second is None or not re.fullmatch(r"[a-z]+(?:ed|en|wn|ld|ne|pt)", first.lower()):
        return None
    return f"How must {subject} be {first.lower()}, and how soon {second['deed'].lower()}?"


def timed_act(point: str, after: int) -> str | None:
    """The act a duty does within a time ("log every bike left overnight" of "must log every
    bike left overnight within 1 hour"), up to its time words; None when the rule has no time,
    or the act is too short to name or runs into who is told or another clause."""
    if re.search(r"[.;]\s", point[:after]) or not any(
        q.dimension in TIME_DIMENSIONS for q, _, _ in parse_quantities(point[after:])
    ):
        return None  # a "must" of the next sentence binds another subject
    words: list[str] = []
    for word in point[after:].split():
        # "every" is a time word only before a time ("every morning"), not "log every bike"
        if word.lower() in TIME_WORDS - {"every"} or re.search(r"\d", word):
            break
        if word.lower() in ("to", "and", "or", "it", "them") or word.endswith((",", ";", ".")):
            return None
        words.append(word)
    return " ".join(words) if 2 <= len(words) <= 8 else None


_EN_NEW_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while)|;)\s+(?P<subject>(?:the|a|an|their|its|his|her)\s+[^,;]+?)\s+$",
    re.IGNORECASE,
)


def own_subject(point: str, must: int) -> str | None:
    """The subject of the clause "must" stands in when it is not the rule's first one (", and
    the owner must be called"), or None."""
    match = _EN_NEW_CLAUSE.search(point[:must])
    if match is None or not 1 <= len(match["subject"].split()) <= 5:
        return None
    return match["subject"]
