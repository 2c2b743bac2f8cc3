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
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graphs.exams import Language
from graphs.text.clock_times import (
    CLOCK_MINUTES,
    CLOCK_PREFIX,
    CLOCK_TIME,
    EN_HOUR_NAMES,
    MORNING_PREFIX,
    clock_hour,
)
from graphs.text.figure_ranges import is_range_end, spread_ranges
from graphs.text.identifiers import identifier_spans
from graphs.text.numerals import (
    EN_AMBIGUOUS,
    EN_NUMBER,
    EN_WORD,
    ZH_DIGITS,
    ZH_NUMBER,
    en_value,
    zh_value,
)
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
_NOT_A_SHARE = re.compile(r"不变|[为功本人交绩员品果熟立就年长型效批套群色像语规全分都家]")
"""What follows 成 when it begins a word (一成不变, 成本, 成功): no share (五成 is 50%)."""
_SPANS = r"(?:hours?|days?|weeks?|months?|years?|minutes?)\b"
"""Units a spoken "and a half" goes with: "one and a half hours", "an hour and a half"."""
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_PATTERN = re.compile(
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
_SPAN_WORDS = frozenset(
    ["within", "in", "for", "after", "under", "than", "about", "over", "least", "most", "only"]
) | {"takes", "take", "took", "up"}
"""Words before "a"/"an" that make "an hour" a duration ("within an hour"), unlike "once a day"."""
_BELOW_ZERO_AFTER = re.compile(r"\s*below\s+(?:zero|freezing)\b")
"""'18 degrees below zero' is -18 degrees, as 零下18度 is."""
_RANGE_AHEAD = re.compile(rf"\s*(?:-|~|～|到|至|to)\s*(?:\d|[{ZH_DIGITS}]|(?:{EN_WORD})(?![a-z]))")
"""A joiner and a second number after a spelled-out one: 零到五度, one to four days."""
_INSIDE_A_WORD = re.compile(
    r"[统唯同万第逐之初专单划归合整]$|(?<![a-z])(?:no|any|some|every|each|the)\s+$"
)
"""A Chinese character before a numeral that is not a preposition or verb of measure (统一到…),
or a determiner (no one to…): the numeral is part of a word, not a range's low end."""


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


def _number(match: re.Match[str]) -> float | None:
    if match["share"]:
        return 50.0
    if match["fden"]:
        below, above = _number_of(match["fden"]), _number_of(match["fnum"])
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


def _number_of(numeral: str) -> float:
    """Digits or a Chinese numeral (the parts of 三分之一); 0 when it is neither."""
    return float(numeral) if numeral.isdigit() else zh_value(numeral) or 0.0


def _is_word_number_allowed(match: re.Match[str], text: str, unit: str | None) -> bool:
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
    while (match := _PATTERN.search(folded, position)) is not None:
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
        if surface == "成" and _NOT_A_SHARE.match(folded, match.end()):
            continue  # 一成不变, 八成功: 成 begins a word here, no tenths
        if match["percent"] or match["share"] or match["fden"]:
            unit = UNITS["%"]
        if match["snum"] and unit is None:
            unit = UNITS["%"]  # 3/4满 is 四分之三满; "1/2 hour" keeps its unit
        if not _is_word_number_allowed(match, folded, unit.name if unit else None):
            continue
        value = _number(match)
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
            fraction = (int(_number_of(match["fnum"])), int(_number_of(match["fden"])))
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
