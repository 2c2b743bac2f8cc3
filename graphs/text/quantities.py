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
- signs: -5℃ (also after a Chinese word: 保持在-18℃), 零下5℃, 负5, minus 5, "5 degrees below
  zero" (零下5℃ = -5℃; -5℃ is not 5℃; 正负2分钟 is ±2, a tolerance, not -2);
- percent: 15%, 15 percent, 15 per cent, 百分之十五, 百分之15, 百分之百; a half said as a share
  (一半, 半数, "half the fee", "a half") is 50%; a fraction 三分之一 or 1/3 is a share too (33.3%; 3/4满 = 四分之三满, but
  "1/2 hour" is half an hour and 24/7 no share); 成 is tenths (五成 = 50%) except where it begins a
  word (一成不变, 成本);
- currency written before the number: $5, ¥5, £5, €5, RMB 5, 人民币99, USD 55;
- "a fortnight" (14 days), "a quarter (of an) hour" (15 minutes), "a half hour", "an hour and a
  half" and "one and a half hours" (90 minutes);
- a number word with its digits in brackets before the unit ("ninety (90) days", 三十（30）天) is one;
- a "+" between a number and its unit (20+ seconds) is the number (a lower bound of it).

Identifiers are not quantities: a phone number, code or id (400-820-6688, 4008206688; see
graphs/text/identifiers.py) holds no figure, so no part of it is read as a number.

Units and dimensions (canonical unit names are English; the table is graphs/text/units.py):
- duration: second (秒, s), minute, hour, day, week (converted: 120分钟 = 2小时, 14 days = 2 weeks);
  month and year convert with each other only (1年 = 12个月), never to days;
- working_day (工作日, business/working days) is its own dimension: 3个工作日 is not 3天;
- money: yuan (元, 块, 块钱, RMB, ¥, 人民币), dollar ($, USD, dollars; cents), pound
  (£, GBP, pounds, 英镑; pence) and euro (€, EUR, 欧元; euro cents) do not convert into each other;
- percent; temperature: celsius (℃, °C, 度, 摄氏度, degrees) and fahrenheit; 度 after a lens or
  eye word (近视, 度数, 镜片, 散光…, up to 12 characters before) is a lens power, not a temperature;
- counts: times (次, 遍, 回), people (人, 位, 名, people, persons), items (个, 件, 项, 份, 张, 盒, 瓶,
  支, 台, items, pieces), steps (步, steps), points (分, 积分, points);
- length (m, cm, km, 米, 厘米, 公里), speed (km/h, 公里/小时, 公里每小时, mph), mass (kg, g, 公斤, 克, 斤), volume (ml, l, 毫升, 升);
- clock: 11点, 下午3点 (= 15), 11 pm, 9:30 am, 23:00 as the hour of the day (9:30 = 9.5); the
  half of the day in words: 早上/上午/凌晨/早 and 下午/晚上/傍晚/夜里/晚 (not 最晚) before the
  hour, "in the morning", "in the afternoon/evening", "at night" (from six) and "o'clock" after
  it; noon/midday (12) and midnight (0); minutes after 点: 9点半, 9点30分, 九点十五分 (one time,
  not 9点 and a figure 30分). A Chinese-numeral hour with 点 is read when a half-day word is
  before it, minutes after it, or it is the whole text (六点), so 一点 (a little) is not a time.
  The span of a clock time includes its half-day word (早上6点).

A number written without a unit has `unit=None`; it equals only another unit-less number of the
same value (graders decide separately whether a missing unit is acceptable). "第3步" is an ordinal
and not a quantity. A range is read whole (graphs/text/figure_ranges.py): a bare number just before
"-"/"~"/"到"/"至" and another number with a unit takes that unit (3-5个工作日 is 3 and 5 working
days); 六点到八点 is two times, and 晚上八点至十点 ends at 22:00.

The pattern a figure is written in, and what one match of it is worth: figure_matches.py.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graphs.exams import Language
from graphs.text.clock_times import (
    CLOCK_TIME,
    EN_HOUR_NAMES,
    clock_hour,
)
from graphs.text.figure_matches import FIGURE, counts_as_number, match_value, numeral_value
from graphs.text.figure_ranges import spread_ranges
from graphs.text.identifiers import identifier_spans
from graphs.text.numerals import EN_NUMBER_WORDS as EN_NUMBER_WORDS
from graphs.text.numerals import EN_ONES as EN_ONES
from graphs.text.numerals import EN_TENS as EN_TENS
from graphs.text.spoken_tenths import TENTH_UNITS, spoken_tenth
from graphs.text.units import UNITS, Unit


