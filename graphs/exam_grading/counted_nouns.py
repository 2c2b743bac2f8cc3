"""What an English key counts: "6 students" counts students, as 6名 counts people.

A Chinese key's measure word (6名, 1张, 10件) is read by the quantity reader as a count, and a bare
"6" for it is the count: the thing counted is no unit a teacher takes marks for. An English key
names the thing with a noun ("6 students", "1 photo"), which the reader leaves as words beside a
bare figure; read as the key's own words, a bare "6" lost the blank ("not the key's words
'students'") while "6" for 6名 was full. One rule in both languages: the noun right after a key's
bare figure, and all the rest of the key, is the thing counted. The answer gives the count when
it names nothing else (6, six), the same noun (6 students, one photo), or, where the key counts
persons (a person's ending or trade: students, instructors), people or persons; another noun
(6 boards) counts something else, as 3箱 does for 3件.
"""

from __future__ import annotations

import re

from graphs.text.person_nouns import person_head
from graphs.text.quantities import Quantity

_THING = re.compile(r"^\s*([a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)
"""One or two words, all the rest of the key after its figure ("students", "life jackets")."""
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_PERSONS = frozenset({"people", "persons", "person"})
_PLURALS = frozenset({"people", "children", "men", "women", "staff", "crew", "feet", "teeth"})
"""Plurals without an s: a count above one agrees with its noun, so "6 children" counts."""
_CALENDAR = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)
"""A month or a weekday after the figure: a date (31 January), nothing counted."""


def thing_counted(option: str, key: list[tuple[Quantity, int, int]]) -> str | None:
    """The noun the key counts after its one bare figure ("6 students" -> "students"); None where
    the key is not a bare figure and a noun alone (a unit, words before the figure)."""
    if len(key) != 1 or key[0][0].unit is not None or option[: key[0][1]].strip():
        return None
    found = _THING.match(option[key[0][2] :])
    if found is None or _CALENDAR.match(found.group(1)):
        return None  # "31 January" is a date, not 31 of something
    thing = found.group(1).lower()
    head = thing.split()[-1]
    agrees = head.endswith("s") or head in _PLURALS if key[0][0].value != 1 else True
    return thing if agrees else None


def counts_it(thing: str, rest: str, given: list[tuple[Quantity, int, int]]) -> bool:
    """Whether an answer whose words beside its figures are `rest` counts `thing`: it names
    nothing else, the same noun, or persons where the thing is persons."""
    words = [w.lower() for w in _WORD.findall(rest)]
    counted = {got.dimension for got, _, _ in given if got.dimension in ("people", "items")}
    if "people" in counted and not person_head(thing):
        return False
    if "items" in counted and person_head(thing):
        return False  # "6 items" for "6 students"; "6 pieces" for "6 fins" is the count
    if not words:
        return True
    if _PERSONS & set(words) and person_head(thing):
        return True
    return _singular(thing.split()[-1]) in {_singular(w) for w in words}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
