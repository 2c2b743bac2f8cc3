"""People counted as "people": "Two to six people" for "2 to 6 players".

A point that counts persons by their part ("Each room takes 2 to 6 players", "3 to 8 riders a
lesson") is answered, as people say it, with "people" or "persons" after the same figures (the
lead's session 21 end paper: "Two to six people per room" was missing). `people_as_counted`
reads those words as the point's own noun where they follow a figure the point counts persons
with, so the point's word is found; the figures are still compared as they are ("Two to seven
people" stays another count). A figure of things ("2 to 6 tables") is never read so.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.word_class import semantic_kind

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|dozen)"
)
_PEOPLE_AFTER_NUMBER = re.compile(rf"\b(?P<number>{_NUMBER}\s+)(?:people|persons)\b", re.I)
_NOUN_AFTER_NUMBER = re.compile(r"\b\d+\s+(?P<noun>[a-z][a-z-]*)", re.IGNORECASE)
_PERSON_KINDS = frozenset({"customer", "role", "people"})
_PERSON_NOUNS = frozenset(
    {
        "adults", "attendees", "campers", "children", "climbers", "cyclists", "divers",
        "diners", "drinkers", "guests", "kids", "learners", "members", "participants",
        "passengers", "players", "pupils", "riders", "runners", "skaters", "students",
        "swimmers", "trainees", "visitors", "walkers",
    }
)  # fmt: skip
"""Nouns that count persons by their part (a count of "players" is a count of people; a
count of "containers" is not, though both end like a doer's name)."""


def people_as_counted(point: str, answer: str, language: Language) -> str:
    """`answer` with "people"/"persons" right after a number read as the noun the point counts
    persons by after its figure ("players"); else `answer` as it is."""
    if language != "en":
        return answer
    nouns = [m["noun"] for m in _NOUN_AFTER_NUMBER.finditer(point) if _names_persons(m["noun"])]
    if not nouns:
        return answer
    return _PEOPLE_AFTER_NUMBER.sub(lambda m: m["number"] + nouns[0], answer)


def _names_persons(noun: str) -> bool:
    noun = noun.lower()
    return noun in _PERSON_NOUNS or semantic_kind(noun, "en") in _PERSON_KINDS
