"""Spoken decimals after a Chinese unit: 一米二 is 1.2 m, 两块五 2.5 元, 一斤二 1.2 斤.

Chinese says a tenth as a bare digit after the unit (一米二, 三块八) or with its sub-unit
(十块八毛, 一元五角). Read as two figures, 一米二 became 1 m and a learner who wrote 一米二以下
for 1.2米以下 was marked wrong. A digit is a tenth only where nothing makes it a count of its own:
两米三个人 is 2 m and 3 people, so a unit or classifier after the digit leaves it alone.
"""

from __future__ import annotations

import re

from graphs.text.numerals import zh_value
from graphs.text.units import UNITS

TENTH_UNITS = frozenset({"米", "块", "元", "斤"})
"""Units after which a bare digit is spoken as tenths."""

_DIGIT = "一二三四五六七八九"
_TENTHS = {
    surface: re.compile(rf"([{_DIGIT}]|[1-9])({sub_unit})?")
    for surface, sub_unit in {"米": "(?!)", "块": "毛|角", "元": "角|毛", "斤": "两"}.items()
}
"""The tenth after each unit, with the sub-unit it may carry (十块八毛, 一斤二两)."""

_COUNT_WORDS = tuple("个次位名件只条张份") + tuple(
    sorted((s for s in UNITS if s and not s.isascii()), key=len, reverse=True)
)


def spoken_tenth(text: str, end: int, surface: str) -> tuple[float, int] | None:
    """The tenths spoken right after a figure's unit `surface` ending at `end`, with the new end.

    `text` is the folded text the figure was read from; None when no tenth follows.
    """
    pattern = _TENTHS.get(surface)
    match = pattern.match(text, end) if pattern else None
    if match is None:
        return None
    after = text[match.end() :]
    if after[:1].isdigit() or (not match.group(2) and after.startswith(_COUNT_WORDS)):
        return None  # 两米三个人, 1米25: the digit counts something else, or more digits follow
    digit = match.group(1)
    value = float(digit) if digit.isdigit() else zh_value(digit)
    if value is None:
        return None
    return value / 10, match.end()
