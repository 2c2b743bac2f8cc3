"""English "a" or "an": which article a word takes, by the sound it opens on.

One rule for every place that writes an article before a word it chose (a changed figure in a
false statement, "A user need not …" for "Each user must …", the article before a blank that
its key and options must fit). Each kept its own before, and one wrote "An user" (session 15).
"""

from __future__ import annotations

import re

_AN_WORDS = ("hour", "honest", "honour", "honor", "heir")
_A_WORDS = ("uni", "use", "usu", "user", "eu", "one", "once", "ewe", "ufo", "uk", "us ")
_VOWEL_LETTER_NAMES = set("AEFHILMNORSX")


def takes_an(text: str) -> bool:
    """True when a word (or a text's first word) is said with a vowel sound first: "an"
    ("an hour", "an 8-hour shift", "an 11-day trip", "an MRI"; but "a user", "a one-off")."""
    word = text.strip().split()[0] if text.strip() else ""
    lowered = word.lower()
    if not word:
        return False
    if word[0].isdigit():
        digits = re.match(r"\d+", word)
        number = digits.group() if digits else ""
        return number.startswith("8") or (len(number) in (2, 5) and number[:2] in ("11", "18"))
    if word.isupper() and len(word) > 1:
        return word[0] in _VOWEL_LETTER_NAMES
    if lowered.startswith(_AN_WORDS):
        return True
    if lowered.startswith(_A_WORDS):
        return False
    return lowered[0] in "aeiou"
