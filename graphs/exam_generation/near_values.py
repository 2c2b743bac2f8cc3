"""Near values of a figure: what a rule on that unit would plausibly have said instead.

A time unit takes values from its ladder (24 hours: 12, 36, 48), other figures round numbers at
least 10% away; a time of day moves by an hour or two, a range by one end or both. The values
alternate below and above the key, written as the key is written (decimals, unit, plural).
"""

from __future__ import annotations

import math
import re

from graphs.text.terms import CLOCK_PATTERN, CLOCK_RANGE_PATTERN, RANGE_PATTERN

DIGITS = re.compile(r"-?\d+(?:\.\d+)?")
_PERCENT = re.compile(r"%|％|percent|折|\d\s*分(?!钟)|points?\b")
"""Shares and scores: a made-up value stays at or under 100."""


def figure_unit(value: str) -> str:
    """A figure's unit as written: the figure without its digits ("30分钟" -> "分钟")."""
    return DIGITS.sub("", value).strip()


_SIGN_WORD = re.compile(r"^\s*(?:零下|负|minus\s)|below\s+(?:zero|freezing)\b", re.IGNORECASE)
"""A sign said in words: 零下18℃, 负5℃, minus 5°C and "5 degrees below zero" are below zero."""


def figure_value(value: str) -> float | None:
    """A figure's (first) number with its sign ("30分钟" -> 30.0, 零下18℃ -> -18.0), or None."""
    match = DIGITS.search(value)
    if match is None:
        return None
    number = float(match.group())
    return -number if number > 0 and _SIGN_WORD.search(value) else number


_EN_UNIT = re.compile(
    r"^(\s+)(business day|working day|day|hour|minute|second|week|month|year)s?\b"
)


_EN_WORD_UNIT = re.compile(r"^(\s+)([a-z]{3,})\b")
_IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}
"""Plural unit words whose singular is not the word without its -s ("1 people" is no English)."""


def _shown(number: float, like: str) -> str:
    """The number written as `like` writes its own: decimals, unit, and in English the unit's
    number ("1 hour", "2 hours")."""
    digits = DIGITS.search(like)
    assert digits is not None
    if not digits.group().startswith("-"):
        number = abs(number)  # 零下18℃ -> 零下20℃: the sign is a word the key keeps
    decimals = len(digits.group().split(".")[1]) if "." in digits.group() else 0
    text = f"{number:.{decimals}f}" if decimals else str(round(number))
    rest = like[digits.end() :]
    unit = _EN_UNIT.match(rest)
    if unit:
        plural = "" if number == 1 else "s"
        rest = unit.group(1) + unit.group(2) + plural + rest[unit.end() :]
    elif (word := _EN_WORD_UNIT.match(rest)) is not None:
        # "1 metres", "3 metre": any English unit word takes the number's grammar.
        noun = word.group(2)
        if number == 1 and noun in _IRREGULAR:
            noun = _IRREGULAR[noun]
        elif number != 1 and noun in _IRREGULAR.values():
            noun = next(p for p, one in _IRREGULAR.items() if one == noun)
        elif number == 1 and noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]
        elif number != 1 and figure_value(like) == 1 and not noun.endswith("s"):
            noun += "s"
        rest = word.group(1) + noun + rest[word.end() :]
    return like[: digits.start()] + text + rest


_MANTISSAS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8)
MIN_RATIO = 1.1
MAX_RATIO = 4.0
"""Nor more than this factor: 96 or 120 hours are no one's guess for 24."""
"""A made-up value differs from the key by at least this factor: 25 hours is no fair option
against 24 hours."""
AGES = (3, 6, 8, 10, 12, 14, 16, 18, 21, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80)
"""Ages rules draw lines at: 18周岁 is asked against 16 and 21, not 10 and 30."""
_SHARES = (5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 95, 100)
"""Shares rules set: 80% full is asked against 70%, 75% and 90%, not 40%, 30% and 25%."""
MIN_SHARE_STEP = 5
"""Shares differ by points, not by a factor: 75% is a fair option against 80%, 82% is not."""
_SHARE_UNIT = re.compile(r"%|％|percent")
DISCOUNTS = (3, 4, 5, 6, 7, 8, 9)
"""Discounts a shop gives in 折 (tenths of the price): 9折 is asked against 8折 and 7折; 10折 is
the full price and no discount, 15折 a surcharge."""


