"""The amounts of money a learner names, as said: "120元", "GBP 31 a month", "55 dollars extra
per night", "thirty-one pounds", "一天不到11块钱".

The report states them where a criterion speaks of a price, a fee or a refund
(report_sentences.py), so a trainer reads which price was quoted, not only that "a price" was.
What counts:

- a figure with a currency, in digits or words, either language (graphs/text/quantities.py reads
  them: 元, 块, GBP, £, dollars, pounds);
- a bare number with a period of charge right after it ("31 a month", "55 extra a night",
  "3980一年"): said of a plan or a room it is a price;
- the period after an amount is kept with it ("GBP 31 a month"), so the figure reads as quoted.

A number with no currency and no period ("12 months", "the 500 Mb plan", "2 pm") is no amount.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.text.quantities import parse_quantities

_PERIOD = re.compile(
    r"^\s*(?:(?:extra|more|on top)\s+)?(?:a|per|each|every|/)\s*"
    r"(?:month|night|year|week|day|person|session)\b"
    r"|^\s*(?:元|块钱?)?\s*(?:一个月|每个?月|/月|一晚|每晚|一年|每年|每天|一天|每次|一次|每人)",
    re.IGNORECASE,
)
"""A period of charge right after a figure: "a month", "extra per night", "一个月", "/月"."""


def amounts(text: str, language: Language) -> list[str]:
    """The amounts of money in `text`, each as said with its period, in order."""
    text = unicodedata.normalize("NFKC", text)
    found = []
    for quantity, start, end in parse_quantities(text, language):
        period = _PERIOD.match(text[end:])
        money = (quantity.dimension or "").startswith("money")
        if not money and not (quantity.dimension is None and period):
            continue
        if period:
            end += period.end()
        found.append(text[start:end].strip())
    return found
