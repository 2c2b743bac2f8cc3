"""Quantities in text, as numbers with canonical units: "两个小时" = "2h" = "two hours" = 120分钟.

`parse_quantities(text)` finds every figure a teacher would read as a number, with its unit, and
returns where it stands in the original text; `same_quantity(a, b)` says whether two figures are the
same (value and unit, converting between units of one dimension). What is read:

- digits, full-width digits (NFKC), thousands separators, decimals and 万/千/亿 multipliers
  (2万元 = 20000 元);
- Chinese numerals (两/二, 十四, 一百二十, 三点五, 半, 一个半) via cn2an, but only when a unit follows
  or the numeral is the whole text, so 统一, 一定, 十分重要 and 万一 are not numbers;
- English number words (one .. nineteen, twenty .. ninety, hundred, thousand, "twenty-one",
  "one hundred and twenty", "half an hour"); "one" (no one, one of) and a bare scale word only
  under the same condition, the others always ("twelve characters" is 12);
- signs: -5℃, 零下5℃, 负5, minus 5 (零下5℃ = -5℃; -5℃ is not 5℃);
- percent: 15%, 15 percent, 15 per cent, 百分之十五, 百分之15;
- currency written before the number: $5, ¥5, RMB 5, USD 55.

Units and dimensions (canonical unit names are English):
- duration: second, minute, hour, day, week (converted: 120分钟 = 2小时, 14 days = 2 weeks);
  month and year convert with each other only (1年 = 12个月), never to days;
- working_day (工作日, business/working days) is its own dimension: 3个工作日 is not 3天;
- money: yuan (元, 块, 块钱, RMB, ¥) and dollar ($, USD, dollars) do not convert;
- percent; temperature: celsius (℃, °C, 度, 摄氏度, degrees) and fahrenheit;
- counts: times (次, 遍, 回), people (人, 位, 名, people, persons), items (个, 件, 项, 份, 张, 盒, 瓶,
  支, 台, items, pieces), steps (步, steps), points (分, 积分, points);
- length (m, cm, km, 米, 厘米, 公里), speed (km/h, 公里/小时, 公里每小时, mph), mass (kg, g, 公斤, 克, 斤), volume (ml, l, 毫升, 升);
- clock: 11点, 下午3点 (= 15), 11 pm, 9:30 am, 23:00 as the hour of the day (9:30 = 9.5).

A number written without a unit has `unit=None`; it equals only another unit-less number of the
same value (graders decide separately whether a missing unit is acceptable). "第3步" is an ordinal
and not a quantity. A bare number just before "-"/"~"/"到"/"至" and another number with a unit takes
that unit (3-5个工作日 is 3 and 5 working days).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

import cn2an

from graphs.exams import Language


@dataclass(frozen=True)
class Quantity:
    """A number with its canonical unit and that unit's dimension (None: a bare number)."""

    value: float
    unit: str | None = None
    dimension: str | None = None

    def describe(self) -> str:
        """The quantity as a short text for reasons and logs ("2 hour", "-5 celsius", "15")."""
        shown = f"{self.value:g}"
        return f"{shown} {self.unit}" if self.unit else shown


@dataclass(frozen=True)
class _Unit:
    name: str
    dimension: str
    factor: float  # in the dimension's base unit


_UNITS: dict[str, _Unit] = {}


def _define(name: str, dimension: str, factor: float, *surfaces: str) -> None:
    for surface in surfaces:
        _UNITS[surface] = _Unit(name, dimension, factor)