def too_close(number: float, other: float, key: str) -> bool:
    """Two values no one tells apart as options for the key: within 10% of each other (24天 and
    25天), or for a share within 5 points (80% and 82%)."""
    if _SHARE_UNIT.search(key):
        return abs(number - other) < MIN_SHARE_STEP
    if number == 0 or other == 0:
        return False
    return max(number / other, other / number) < MIN_RATIO


_LADDERS: dict[str, tuple[float, ...]] = {
    "hour": (1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72, 96, 120),
    "小时": (1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72, 96, 120),
    "minute": (1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120),
    "分钟": (1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120),
    "second": (1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90),
    "秒": (1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90),
    "day": (1, 2, 3, 5, 7, 10, 14, 15, 20, 21, 30, 45, 60, 90, 180, 365),
    "天": (1, 2, 3, 5, 7, 10, 14, 15, 20, 21, 30, 45, 60, 90, 180, 365),
    "日": (1, 2, 3, 5, 7, 10, 14, 15, 20, 21, 30, 45, 60, 90, 180, 365),
    "week": (1, 2, 3, 4, 6, 8, 12, 26, 52),
    "周": (1, 2, 3, 4, 6, 8, 12, 26, 52),
    "month": (1, 2, 3, 6, 9, 12, 18, 24, 36, 48, 60),
    "月": (1, 2, 3, 6, 9, 12, 18, 24, 36, 48, 60),
    "year": (1, 2, 3, 5, 10, 15, 20, 30),
    "年": (1, 2, 3, 5, 10, 15, 20, 30),
    "岁": AGES,
    "周岁": AGES,
    "%": _SHARES,
    "％": _SHARES,
    "percent": _SHARES,
    "折": DISCOUNTS,
}
"""Values a rule on that time unit would plausibly have said instead (24 hours: 12, 48, 72)."""


def _ladder(key: str) -> tuple[float, ...] | None:
    unit = DIGITS.sub("", key).strip().lower().removesuffix("s")
    for name, ladder in _LADDERS.items():
        if unit.endswith(name):
            return ladder
    return None


def _nice_numbers(value: float) -> list[float]:
    """Round numbers near the value's magnitude: what a rule would plausibly have said instead."""
    exponent = math.floor(math.log10(abs(value))) if value else 0
    numbers = {m * 10**e for e in range(exponent - 1, exponent + 2) for m in _MANTISSAS}
    return sorted(n for n in numbers if n > 0)


def _balanced(value: float, numbers: list[float]) -> list[float]:
    """Numbers nearest the value, alternating above and below it, so the key is never the
    largest or smallest of its options when there are values on both sides."""
    below = sorted((n for n in numbers if n < value), key=lambda n: value / n if n else math.inf)
    above = sorted((n for n in numbers if n > value), key=lambda n: n / value if value else n)
    out: list[float] = []
    for i in range(max(len(below), len(above))):
        out.extend(side[i] for side in (below, above) if i < len(side))
    return out


_MONEY = re.compile(r"[元$£€¥]|\b(?:RMB|yuan|dollars?|pounds?|euros?)\b", re.IGNORECASE)


def _shop_price(key: str, size: float) -> bool:
    """A whole price ending in 9 (299元, $49): its other values end in 9 as well, or the key
    is the only price a shop would print among round numbers."""
    return _MONEY.search(key) is not None and size >= 10 and size == int(size) and size % 10 == 9


_CATEGORY_UNIT = re.compile(r"^-(?:[a-z]+ed|star|grade|tier|class)$", re.IGNORECASE)
"""A figure that names a category, not an amount ("18-rated", "5-star", "12-graded"): the
categories are a closed set, and a made-up one ("20-rated", "10-rated" beside an 18-rated film)
is no plausible wrong answer but a rating that does not exist (session 13 lead, a cinema policy).
It has no near values; the material's own ones of the unit may still be offered."""