@dataclass(frozen=True)
class Quantity:
    """A number with its canonical unit and that unit's dimension (None: a bare number)."""

    value: float
    unit: str | None = None
    dimension: str | None = None
    fraction: tuple[int, int] | None = field(default=None, compare=False, repr=False)
    """(numerator, denominator) of a share said as a fraction (三分之一: 1, 3), for reasons."""

    def describe(self) -> str:
        """The quantity as a short text for reasons and logs ("2 hour", "-5 celsius", "15")."""
        shown = f"{self.value:g}"
        return f"{shown} {self.unit}" if self.unit else shown


_NOT_A_SHARE = re.compile(r"不变|[为功本人交绩员品果熟立就年长型效批套群色像语规全分都家]")
"""What follows 成 when it begins a word (一成不变, 成本, 成功): no share (五成 is 50%)."""
_BELOW_ZERO_AFTER = re.compile(r"\s*below\s+(?:zero|freezing)\b")
"""'18 degrees below zero' is -18 degrees, as 零下18度 is."""

_ZH_UNIT_HALF = re.compile(r"半(?![价数成折场边夜天年月日周个小钟])")
"""半 after a span's unit: a half more of it (一年半, 两天半); 半价, 半天 begin words of their own."""


_LENS_CONTEXT = re.compile(r"近视|远视|散光|老花|度数|镜片|眼镜|光度|屈光")
"""Words before 度 that make it a lens power (近视600度), not a temperature."""
LENS_POWER = Unit("degree", "lens_power", 1)


