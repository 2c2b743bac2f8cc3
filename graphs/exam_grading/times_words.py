"""How many times, said in one English word: "once", "twice", "thrice" are 1, 2 and 3 times.

Chinese says the count with its unit (一次, 两遍), which graphs/text/quantities.py reads; English
folds the number and the unit into one word, which it leaves alone (a word, not a figure, for the
exam writer), so "Knead them once a day" held no figure and was credited for "Knead the dough twice
a day". The grader reads these words as counts (`with_times_in_words`), so a different count is
the point told wrong and "twice" is "2 times".

"once" is also a conjunction and an adverb of time: "once the lid is off", "at once"
(immediately), "once more", "once again" say no count, so it is read as one only where a count
stands: before a period or a frequency word ("once a day", "once per shift", "once every 3 days",
"once daily"), or closing its clause ("stir it once.").
"""

from __future__ import annotations

import re

from graphs.text.quantities import Quantity
from graphs.text.units import UNITS

_COUNT_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(r"(?<![a-z'’-])(?P<word>once|twice|thrice)(?![a-z'’-])", re.I)
_ONCE_AS_COUNT = re.compile(
    r"\s+(?:a|an|per|every|each|in|on|during|daily|weekly|monthly|yearly|annually|hourly|only)\b"
    r"|\s*(?:[,.;:!?，。；：！？)）]|$)",
    re.I,
)
"""What follows "once" when it counts: a period ("once a day", "once per batch"), or its clause's
end ("turn it once.")."""
_ONCE_AS_TIME = re.compile(r"(?<![a-z])(?:at|all\s+at)\s+$", re.I)
""""at once", "all at once": immediately, no count."""


def with_times_in_words(
    text: str, found: list[tuple[Quantity, int, int]]
) -> list[tuple[Quantity, int, int]]:
    """The quantities `found` in `text`, and with them its counts said as once/twice/thrice, with
    their spans, in order."""
    counts = list(found)
    times = UNITS["times"]
    for match in _TIMES_WORD.finditer(text):
        word = match["word"].lower()
        if word == "once" and (
            not _ONCE_AS_COUNT.match(text, match.end())
            or _ONCE_AS_TIME.search(text[: match.start()])
        ):
            continue
        quantity = Quantity(_COUNT_WORDS[word], times.name, times.dimension)
        counts.append((quantity, match.start(), match.end()))
    return sorted(counts, key=lambda quantity: quantity[1])