def near_values(key: str, count: int, top: float = 100) -> list[str]:
    """Plausible other values of a figure, same unit and format ("10分钟" -> "5分钟", "15分钟", ...).

    Time units take values from their ladder (24 hours gives 12, 36, 48 hours, not 25); other
    figures round numbers at least 10% away; values alternate below and above the key; a share or
    a score stays at or under `top` (100, unless the material's scale runs higher: 信用分 600分);
    a whole number stays whole; a shop price (299元) gets shop prices (199元, 399元).
    """
    if _CATEGORY_UNIT.match(figure_unit(key)):
        return []
    if CLOCK_PATTERN.fullmatch(key.strip()):
        return _near_clock(key, count)
    if CLOCK_RANGE_PATTERN.fullmatch(key.strip()):
        return _near_clock_range(key, count)
    if RANGE_PATTERN.fullmatch(key.strip()):
        return _near_range(key, count)
    value = figure_value(key)
    if value is None:
        return []
    written = DIGITS.search(key)
    decimal = written is not None and "." in written.group()
    if decimal:
        assert written is not None
        least = 10 ** -len(written.group().split(".")[1])
        # A step of about a fifth of the value, rounded (£0.45: £0.40, £0.50), never below the
        # written precision: £0.44 beside £0.45 is no one's other guess.
        room = abs(value) / 5
        steps = [m * 10**e for e in range(-3, 4) for m in (1, 2, 5) if m * 10**e <= room]
        step = max([least, *steps])
        raw = [value - step, value + step, value - 2 * step, value + 2 * step]
    else:
        sign = -1 if value < 0 else 1
        size = abs(value)
        ladder = _ladder(key)
        pool = list(ladder) if ladder and size in ladder else _nice_numbers(size)
        if size:
            pool = [
                n
                for n in pool
                if not too_close(n, size, key) and max(n / size, size / n) <= MAX_RATIO
            ]
        if _PERCENT.search(key):
            pool = [n for n in pool if n <= (100 if _SHARE_UNIT.search(key) else top)]
        raw = [sign * n for n in _balanced(size, pool)]
        if _shop_price(key, size):
            # 299元 among 200元 / 250元 / 400元 is the one shop price: the others end in 9 too.
            # Each to the nearest ten, less one: $15 and $25 beside $19 become $9 and $29.
            raw = list(dict.fromkeys(sign * (round(abs(n) / 10) * 10 - 1) for n in raw))
    if "折" in key:
        raw = [n for n in raw if n < 10]  # 9折 and 9.5折 are discounts: 10折 and 10.5折 are none
    out: list[str] = []
    for number in raw:
        if number == value or (number <= 0 < value):
            continue
        if not decimal and number != int(number):
            continue
        shown = _shown(number, key)
        if shown != key and shown not in out:
            out.append(shown)
        if len(out) >= count:
            break
    return out


_HALF_DAY = re.compile(r"a\.m\.|p\.m\.|am|pm", re.IGNORECASE)


def _near_clock(key: str, count: int) -> list[str]:
    """Other times of day an hour or two from the key, written as it is (6:30 am -> 5:30 am,
    7:30 am; 22点 -> 21点, 23点): 25点 or 13 pm are no one's guess."""
    hour_text = DIGITS.search(key)
    assert hour_text is not None
    hour = int(hour_text.group().split(".")[0])
    low, high = (1, 12) if _HALF_DAY.search(key) else (0, 23)
    half = re.fullmatch(r"(\d{1,2}):30", key.strip())
    if half is not None:
        # 10:30 among 9:30, 11:30 and 8:30 is the one time the others frame; a trainee who
        # misremembers a half hour says the hour around it (10:00, 11:00).
        out = [f"{h:0{len(half.group(1))}d}:{m}" for h, m in _half_steps(hour) if low <= h <= high]
        return out[:count]
    out = []
    for step in (-1, 1, -2, 2, -3, 3):
        other = hour + step
        if low <= other <= high:
            width = len(hour_text.group()) if hour_text.group().startswith("0") else 1
            out.append(key[: hour_text.start()] + f"{other:0{width}d}" + key[hour_text.end() :])
        if len(out) >= count:
            break
    return out


def _half_steps(hour: int) -> list[tuple[int, str]]:
    """The times around hour:30, nearest first: the hour before and after, then the half hours."""
    return [
        (hour + 1, "00"),
        (hour, "00"),
        (hour + 2, "00"),
        (hour - 1, "30"),
        (hour + 1, "30"),
        (hour - 1, "00"),
    ]


_CLOCK_AT = re.compile(r"(\d{1,2}):(\d\d)\s*(a\.m\.|p\.m\.|am|pm)?", re.IGNORECASE)


