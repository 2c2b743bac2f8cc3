"""Two names the material itself gives one thing, so a fill-in written with the other is right.

A rule may name a thing twice: 门店负责人（店长）, 值班医生即当班兽医, 冷藏车（又称冷链车）, "the
duty officer (DO)", "a marshal, also called a referee". Where the item's own text (its stem,
source quote and explanation) joins the learner's word and the key that way, the learner wrote the
material's other name for the key: right in this question, whatever a word list says about the
two elsewhere (店长 and 经理 are no synonyms in general; synonyms.yaml keeps the groups that hold
in every question). Both words must stand as the text prints them, joined by brackets or a naming
word (即, 又称, 也叫, 也称, 简称, 俗称, i.e., aka, also called, also known as); a word only inside
a longer name of another rank (副店长, 代店长) is not the one named.
"""

from __future__ import annotations

import re

from graphs.exam_grading.vocabulary import fold
from graphs.exams import Question

_NAMING_WORDS = (
    r"即|又称|也叫|也称|简称|俗称|以下简称|i\.e\.,?|aka|a\.k\.a\.|also called|also known as|"
    r"known as|or simply"
)
_OPEN, _CLOSE = r"[（(]", r"[)）]"
_QUOTE_MARK = r"[“”\"'‘’「」]?"
_ARTICLE = r"(?:(?:the|a|an)\s+)?"  # "also called the fueller"
_NAME_ENDS = r"(?=$|[\s，。；、：,.;:)）])"
"""An unbracketed name ends at punctuation (店长即门店负责人。): 门店 is not the name 门店负责人
begins with, and where a verb follows (…即门店负责人负责复核) where the name ends is not known."""
_RANK_BEFORE = frozenset("副代非原前总")
"""A character before the outer name that makes it a longer name of another rank (副店长)."""


def _joined(first: str, second: str, text: str) -> bool:
    """`first` and `second` stand in `text` as two names of one thing: "first（即second）",
    "first即second", "first, also called second"."""
    a, b = re.escape(first), re.escape(second)
    patterns = (
        rf"{a}\s*{_OPEN}\s*(?:{_NAMING_WORDS})?\s*{_ARTICLE}{_QUOTE_MARK}{b}{_QUOTE_MARK}\s*{_CLOSE}",
        rf"{a}\s*,?\s*(?:{_NAMING_WORDS})\s*,?\s*{_ARTICLE}{_QUOTE_MARK}{b}{_QUOTE_MARK}{_NAME_ENDS}",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            start = match.start()
            before = text[start - 1] if start else " "
            if before in _RANK_BEFORE or (first.isascii() and before.isalnum()):
                continue
            return True
    return False


def named_alike(given: str, expected: str, question: Question) -> bool:
    """The item's own text names the key `expected` also as `given` (either way round)."""
    word, key = fold(given).strip(), fold(expected).strip()
    if not word or not key or word == key:
        return False
    text = fold(" ".join((question.stem, question.source_quote, question.explanation)))
    return _joined(word, key, text) or _joined(key, word, text)
