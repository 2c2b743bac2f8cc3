"""Times of day: 23:00, 9:30 am, 下午3点, 早上六点, 9点半, noon.

quantities.py reads a clock time as a figure of the "clock" dimension, the hour of the day on the
24-hour clock (9:30 = 9.5); this module holds what marks one: the half-day words before an hour
(下午/晚上 after noon, 早上/上午 before it, not 最晚; 晚 8 点 with a space too), its minutes after 点 (9点30分, 9点半, 九点十五分
are one time, not 9点 and a figure 30分), hh:mm with am/pm, and noon, midday and midnight.
"""

from __future__ import annotations

import re

from graphs.text.numerals import zh_value
from graphs.text.units import EVENING_WORDS

CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3]|24(?=:00)):(?P<minute>[0-5]\d)(?![\d:])"
    r"(?:\s*(?P<half>a\.m\.|p\.m\.|am|pm)(?![a-z]))?"
)
# A space may stand between the half-day word and its hour (晚 8 点, as a key is often typed).
CLOCK_PREFIX = re.compile(r"(?:下午|晚上|傍晚|中午|夜里|夜间|(?<![最较太])晚)[ \t]?$")
MORNING_PREFIX = re.compile(r"(?:早上|上午|早晨|清晨|凌晨|(?<![最较太提])早)[ \t]?$")
CLOCK_MINUTES = re.compile(r"半|(\d{1,2})分?|([零〇一二两三四五六七八九十]{1,3})分")
EN_HOUR_NAMES = re.compile(r"(?<![a-z])(noon|midday|midnight)(?![a-z])")


def clock_hour(value: float, match: re.Match[str], folded: str) -> tuple[float, int, int]:
    """An hour of the day on the 24-hour clock, and where it stands with its half-day word
    (早上, 晚上) and its minutes.

    下午/晚上/晚/pm/"in the evening" after noon; 早上/上午/am/"in the morning" before it; the
    minutes of 9点30分, 9点半, 九点十五分 are part of the time (9点半 is not 9点).
    """
    surface = match["zhunit"] or match["enunit"] or ""
    before = folded[: match.start()]
    prefix = CLOCK_PREFIX.search(before)
    evening = (
        surface.startswith("p")
        or (surface in EVENING_WORDS and (surface != "at night" or value >= 6))
        or bool(prefix)
    )
    start = (prefix or MORNING_PREFIX.search(before) or match).start()
    if evening and value < 12:
        value += 12
    end = match.end()
    minutes = CLOCK_MINUTES.match(folded, end) if surface == "点" else None
    if minutes:
        if minutes.group() == "半":
            value += 0.5
        else:
            counted = float(minutes[1]) if minutes[1] else zh_value(minutes[2])
            value += (counted or 0) / 60
        end = minutes.end()
    return value, start, end
