"""Ranges of figures, read whole: 3-5个工作日, "between 25 and 30 seconds", 六点到八点,
晚上八点至十点, 下午两点半到四点, "from six to eight p.m.".

quantities.py reads each end of a range as a figure of its own; what one end cannot decide alone
is decided here, from the range (two figures joined by -, ~, 到, 至, "to", or "and" after
"between"):
- A bare number takes the unit of the other end: 3-5个工作日 is 3 and 5 working days.
- A Chinese-numeral hour with 点 is a time when it is an end of a range of hours (六点到八点,
  九点至十一点半), as it is with a half-day word before it; so 差一点到了 is still no time.
- The half of the day said once holds for both ends, as a reader takes it: 晚上八点至十点 is
  20:00-22:00, 下午3-5点 is 15:00-17:00, "from six to eight p.m." is 18:00-20:00. An end with a
  half-day word of its own keeps it (晚上11点到凌晨2点), and an end that would then come before
  the other is left as said (晚上10点到2点 ends at 2:00, after midnight).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from graphs.text.clock_times import CLOCK_PREFIX, MORNING_PREFIX
from graphs.text.units import EVENING_WORDS, MORNING_WORDS

if TYPE_CHECKING:
    from graphs.text.quantities import Quantity

_RANGE_JOINER = re.compile(r"\s*(?:-|~|～|到|至|to)\s*$")
_BETWEEN = re.compile(r"between\s*$")  # "between 25 and 30 seconds": "and" joins a range
_HOUR = r"(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})"
_MINUTES = r"(?:半|\d{1,2}分?|[零〇一二两三四五六七八九十]{1,3}分)"
_JOINER = r"\s*(?:到|至|~|～|-|–|—)\s*"
_HALF_DAY = r"(?:早上|上午|早晨|清晨|凌晨|下午|晚上|傍晚|中午|夜里|夜间)"
_NEXT_END = re.compile(rf"{_MINUTES}?{_JOINER}{_HALF_DAY}?{_HOUR}(?:点|:\d\d)")
"""After a 点: its minutes, a joiner and the other end (六点到八点, 两点半至四点)."""
_LAST_END = re.compile(rf"{_HOUR}(?:点钟?{_MINUTES}?|:\d\d){_JOINER}$")
"""Before an hour: the range's first end and a joiner (八点至十点 for 十点)."""
_EVENING_AFTER = re.compile(
    r"p\.?m\.?|" + "|".join(re.escape(word) for word in EVENING_WORDS), re.I
)
_MORNING_AFTER = re.compile(
    r"a\.?m\.?|" + "|".join(re.escape(word) for word in MORNING_WORDS), re.I
)
_EVENING_START = re.compile(CLOCK_PREFIX.pattern.removesuffix("$"))
_MORNING_START = re.compile(MORNING_PREFIX.pattern.removesuffix("$"))

Half = str
"""'am', 'pm' or '' (not said): the half of the day an end of a range names."""


def is_range_end(folded: str, start: int, end: int) -> bool:
    """True when the hour with 点 at `folded[start:end]` is an end of a range of hours."""
    return bool(_NEXT_END.match(folded, end) or _LAST_END.search(folded[:start]))


def said_half(text: str, start: int, end: int) -> Half:
    """The half of the day the clock time at `text[start:end]` names with a word of its own:
    before it (晚上, 下午3-5点's 下午 before the spread-out 3) or after it (pm, in the evening)."""
    surface = text[start:end]
    if _EVENING_START.match(text, start) or CLOCK_PREFIX.search(text[:start]):
        return "pm"
    if _MORNING_START.match(text, start) or MORNING_PREFIX.search(text[:start]):
        return "am"
    if _EVENING_AFTER.search(surface):
        return "pm"
    if _MORNING_AFTER.search(surface):
        return "am"
    return ""


def shared_half(low: float, low_half: Half, high: float, high_half: Half) -> tuple[float, float]:
    """The two ends of a range of clock times once the half of the day said at one end holds
    for the other, unless the other would then come before it (晚上10点到2点)."""
    low += 12 if low_half == "pm" and low < 12 else 0  # 下午3-5点: the 3 is read from the 5点
    high += 12 if high_half == "pm" and high < 12 else 0
    if low_half == "pm" and not high_half and high < 12 and high + 12 >= low:
        high += 12
    if high_half == "pm" and not low_half and low < 12 and low + 12 <= high:
        low += 12
    return low, high


def spread_ranges(
    found: list[tuple[Quantity, int, int]], text: str
) -> list[tuple[Quantity, int, int]]:
    """`found` (figures with their offsets in `text`, in order) with each range read whole: a
    bare low end takes the high end's unit, and the two ends of a clock range share the half of
    the day said at one of them."""
    spread = list(found)
    for index in range(len(spread) - 1):
        (low, start, end), (high, next_start, next_end) = spread[index], spread[index + 1]
        gap = text[end:next_start].lower()
        joined = _RANGE_JOINER.fullmatch(gap) or (
            gap.strip() == "and" and _BETWEEN.search(text[:start].lower())
        )
        if not joined:
            continue
        if low.unit is None and high.unit is not None:
            low = replace(low, unit=high.unit, dimension=high.dimension)
        if low.dimension == high.dimension == "clock":
            low_value, high_value = shared_half(
                low.value,
                said_half(text, start, end),
                high.value,
                said_half(text, next_start, next_end),
            )
            low, high = replace(low, value=low_value), replace(high, value=high_value)
        spread[index], spread[index + 1] = (low, start, end), (high, next_start, next_end)
    return spread
