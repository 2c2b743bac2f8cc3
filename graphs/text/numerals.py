"""Numbers written in words: English number words and Chinese numerals, and their values.

quantities.py finds figures in text; this module knows what a spelled-out number is worth
("twenty-one" = 21, "one hundred and twenty" = 120, 十四 = 14, 三点五 = 3.5, a bare 百 = 100) and
which words are numbers at all, so that the figure reader and the term extractors agree on them.
"""

from __future__ import annotations

import re

import cn2an

ZH_DIGITS = "零〇一二两三四五六七八九十百千万亿"
"""Characters a Chinese numeral is written with."""
EN_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_AMBIGUOUS = frozenset({"one", "zero", "hundred", "thousand", "million"})
"""Number words that are often no number ("no one", "one of", "thousands of")."""
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
EN_NUMBER_WORDS = frozenset({*EN_ONES, *EN_TENS, *EN_SCALES})
"""English number words the parser reads (for spelling tolerance and term extraction)."""

EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
# "and" joins number words only after a scale word: "one hundred and twenty" is 120, but
# "one and four" is two numbers (a range, two blanks), not 5.
EN_NUMBER = (
    rf"(?:{EN_WORD})(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|[\s-]+)"
    rf"(?:{EN_WORD}))*"
)
"""A regex source for one spelled-out English number ("twenty-one", "one hundred and five")."""
ZH_NUMBER = rf"[{ZH_DIGITS}]+(?:点[零〇一二两三四五六七八九]+)?"
"""A regex source for one Chinese numeral, with its decimals (三点五)."""


def en_value(words: str) -> float | None:
    """The value of spelled-out English number words, or None if a word is no number word."""
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", words):
        if word == "and" or not word:
            continue
        if word in EN_ONES:
            current += EN_ONES[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word in EN_SCALES:
            scale = EN_SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return float(total + current)


def zh_value(numeral: str) -> float | None:
    """The value of a Chinese numeral (cn2an), or None if cn2an cannot read it."""
    if numeral[0] in "十百千万亿":
        numeral = "一" + numeral  # a bare 百 (百分之百) is 一百; cn2an reads 一十五 as 十五
    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except ValueError:
        return None
