"""The pattern a figure is written in, and what one match of it is worth.

`FIGURE` finds a figure in folded text (NFKC, lower case): a sign, a currency, 百分之, the number
(digits, a Chinese or English numeral, a share or fraction), an echo in brackets and the unit.
`counts_as_number` says whether the match is a number where it stands (a spelled-out one only
with a unit, a sign or as the whole text: 统一 and "no one" are none), `match_value` what it is
worth. graphs/text/quantities.py reads units, signs and spans around them.
"""

from __future__ import annotations

import re

from graphs.text.clock_times import CLOCK_MINUTES, CLOCK_PREFIX, MORNING_PREFIX
from graphs.text.figure_ranges import is_range_end
from graphs.text.numerals import (
    EN_AMBIGUOUS,
    EN_NUMBER,
    EN_WORD,
    ZH_DIGITS,
    ZH_NUMBER,
    en_value,
    zh_value,
)
from graphs.text.units import UNITS

_SYMBOLS = frozenset("%¥$£€")
_ZH_UNIT_SURFACES = sorted(
    (s for s in UNITS if (not s.isascii() and "’" not in s) or s in _SYMBOLS),
    key=len,
    reverse=True,
)
_EN_UNIT_SURFACES = sorted(
    (s for s in UNITS if (s.isascii() or "’" in s) and s not in _SYMBOLS), key=len, reverse=True
)
_SHARE_WORDS = (
    r"一半|半数|(?<![a-z])(?:(?:a|one)\s+)?half(?![a-z])(?!\s+(?:an?|past|of\s+an?)\b)"
    r"(?![\s-]*(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|time|way|term|dozen)\b)"
)
"""A half said as a share (退一半费用, "refund half the fee", 半数): 50%, the figure 50% is.
"half an hour", "half past nine", "a half-day" are durations and times, read elsewhere."""
_SPANS = r"(?:hours?|days?|weeks?|months?|years?|minutes?)\b"
"""Units a spoken "and a half" goes with: "one and a half hours", "an hour and a half"."""
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

FIGURE = re.compile(
    rf"(?P<sign>零下|(?<!正)负|minus\s+|below\s+zero\s+|(?<![a-z\d.{ZH_DIGITS}点])-)?"
    r"(?P<currency>[$¥£€]\s*|(?:rmb|usd|us\$|gbp|eur|cny|人民币)\s*)?"
    r"(?P<percent>百分之)?"
    r"(?:"
    rf"(?P<share>{_SHARE_WORDS})"
    rf"|(?P<fden>\d+|[{ZH_DIGITS}]+)分之(?P<fnum>\d+|[{ZH_DIGITS}]+)"
    r"|(?P<snum>(?<![\d.,/⁄])\d)\s*[/⁄]\s*(?P<sden>[2-9]|10)(?![\d.,/⁄])"
    rf"|(?P<arabic>(?<![a-z\d.])(?:{_ARABIC})(?![a-z]*\d))(?P<multiplier>\s*[万千亿](?![{ZH_DIGITS}]))?"
    rf"|(?P<halfonly>半)(?=个?[{''.join(sorted({s[0] for s in _ZH_UNIT_SURFACES}))}])"
    rf"|(?P<zh>{ZH_NUMBER})(?P<andhalf>个半)?"
    rf"|(?P<en>(?<![a-z])(?:(?:{EN_NUMBER}|an?)(?P<enhalf>\s+and\s+a\s+half)(?=\s+{_SPANS})|{EN_NUMBER}|half\s+an?"
    rf"|an?(?=\s+(?:fortnight|hour|day|week|month|year)\b)|(?:an?\s+)?(?:quarter|half)(?:\s+of\s+an?)?(?=[\s-]+hours?\b))(?![a-z]))"
    r")"
    r"(?P<echo>\s*[(（]\s*(?P<echoed>\d[\d,.]*)\s*[)）](?=\s*[^\s\d]))?"  # "ninety (90) days"
    r"(?:\+?\s*(?P<zhunit>"
    + "|".join(re.escape(s) for s in _ZH_UNIT_SURFACES)
    + r")|\+?(?:\s*|-)(?P<enunit>"
    + "|".join(re.escape(s) for s in _EN_UNIT_SURFACES)
    + r")(?![a-z])(?P<unithalf>\s+and\s+a\s+half(?![a-z]))?)?"
)
_SPAN_WORDS = (
    frozenset(
        ["within", "in", "for", "after", "under", "than", "about", "over", "least", "most", "only"]
    )
    | {"takes", "take", "took", "up"}
    | {"by", "add", "adds", "added", "adding"}
)
"""Words before "a"/"an" that make "an hour" a duration ("within an hour"), unlike "once a day";
a span added or moved by is one too ("extended by a day", "add a day": session 26 teacher T19)."""
_RANGE_AHEAD = re.compile(rf"\s*(?:-|~|～|到|至|to)\s*(?:\d|[{ZH_DIGITS}]|(?:{EN_WORD})(?![a-z]))")
"""A joiner and a second number after a spelled-out one: 零到五度, one to four days."""
_INSIDE_A_WORD = re.compile(
    r"[统唯同万第逐之初专单划归合整]$|(?<![a-z])(?:no|any|some|every|each|the)\s+$"
)
"""A Chinese character before a numeral that is not a preposition or verb of measure (统一到…),
or a determiner (no one to…): the numeral is part of a word, not a range's low end."""


