"""A price split is the price spread, not the instalment.

"把价格拆分到每天或每次" is made by the price brought down to a day, a visit or a month
(一天才十块出头, 平均到每次二三十块, 一年三千九，摊到每个月也就三百出头). The instalment of a payment
plan (分12期免息，每个月三百三; 月供三百多) is another offer, the flexible plan: a trainer does not
hear it as the split, whatever word of splitting (算下来, 平均) comes with it, unless the
sentence also brings the price down to a day or a use.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.scenarios import Point

DAY_OR_USE_POINT = re.compile(
    r"每天|每次|per (?:day|visit|use|session)|\ba day\b|each (?:day|visit|time)", re.IGNORECASE
)
"""A point that asks for the price per day or per use (by its text)."""
DAY_OR_USE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[每一]天|每[次回节趟]|一[次回节趟]"),
    "en": re.compile(
        r"\b(?:a|per|each|every) (?:day|visit|session|use|class|workout|time)\b|\bdaily\b",
        re.IGNORECASE,
    ),
}
"""A day or a use said."""
INSTALMENT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"分期|分\s*[0-9一二三四五六七八九十两]+\s*(?:期|个月)|月供|每期|按月付|月付|还款"
    ),
    "en": re.compile(
        r"\binstal(?:l)?ments?\b|\bmonthly (?:payments?|plan)\b|\bpay (?:it )?monthly\b|"
        r"\binterest[- ]free\b",
        re.IGNORECASE,
    ),
}
"""The instalment of a payment plan said."""


def instalment_only(point: Point, raw: str, language: Language) -> bool:
    """The point asks for the price per day or per use, and the sentence gives the instalment
    of a payment plan, bringing the price down to no day or use."""
    return (
        bool(DAY_OR_USE_POINT.search(point.text))
        and bool(INSTALMENT[language].search(raw))
        and not DAY_OR_USE[language].search(raw)
    )