def _fold(text: str) -> tuple[str, list[int]]:
    """NFKC and lower case, with the original index of every folded character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = unicodedata.normalize("NFKC", char).lower()
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def parse_quantities(
    text: str, language: Language | None = None
) -> list[tuple[Quantity, int, int]]:
    """Every quantity in `text` with its `[start, end)` offsets in the original text.

    `language` is accepted for symmetry with the other text functions; both languages' forms are
    read either way, since Chinese material quotes English units and the other way round.
    """
    del language  # both notations are read in both languages
    return list(_parsed(text))


_AGE_GROUP = re.compile(r"\b(?:under|over)-$")
""""under-14s": the s after the age makes a group of people, not seconds."""


def _is_dioptre(folded: str, start: int, unit_start: int) -> bool:
    """A number before a capital D is a lens power when it has decimals or a sign (0.25D, +2D) or
    an eye word stands near it; a bare whole number (3D打印, "2D drawings") names dimensions."""
    number = folded[start:unit_start]
    if "." in number or number.lstrip()[:1] in "+-":
        return True
    return bool(_LENS_CONTEXT.search(folded[max(0, start - 12) : unit_start + 12]))


@lru_cache(maxsize=8192)
def _parsed(text: str) -> tuple[tuple[Quantity, int, int], ...]:
    """`parse_quantities`, cached: builders and validators read the same strings many times."""
    folded, origin = _fold(text)
    found: list[tuple[Quantity, int, int]] = []
    identifiers = identifier_spans(text)
    clock_spans = []
    for clock in CLOCK_TIME.finditer(folded):
        if _inside(origin[clock.start()], identifiers):
            continue
        hour = float(clock["hour"]) + float(clock["minute"]) / 60
        if (clock["half"] or "").startswith("p") and hour < 12:
            hour += 12
        found.append(
            (Quantity(hour, "clock", "clock"), origin[clock.start()], origin[clock.end() - 1] + 1)
        )
        clock_spans.append((clock.start(), clock.end()))
    # The scan restarts where each figure ends, and past what a figure takes with it (the tenth
    # of 两块五, the minutes of 9点30分): a match run on from there would swallow the next figure
    # (两块五一斤 lost its 斤).
    position = 0
    while (match := FIGURE.search(folded, position)) is not None:
        position = max(match.end(), match.start() + 1)
        if _inside(match.start(), clock_spans):
            continue
        if _inside(origin[match.start()], identifiers):
            continue  # a phone number or code holds no figure
        if not match.group().strip() or (match.start() > 0 and folded[match.start() - 1] == "第"):
            continue
        # A currency sign before the number decides its unit: "$200 staff ask" is 200 dollars,
        # not 200 people (an English noun after money is the sentence's next word).
        surface = match["currency"] or match["zhunit"] or match["enunit"]
        if surface:
            surface = re.sub(r"\s+", " ", surface.strip())
            if surface == "us$":
                surface = "$"
        unit = UNITS.get(surface) if surface else None
        if surface == "度" and _LENS_CONTEXT.search(
            folded[max(0, match.start() - 12) : match.start()]
        ):
            unit = LENS_POWER
        if surface == "s" and _AGE_GROUP.search(folded[max(0, match.start() - 7) : match.start()]):
            unit = None  # under-14s, over-65s: an age group, not seconds
        if surface == "d" and text[origin[match.start("enunit")]] == "D":
            if not _is_dioptre(folded, match.start(), match.start("enunit")):
                continue  # 3D打印, 2D drawings: dimensions, no figure
            unit = LENS_POWER  # 0.25D, 6.0D: a capital D is a dioptre, days are "d" or "天"
        if surface == "t" and folded[match.end() : match.end() + 1] in {"-", "'", "’"}:
            unit = None  # 2 t-shirts, "t's": a word that begins with t, no tonne
        if surface == "成" and _NOT_A_SHARE.match(folded, match.end()):
            continue  # 一成不变, 八成功: 成 begins a word here, no tenths
        if match["percent"] or match["share"] or match["fden"]:
            unit = UNITS["%"]
        if match["snum"] and unit is None:
            unit = UNITS["%"]  # 3/4满 is 四分之三满; "1/2 hour" keeps its unit
        if not counts_as_number(match, folded, unit.name if unit else None):
            continue
        value = match_value(match)
        if value is None:
            continue
        if match["unithalf"]:
            value += 0.5  # "an hour and a half", "3 hours and a half"
        half = bool(
            match["zhunit"]
            and unit is not None
            and unit.dimension in {"duration", "calendar"}
            and _ZH_UNIT_HALF.match(folded, match.end())
        )
        value += 0.5 if half else 0.0  # 一年半 is 18个月, 两天半 60小时
        if match["sign"] or _BELOW_ZERO_AFTER.match(folded, match.end()):
            value = -value
        end = match.end() + (1 if half else 0)
        start = match.start()
        if surface in TENTH_UNITS and (tenth := spoken_tenth(folded, end, surface)):
            value, end = value + math.copysign(tenth[0], value), tenth[1]
            position = end  # 一米二: the 二 is this figure's tenth, not a figure of its own
        if match["echo"] and float(match["echoed"].replace(",", "")) != abs(value):
            unit, end = None, match.start("echo")  # "rule 3 (4) days": no echo, no unit of 3
        if unit is not None and unit.dimension == "clock":
            value, start, end = clock_hour(value, match, folded)
            position = max(position, end)
        quantity = Quantity(value, unit.name, unit.dimension) if unit else Quantity(value)
        if match["fden"]:
            fraction = (int(numeral_value(match["fnum"])), int(numeral_value(match["fden"])))
            quantity = Quantity(value, "percent", "percent", fraction)
        elif match["snum"] and unit is not None and unit.name == "percent":
            fraction = (int(match["snum"]), int(match["sden"]))
            quantity = Quantity(value, "percent", "percent", fraction)
        found.append((_scaled(quantity, unit), origin[start], origin[end - 1] + 1))
    for match in EN_HOUR_NAMES.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        hour = 0.0 if match.group() == "midnight" else 12.0
        twelve = [f for f in found if f[0] == Quantity(12) and not text[f[2] : start].strip()]
        for figure in twelve:  # "12 noon" is one time
            found.remove(figure)
            start = figure[1]
        if not any(s < end and start < e for _, s, e in found):
            found.append((Quantity(hour, "clock", "clock"), start, end))
    found.sort(key=lambda item: item[1])
    return tuple(spread_ranges(found, text))


def clear_quantities() -> None:
    """Forget the parsed figures (see graphs/text/caches.py)."""
    _parsed.cache_clear()


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _scaled(quantity: Quantity, unit: Unit | None) -> Quantity:
    """Keep the written unit's name but remember sub-units (厘米, 公斤) in the base unit."""
    if unit is None or unit.factor == 1 or unit.dimension in {"duration", "calendar"}:
        return quantity
    return Quantity(quantity.value * unit.factor, unit.name, unit.dimension)


def in_base(quantity: Quantity) -> float:
    """The value in its dimension's base unit (seconds, months, working days); as is otherwise."""
    factor = _FACTORS.get((quantity.dimension or "", quantity.unit or ""))
    if factor is None:
        return quantity.value  # a bare number, or one already in its base unit (see _scaled)
    return quantity.value * factor


_FACTORS = {
    (unit.dimension, unit.name): unit.factor
    for unit in UNITS.values()
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
    if a.dimension == "clock":
        # 24:00 (当日24:00前, "by 24:00") is the midnight of 次日0:00 and "midnight".
        return math.isclose(a.value % 24, b.value % 24, rel_tol=1e-9, abs_tol=1e-9)
    return math.isclose(in_base(a), in_base(b), rel_tol=1e-9, abs_tol=1e-9)


def quantities_of(text: str) -> list[Quantity]:
    """Only the quantities of `text`, in order (offsets dropped)."""
    return [quantity for quantity, _, _ in parse_quantities(text)]
