"""A point of a sum that a cue heard does not make: the price or the waiver said without the sum
it asks for.

- a price named without its figure ("only a little extra", "some deal per month"), or its figure
  as a bare sum, with no money, period or word of price ("It's 55 more": 55 what?);
- a part given where the point asks for the whole waived (退一半，60块; 退80元 of 120), or the sum
  only named (账单上有一项120元的抛光费: the bill checked, nothing waived).

unmade_points.py asks these beside its other reasons a trainer gives no credit.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures, in_digits
from graphs.scenarios import Point

PRICE_POINT = re.compile(r"\bprice\b|价格|价钱|报价", re.IGNORECASE)
"""A point that asks for a price (by its text); with figure cues, it needs a figure."""
MONEY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"元|块|钱|价|费|每(?:个)?[天月晚年次周]|一(?:个)?月|一天|一晚|一年"),
    "en": re.compile(
        r"[$£€¥]|\b(?:dollars?|pounds?|quid|euros?|bucks?|price|rate|cost|fee)\b|"
        r"\b(?:a|per|each|every) (?:night|month|week|year|day)\b|"
        r"\bat \d+(?:\.\d+)?\b(?!\s*(?:am|pm|a\.m|p\.m|o'clock)|[:.]\d)",
        re.IGNORECASE,
    ),
}
"""A sum told as money: its unit, its period or a word of price ("31 a month", "45 dollars"), or
a price's "at" ("the faster plan at 36"; "at 2 pm" is a time)."""
PART: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"一半|半价|一部分|部分|打[^，,。]{0,2}折|[一二三四五六七八九]成"),
    "en": re.compile(r"\bhalf\b|\bpart of\b|\bpartial\b|\bsome of\b", re.IGNORECASE),
}
"""A part of a sum ("退一半，60块", "half back")."""
WAIVER_POINT = re.compile(r"免除|免掉|全额|全部退|waive|in full|full refund", re.IGNORECASE)
"""A point that asks for the whole sum waived (by its text): a part is no waiver."""
FIGURE = re.compile(r"[\d一二三四五六七八九十百千万两]+(?:元|块)?")
"""A cue that is a figure alone (120, 一百二): the sum named, not what is done with it."""
A_UNIT = re.compile(r"\ban? (?:pound|dollar|euro|quid|buck)\b", re.IGNORECASE)
"""A sum of one said with the article ("a pound more"): a figure, in words."""


def figure_said(raw: str, language: Language) -> bool:
    """A figure in the sentence, in digits, in words or as "a pound"."""
    return bool(re.search(r"\d", in_digits(raw, language)) or A_UNIT.search(raw))


def sum_under_whole(keywords: list[str], raw: str, language: Language) -> float | None:
    """A sum of money said under the point's own figure in a clause that names the point (退80元
    where the point names 120; "再给您一张100元洁牙券" beside it is another offer)."""
    wholes = [f.number for k in keywords if FIGURE.fullmatch(k) for f in figures(k, language)]
    if not wholes:
        return None
    words = [k.lower() for k in keywords if not FIGURE.fullmatch(k)]
    for clause in re.split(r"[,，;；]", raw):
        if not any(w in clause.lower() for w in words):
            continue
        said = [f.number for f in figures(clause, language) if f.unit == "元"]
        under = [n for n in said if n < max(wholes)]
        if under:
            return under[0]
    return None


def sum_unmade(
    point: Point, cues: list[str], raw: str, language: Language, *, priced: bool = False
) -> bool:
    """The point asks for a price or a whole waiver, and the sentence does not give it (module
    docstring). `priced`: the sentence states a sum the learner may offer (authorised_offers.py)."""
    has_figure = figure_said(raw, language)
    price_asked = bool(PRICE_POINT.search(point.text)) and any(
        re.search(r"\d", k) for k in point.keywords
    )
    price_without_figure = price_asked and not has_figure
    price_bare = price_asked and has_figure and not MONEY[language].search(raw) and not priced
    waiver = bool(WAIVER_POINT.search(point.text))
    part_for_whole = waiver and (
        bool(PART[language].search(raw))
        or sum_under_whole(point.keywords, raw, language) is not None
    )
    sum_only_named = waiver and all(FIGURE.fullmatch(c) for c in cues)
    return price_without_figure or price_bare or part_for_whole or sum_only_named
