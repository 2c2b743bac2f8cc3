"""Figures in what the learner or the customer says, as (number, unit): "31 a month" -> (31, None),
"一个月以后" -> (1, "月"), "a 12-month contract" -> (12, "月"), "1到3个工作日" -> (1, "工作日") and
(3, "工作日"), "Thirty-one" -> (31, None).

Chinese numerals are read by cn2an (一百二 -> 120, 三千九百八 -> 3980), English number words up to
the hundreds by `_english_numbers`. A range ("1-3 个工作日", "1 to 3 days") gives its unit to both
ends. Used to tell a false figure from a true one (understanding.py: a scenario's `facts`) and to
keep the customer from quoting an offer nobody made (replies.py).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import warnings
from dataclasses import dataclass

import cn2an

from graphs.exams import Language
from graphs.text.quantities import EN_ONES, EN_TENS

_ONES = EN_ONES  # the number words the quantity parser reads (graphs/text/quantities.py)
_TENS = EN_TENS
_EN_NUMBER = re.compile(
    r"\b(?:(?P<tens>"
    + "|".join(_TENS)
    + r")(?:[-\s](?P<unit>"
    + "|".join(w for w, n in _ONES.items() if 1 <= n <= 9)
    + r"))?"
    r"|(?P<ones>" + "|".join(_ONES) + r"))(?:\s+hundred(?:\s+(?:and\s+)?(?P<rest>\d+))?)?\b",
    re.IGNORECASE,
)
_UNITS = {
    "个工作日": "工作日",
    "工作日": "工作日",
    "个月": "月",
    "月": "月",
    "天": "天",
    "周": "周",
    "年": "年",
    "期": "期",
    "元": "元",
    "块": "元",
    "点": "点",
    "分钟": "分钟",
    "小时": "小时",
    "%": "%",
    "working days": "工作日",
    "working day": "工作日",
    "business days": "工作日",
    "months": "月",
    "month": "月",
    "days": "天",
    "day": "天",
    "weeks": "周",
    "week": "周",
    "years": "年",
    "year": "年",
    "nights": "night",
    "night": "night",
    "hours": "小时",
    "hour": "小时",
    "minutes": "分钟",
    "minute": "分钟",
    "pm": "点",
    "am": "点",
    "mb": "mb",
    "dollars": "元",
    "pounds": "元",
    "pound": "元",
}
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_FIGURE = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)(?:\s*(?:-|–|~|到|至|to)\s*(?P<b>\d+(?:\.\d+)?))?"
    # a unit joined by a hyphen is the same unit: "a 12-month contract", "a 30-day window"
    r"(?:(?:\s*|-)(?P<unit>" + _UNIT + r")(?![a-z]))?",
    re.IGNORECASE,
)


_LIANG = re.compile(r"两(?=[个周天年月小次期百千万块元])")


@dataclass(frozen=True)
class Figure:
    """A number as said, with its unit when one follows it."""

    number: float
    unit: str | None

    def matches(self, other: Figure) -> bool:
        """Same number, and the same unit when both name one."""
        return self.number == other.number and (
            self.unit is None or other.unit is None or self.unit == other.unit
        )


def _english_numbers(text: str) -> str:
    def value(match: re.Match[str]) -> str:
        if match.group("tens"):
            number = _TENS[match.group("tens").lower()]
            if match.group("unit"):
                number += _ONES[match.group("unit").lower()]
        else:
            number = _ONES[match.group("ones").lower()]
        if "hundred" in match.group().lower():
            number = number * 100 + int(match.group("rest") or 0)
        return str(number)

    return _EN_NUMBER.sub(value, text)


def in_digits(text: str, language: Language) -> str:
    text = unicodedata.normalize("NFKC", text)
    if language == "zh" or re.search(r"[\u4e00-\u9fff]", text):
        text = _LIANG.sub("二", text)  # 两周, 两个月: cn2an reads 二, not 两
        # cn2an refuses some mixed strings; the digits already there are kept then
        with contextlib.suppress(ValueError, KeyError), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "不符合格式的数据：万一" is no figure
            text = cn2an.transform(text, "cn2an")
    return _english_numbers(text)


def figures(text: str, language: Language) -> list[Figure]:
    """The figures said, in order; a bare one-digit number without a unit is left out (一下, one
    more option)."""
    found: list[Figure] = []
    for match in _FIGURE.finditer(in_digits(text, language)):
        unit = _UNITS.get((match.group("unit") or "").lower()) if match.group("unit") else None
        numbers = [match.group("a"), match.group("b")]
        for raw in (n for n in numbers if n):
            number = float(raw)
            if unit is None and len(raw) == 1:
                continue
            found.append(Figure(number, unit))
    return found


def numbers(text: str, language: Language) -> set[float]:
    """The numbers said (units aside), bare one-digit ones included."""
    return {float(m.group()) for m in re.finditer(r"\d+(?:\.\d+)?", in_digits(text, language))}


def figure_spans(text: str) -> list[re.Match[str]]:
    """Where the figures of a text already in digits stand (as `figures` reads them: a bare
    one-digit number without a unit is left out), for a caller that rewrites one."""
    return [m for m in _FIGURE.finditer(text) if m.group("unit") or len(m.group("a")) > 1]


def unit_of(span: re.Match[str]) -> str | None:
    """The unit a figure of `figure_spans` names, as `Figure.unit`."""
    unit = span.group("unit")
    return _UNITS.get(unit.lower()) if unit else None