_define("second", "duration", 1, "秒", "秒钟", "second", "seconds", "sec", "secs")
_define("minute", "duration", 60, "分钟", "minute", "minutes", "min", "mins")
_define(
    "hour", "duration", 3600, "小时", "个小时", "钟头", "个钟头", "hour", "hours", "hr", "hrs", "h"
)
_define("day", "duration", 86400, "天", "日", "day", "days")
_define("week", "duration", 604800, "周", "星期", "个星期", "礼拜", "个礼拜", "week", "weeks")
_define("month", "calendar", 1, "个月", "月", "month", "months")
_define("year", "calendar", 12, "年", "year", "years", "yr", "yrs")
_define(
    "working_day",
    "working_day",
    1,
    "工作日",
    "个工作日",
    "business day",
    "business days",
    "working day",
    "working days",
)
_define("yuan", "money_cny", 1, "元", "块", "块钱", "元钱", "yuan", "rmb", "cny", "¥")
_define("dollar", "money_usd", 1, "美元", "dollar", "dollars", "usd", "bucks", "$")
_define("percent", "percent", 1, "%", "percent", "per cent")
_define("celsius", "temperature", 1, "°c", "度", "摄氏度", "degrees", "degree", "degrees celsius")
_define("fahrenheit", "temperature_f", 1, "°f", "华氏度", "degrees fahrenheit")
_define("times", "times", 1, "次", "遍", "回", "times", "time")
_define("people", "people", 1, "人", "位", "名", "个人", "people", "persons", "person")
_define(
    "items",
    "items",
    1,
    "个",
    "件",
    "项",
    "份",
    "张",
    "盒",
    "瓶",
    "支",
    "台",
    "items",
    "item",
    "pieces",
    "piece",
    "pcs",
)
_define("steps", "steps", 1, "步", "steps", "step")
_define("points", "points", 1, "分", "积分", "points", "point", "pts")
_define("metre", "length", 1, "米", "m", "metre", "metres", "meter", "meters")
_define("metre", "length", 0.01, "厘米", "cm")
_define("metre", "length", 1000, "公里", "千米", "km", "kilometre", "kilometres", "kilometers")
_define("gram", "mass", 1, "克", "g", "gram", "grams")
_define("gram", "mass", 1000, "公斤", "千克", "kg", "kilogram", "kilograms")
_define("gram", "mass", 500, "斤")
_define("litre", "volume", 1, "升", "l", "litre", "litres", "liter", "liters")
_define("litre", "volume", 0.001, "毫升", "ml")
_define(
    "km/h", "speed", 1, "公里/小时", "公里每小时", "千米/小时", "千米每小时", "km/h", "kmh", "kph"
)
_define("km/h", "speed", 1.609344, "mph", "英里/小时", "英里每小时")
_define("clock", "clock", 1, "点", "点钟", "am", "a.m.", "pm", "p.m.")

_ZH_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_EN_ONES = {
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
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_AMBIGUOUS = frozenset({"one", "zero", "hundred", "thousand", "million"})  # "no one", "one of"
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
EN_NUMBER_WORDS = frozenset({*_EN_ONES, *_EN_TENS, *_EN_SCALES})
"""English number words the parser reads (for spelling tolerance and term extraction)."""

_ZH_UNIT_SURFACES = sorted(
    (s for s in _UNITS if not s.isascii() or s in "%¥$"), key=len, reverse=True
)
_EN_UNIT_SURFACES = sorted(
    (s for s in _UNITS if s.isascii() and s not in "%¥$"), key=len, reverse=True
)
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
_EN_NUMBER = rf"(?:{_EN_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_EN_WORD}))*"
_ZH_NUMBER = rf"[{_ZH_DIGITS}]+(?:点[零〇一二两三四五六七八九]+)?"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_PATTERN = re.compile(
    r"(?P<sign>零下|负|minus\s+|(?<![\w.])-)?"
    r"(?P<currency>[$¥]\s*|(?:rmb|usd|us\$)\s*)?"
    r"(?P<percent>百分之)?"
    r"(?:"
    rf"(?P<arabic>(?<![a-z\d.])(?:{_ARABIC})(?![a-z]*\d))(?P<multiplier>\s*[万千亿](?![{_ZH_DIGITS}]))?"
    rf"|(?P<halfonly>半)(?=个?[{''.join(sorted({s[0] for s in _ZH_UNIT_SURFACES}))}])"
    rf"|(?P<zh>{_ZH_NUMBER})(?P<andhalf>个半)?"
    rf"|(?P<en>(?<![a-z])(?:{_EN_NUMBER}|half\s+an?)(?![a-z]))"
    r")"
    r"(?:\s*(?P<zhunit>"
    + "|".join(re.escape(s) for s in _ZH_UNIT_SURFACES)
    + r")|(?:\s*|-)(?P<enunit>"
    + "|".join(re.escape(s) for s in _EN_UNIT_SURFACES)
    + r")(?![a-z]))?"
)
_CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
    r"(?:\s*(?P<half>a\.m\.|p\.m\.|am|pm)(?![a-z]))?"
)
_CLOCK_PREFIX = re.compile(r"(?:下午|晚上|傍晚|中午)$")
_RANGE_JOINER = re.compile(r"\s*(?:-|~|～|到|至|to)\s*$")