def match_value(match: re.Match[str]) -> float | None:
    """The number a match of `FIGURE` holds (a share as its percent), or None when it holds none
    (a fraction of nothing, 24/7)."""
    if match["share"]:
        return 50.0
    if match["fden"]:
        below, above = numeral_value(match["fden"]), numeral_value(match["fnum"])
        return 100 * above / below if below else None
    if match["snum"]:
        share = int(match["snum"]) / int(match["sden"])
        if share >= 1:
            return None  # 24/7, 5/3: no share of a whole
        return share if match["zhunit"] or match["enunit"] else 100 * share
    if match["arabic"]:
        value = float(match["arabic"].replace(",", ""))
        multiplier = (match["multiplier"] or "").strip()
        return value * {"万": 1e4, "千": 1e3, "亿": 1e8}.get(multiplier, 1)
    if match["halfonly"]:
        return 0.5
    if match["zh"]:
        numeral = zh_value(match["zh"])
        if numeral is not None and match["andhalf"]:
            return numeral + 0.5
        return numeral
    words = match["en"].split()
    if match["enhalf"]:
        words = words[:-3]  # "one and a half hours": the number, then a half
    elif "quarter" in words or "half" in words:
        return 0.25 if "quarter" in words else 0.5  # "a quarter hour", "half an hour"
    number = 1.0 if words in (["a"], ["an"]) else en_value(" ".join(words))  # "a fortnight"
    return None if number is None else number + (0.5 if match["enhalf"] else 0.0)


def numeral_value(numeral: str) -> float:
    """Digits or a Chinese numeral (the parts of 三分之一); 0 when it is neither."""
    return float(numeral) if numeral.isdigit() else zh_value(numeral) or 0.0


def counts_as_number(match: re.Match[str], text: str, unit: str | None) -> bool:
    """Spelled-out numbers count only with a unit, after 百分之/零下, or as the whole text."""
    if match["arabic"] or match["share"] or match["fden"] or match["snum"]:
        return True
    if match["en"] in {"a", "an"}:  # "within an hour", "a fortnight"; not "once a day"
        words = re.findall(r"[a-z]+", text[: match.start()])
        spoken = unit == "fortnight" or bool(match["unithalf"])  # "an hour and a half"
        return spoken or bool(words and words[-1] in _SPAN_WORDS)
    whole = text.strip(" 。.，,！!？?") == match.group().strip()
    if (
        _RANGE_AHEAD.match(text, match.end())
        and not match["zhunit"]
        and not match["enunit"]
        and not _INSIDE_A_WORD.search(text[: match.start()])
    ):
        whole = True  # the low end of a range (零到五度): the high end's unit is its unit
    if match["en"] in {"hundred", "thousand"} and re.search(
        r"(?<![a-z])a\s+$", text[: match.start()]
    ):
        return True  # "a hundred nights"
    if match["zh"]:
        numeral = match["zh"]
        if numeral == "十" and match["zhunit"] == "分":
            return False  # 十分 = very
        if match["zhunit"] in {"点", "点钟"}:
            before = text[: match.start()]
            return (
                match["zhunit"] == "点钟"
                or whole
                or bool(CLOCK_PREFIX.search(before) or MORNING_PREFIX.search(before))
                or bool(CLOCK_MINUTES.match(text, match.end()))
                or is_range_end(text, match.start(), match.end())
            )
        if numeral in {"万", "千", "亿", "百"} and not match["percent"]:
            return False  # a bare scale word is no number, but 百分之百 is 100%
    if match["en"] and match["en"] not in EN_AMBIGUOUS:
        return True  # "twelve characters": past "one", a spelled-out English number is a number
    return bool(unit or match["percent"] or match["sign"] or whole)
