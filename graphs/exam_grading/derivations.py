"""An English noun made from a verb, read as that verb: "agreement" is "agree".

A learner writes "the owner's agreement to the estimate" for "before the owner agrees to the
estimate", "an inspection" for "inspect": the same act said as a noun (session 21 end teacher
T14: agreed, agree and agreement are one word to a teacher). lemminflect's lexicon gives each
word its own lemma and no derivation, so `base_verb` cuts the suffixes that make such nouns
(-ment, -ion, -ation, -ance, -ence) and keeps the cut only where what is left (or it with an
"e": "complete" of "completion") is a verb in its base form of five letters or more: short stems
drift in sense ("portion" is no "port", "mission" no "miss"). Nouns whose sense has drifted from
their verb's, though the spelling fits, stay themselves (`_DRIFTED`).
"""

from __future__ import annotations

from functools import cache

from lemminflect import getAllLemmas

_SUFFIXES = ("ation", "ment", "ance", "ence", "ion")
_MIN_STEM = 5
_DRIFTED = frozenset(
    {
        "appointment",
        "apartment",
        "department",
        "direction",
        "equipment",
        "location",
        "exception",
        "information",
        "position",
        "question",
        "relation",
        "statement",
        "difference",
        "commission",
    }
)
"""Nouns whose everyday sense is not their verb's act ("information" is no "inform")."""


@cache
def base_verb(noun: str) -> str | None:
    """The verb `noun` is made from ("agreement" -> "agree", "inspection" -> "inspect",
    "acceptance" -> "accept"), or None where it is no such noun (see the module doc)."""
    word = noun.lower()
    if word in _DRIFTED or "VERB" in getAllLemmas(word):
        return None
    for suffix in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word.removesuffix(suffix)
        for verb in (stem, stem + "e"):
            if len(verb) >= _MIN_STEM and verb in getAllLemmas(verb).get("VERB", ()):
                return verb
    return None