def _fold(text: str) -> tuple[str, list[int]]:
    """NFKC and lower case, with the original index of every folded character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = unicodedata.normalize("NFKC", char).lower()
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def _en_value(words: str) -> float | None:
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", words):
        if word == "and" or not word:
            continue
        if word in _EN_ONES:
            current += _EN_ONES[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word in _EN_SCALES:
            scale = _EN_SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return float(total + current)


def _zh_value(numeral: str) -> float | None:
    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except ValueError:
        return None


def _number(match: re.Match[str]) -> float | None:
    if match["arabic"]:
        value = float(match["arabic"].replace(",", ""))
        multiplier = (match["multiplier"] or "").strip()
        return value * {"万": 1e4, "千": 1e3, "亿": 1e8}.get(multiplier, 1)
    if match["halfonly"]:
        return 0.5
    if match["zh"]:
        numeral = _zh_value(match["zh"])
        if numeral is not None and match["andhalf"]:
            return numeral + 0.5
        return numeral
    words = match["en"]
    if words.startswith("half"):
        return 0.5
    return _en_value(words)


def _is_word_number_allowed(match: re.Match[str], text: str, unit: str | None) -> bool:
    """Spelled-out numbers count only with a unit, after 百分之/零下, or as the whole text."""
    if match["arabic"]:
        return True
    whole = text.strip(" 。.，,！!？?") == match.group().strip()
    if match["zh"]:
        numeral = match["zh"]
        if numeral == "十" and match["zhunit"] == "分":
            return False  # 十分 = very
        if match["zhunit"] in {"点", "点钟"}:
            return match["zhunit"] == "点钟" or bool(_CLOCK_PREFIX.search(text[: match.start()]))
        if numeral in {"万", "千", "亿", "百"}:
            return False
    if match["en"] and match["en"] not in _EN_AMBIGUOUS:
        return True  # "twelve characters": past "one", a spelled-out English number is a number
    return bool(unit or match["percent"] or match["sign"] or whole)


def parse_quantities(
    text: str, language: Language | None = None
) -> list[tuple[Quantity, int, int]]:
    """Every quantity in `text` with its `[start, end)` offsets in the original text.

    `language` is accepted for symmetry with the other text functions; both languages' forms are
    read either way, since Chinese material quotes English units and the other way round.
    """
    del language  # both notations are read in both languages
    folded, origin = _fold(text)
    found: list[tuple[Quantity, int, int]] = []
    clock_spans = []
    for match in _CLOCK_TIME.finditer(folded):
        hour = float(match["hour"]) + float(match["minute"]) / 60
        if (match["half"] or "").startswith("p") and hour < 12:
            hour += 12
        found.append(
            (Quantity(hour, "clock", "clock"), origin[match.start()], origin[match.end() - 1] + 1)
        )
        clock_spans.append((match.start(), match.end()))
    for match in _PATTERN.finditer(folded):
        if any(start <= match.start() < end for start, end in clock_spans):
            continue
        if not match.group().strip() or (match.start() > 0 and folded[match.start() - 1] == "第"):
            continue
        surface = match["zhunit"] or match["enunit"] or match["currency"]
        if surface:
            surface = re.sub(r"\s+", " ", surface.strip())
            if surface == "us$":
                surface = "$"
        unit = _UNITS.get(surface) if surface else None
        if match["percent"]:
            unit = _UNITS["%"]
        if not _is_word_number_allowed(match, folded, unit.name if unit else None):
            continue
        value = _number(match)
        if value is None:
            continue
        if match["sign"]:
            value = -value
        if unit is not None and unit.dimension == "clock":
            unit_surface = match["zhunit"] or match["enunit"] or ""
            before = folded[: match.start()]
            if unit_surface.startswith("p") or (_CLOCK_PREFIX.search(before) and value < 12):
                value += 12
        quantity = Quantity(value, unit.name, unit.dimension) if unit else Quantity(value)
        end = match.end()
        start = match.start()
        found.append((_scaled(quantity, unit), origin[start], origin[end - 1] + 1))
    found.sort(key=lambda item: item[1])
    return _spread_range_units(found, text)


def _scaled(quantity: Quantity, unit: _Unit | None) -> Quantity:
    """Keep the written unit's name but remember sub-units (厘米, 公斤) in the base unit."""
    if unit is None or unit.factor == 1 or unit.dimension in {"duration", "calendar"}:
        return quantity
    return Quantity(quantity.value * unit.factor, unit.name, unit.dimension)


def _spread_range_units(
    found: list[tuple[Quantity, int, int]], text: str
) -> list[tuple[Quantity, int, int]]:
    spread = list(found)
    for index in range(len(spread) - 1):
        (low, start, end), (high, next_start, _) = spread[index], spread[index + 1]
        joined = _RANGE_JOINER.fullmatch(text[end:next_start].lower())
        if low.unit is None and high.unit is not None and joined:
            spread[index] = (Quantity(low.value, high.unit, high.dimension), start, end)
    return spread


def _in_base(quantity: Quantity) -> float:
    factor = _FACTORS.get((quantity.dimension or "", quantity.unit or ""))
    if factor is None:
        return quantity.value  # a bare number, or one already in its base unit (see _scaled)
    return quantity.value * factor


_FACTORS = {
    (unit.dimension, unit.name): unit.factor
    for unit in _UNITS.values()
    if unit.dimension in {"duration", "calendar"}
}


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """True when two quantities are the same figure: same dimension and equal after conversion.

    A unit-less number equals only a unit-less number of the same value.
    """
    if (a.unit is None) != (b.unit is None):
        return False
    if a.dimension != b.dimension:
        return False
    return math.isclose(_in_base(a), _in_base(b), rel_tol=1e-9, abs_tol=1e-9)


def quantities_of(text: str) -> list[Quantity]:
    """Only the quantities of `text`, in order (offsets dropped)."""
    return [quantity for quantity, _, _ in parse_quantities(text)]