def _hour_of(match: re.Match[str]) -> float:
    """The hour of the day a clock time says (7:30 pm -> 19.5)."""
    hour = int(match.group(1)) % 24
    if match.group(3) and match.group(3).lower().startswith("p") and hour < 12:
        hour += 12
    return hour + int(match.group(2)) / 60


def _near_clock_range(key: str, count: int) -> list[str]:
    """Other opening hours a rule could have said, written as the key (14:00 to 23:00 ->
    14:00 to 22:00, 15:00 to 23:00, 13:00 to 22:00): one end or both moved by an hour or two,
    so that every option is a whole span and only the key's ends are right."""
    times = list(_CLOCK_AT.finditer(key))
    if len(times) != 2:
        return []
    moves = [(0, -1), (1, 0), (-1, -1), (0, 1), (-1, 0), (1, 1), (0, -2), (2, 0)]
    out: list[str] = []
    for low_move, high_move in moves:
        ends = []
        for match, move in zip(times, (low_move, high_move), strict=True):
            hour = int(match.group(1)) + move
            if not 0 <= hour <= (12 if match.group(3) else 23):
                break
            width = len(match.group(1)) if match.group(1).startswith("0") else 1
            ends.append(f"{hour:0{width}d}")
        if len(ends) != 2:
            continue
        low, high = (
            _hour_of(m) + move for m, move in zip(times, (low_move, high_move), strict=True)
        )
        before = _hour_of(times[0]) < _hour_of(times[1])
        if low == high or (low < high) != before:
            continue  # 05:45 to 04:15 for 05:45 to 06:15: no span ends before it starts
        text = (
            key[: times[0].start(1)]
            + ends[0]
            + key[times[0].end(1) : times[1].start(1)]
            + ends[1]
            + key[times[1].end(1) :]
        )
        if text != key and text not in out:
            out.append(text)
        if len(out) >= count:
            break
    return out


_BOUND = re.compile(r"(?:(?<!\d)-)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _written_like(number: float, like: str) -> str:
    """`number` with the decimals and thousands separators of `like`."""
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{number:,.{decimals}f}" if "," in like else f"{number:.{decimals}f}"
    return "0" if text in ("-0", "-0.0") and decimals == 0 else text


def range_ends(text: str) -> tuple[float, float] | None:
    """The low and high ends of a range as written ("3-5个工作日" -> (3, 5); hours of the day
    "23:00 to 07:00" -> (23, 31), past midnight), or None."""
    if CLOCK_RANGE_PATTERN.fullmatch(text.strip()):
        low, high = (_hour_of(m) for m in _CLOCK_AT.finditer(text))
        return (low, high if high > low else high + 24)
    bounds = list(_BOUND.finditer(text))
    if len(bounds) < 2:
        return None
    return (
        float(bounds[0].group().replace(",", "")),
        float(bounds[-1].group().replace(",", "")),
    )


def _near_range(key: str, count: int) -> list[str]:
    """Other ranges a rule could have said, written as the key (0℃～4℃ -> 2℃～6℃, 4℃～8℃,
    6℃～10℃): both ends moved by a round step of about half the range's width, or two or three
    such steps, never below zero when the key is not."""
    bounds = list(_BOUND.finditer(key))
    if len(bounds) < 2:
        return []
    low_match, high_match = bounds[0], bounds[-1]
    low = float(low_match.group().replace(",", ""))
    high = float(high_match.group().replace(",", ""))
    width = high - low
    if width <= 0:
        return []
    exponent = math.floor(math.log10(width / 2)) if width / 2 >= 1 else 0
    step = max(m * 10**exponent for m in (1, 2, 5) if m * 10**exponent <= max(width / 2, 1))
    # Both ends move: a range inside the key's (15–18 cm for 15–20 cm) or around it (15–22 cm) is
    # partly right, and a designer calls telling them apart hair-splitting.
    moves = [(k * step, k * step) for n in (1, 2, 3) for k in (n, -n)]
    out: list[str] = []
    for low_move, high_move in moves:
        new_low, new_high = low + low_move, high + high_move
        if new_low >= new_high or (low >= 0 and new_low < 0) or ("%" in key and new_high > 100):
            continue
        text = (
            key[: low_match.start()]
            + _written_like(new_low, low_match.group())
            + key[low_match.end() : high_match.start()]
            + _written_like(new_high, high_match.group())
            + key[high_match.end() :]
        )
        if text != key and text not in out:
            out.append(text)
        if len(out) >= count:
            break
    return out
