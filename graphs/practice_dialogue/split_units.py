"""A price split is the price spread, not the instalment.

"把价格拆分到每天或每次" is made by the price brought down to a day, a visit or a month
(一天才十块出头, 平均到每次二三十块, 一年三千九，摊到每个月也就三百出头). The instalment of a payment
plan (分12期免息，每个月三百三; 月供三百多) is another offer, the flexible plan: a trainer does not
hear it as the split, whatever word of splitting (算下来, 平均) comes with it, unless the
sentence also brings the price down to a day or a use.

A day or a use said with no price spreads nothing: 「我每次放假都去河边钓一整天」 in small talk is
no split. The turn names the price (a sum, a word of money or of dearness: 三千九百八, 价格, 不贵),
or spreads the price just discussed in words of spreading (摊到每天, 算下来, 一杯奶茶钱, "that
works out at").
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


SPREAD: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"摊|折合|算(?:下来|起来)|合下来|平均(?:到|下来)|这么(?:一)?算|相当于|钱|"
        r"[0-9一二两三四五六七八九十百千几]\s*(?:块|元|毛)"  # 二三十块: a rough sum
    ),
    "en": re.compile(
        r"\bworks? out (?:at|to|as)\b|\bcomes? (?:out )?to\b|\bbreaks? down to\b|"
        r"\bspread (?:over|across|out)\b|\b(?:price|cost) of (?:a|one|your)\b",
        re.IGNORECASE,
    ),
}
"""The price just discussed spread in words of spreading, its figure not said again."""


def split_unpriced(point: Point, turn: str, language: Language, *, priced: bool) -> bool:
    """The point asks for the price per day or per use, and the turn names no price (`priced`:
    it speaks of one, price_raised.speaks_of_price) nor spreads the one discussed: a day said
    in small talk."""
    return (
        bool(DAY_OR_USE_POINT.search(point.text))
        and not priced
        and not SPREAD[language].search(turn)
    )


def instalment_only(point: Point, raw: str, language: Language) -> bool:
    """The point asks for the price per day or per use, and the sentence gives the instalment
    of a payment plan, bringing the price down to no day or use."""
    return (
        bool(DAY_OR_USE_POINT.search(point.text))
        and bool(INSTALMENT[language].search(raw))
        and not DAY_OR_USE[language].search(raw)
    )
