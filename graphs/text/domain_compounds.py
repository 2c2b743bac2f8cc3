"""English domain terms a fill-in may blank: compounds of nouns the material names (torque wrench,
job card, accident book, repair ticket).

A single English word ("email", "work", "case") is guessed, not recalled, and its wordings vary;
a compound of two or three nouns is the trade's own name for a tool, a form or a place ("lifting pads": a modifier in -ing counts), the word
a trainer blanks ("Wheel nuts are tightened with a calibrated ____"). Grading takes its article,
plural and case variants as the same term. Not a possessive ("customer's bike", a phrase, not a
term), not a phrase whose words are not all nouns ("bike outside"), not one ending on a generic
head that names no particular thing (area, time, way).
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_word_classes

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")
_GENERIC_HEADS_TEXT = (
    "area areas time times way ways thing things item items matter matters case cases part parts "
    "side sides kind kinds type types place places point points work use issue issues"
)
_GENERIC_HEADS = frozenset(_GENERIC_HEADS_TEXT.split())
"""Heads that name no particular thing: "waiting area" or "opening time" is a phrase, not a term."""


def en_domain_compound(text: str) -> bool:
    """True when the English term is a compound of two or three nouns a trainer would blank."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
        return False
    if words[-1].lower() in _GENERIC_HEADS:
        return False
    if en_word_classes(words[-1]) & {"ADV", "ADP"}:
        return False  # "bike outside": the phrase runs on past its head into an adverb
    return _noun(words[-1]) and all(_noun(w) or w.lower().endswith("ing") for w in words[:-1])


def _noun(word: str) -> bool:
    """A noun, or a word lemminflect does not know (balancer, defibrillator): a trade's own
    noun. Not a word that is also a preposition ("outside", "inside")."""
    classes = en_word_classes(word.split("-")[-1])
    return not classes or ("NOUN" in classes and "ADP" not in classes)
