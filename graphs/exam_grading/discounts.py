"""Discounts said as 折: 九折, 9折, 八五折, 8.5折 are the share of the price paid (90%, 85%).

A discount is a figure of its own kind: 打八折 for a point's 九折 is a wrong figure, as 12小时 is for
2小时 (figures.py reads these beside the quantities of graphs/text/quantities.py, which has no 折).
"""

from __future__ import annotations

import re

from graphs.text.numerals import zh_value
from graphs.text.quantities import Quantity

DISCOUNT = "discount"
"""The unit and dimension of a 折 figure; its value is the percent of the price paid."""
_ZH_TENTHS = "一二三四五六七八九"
_DISCOUNT = re.compile(
    rf"(?P<number>\d{{1,2}}(?:\.\d)?|[{_ZH_TENTHS}](?:点?[{_ZH_TENTHS}])?)\s*折(?![叠旧算合扣射返磨腾服])"
)


def discounts(text: str) -> list[tuple[Quantity, int, int]]:
    """The 折 discounts of `text`, each as the percent of the price paid, with its span."""
    found = []
    for match in _DISCOUNT.finditer(text):
        number = match.group("number")
        percent = _percent(number)
        if percent is not None and 0 < percent < 100:
            found.append((Quantity(percent, DISCOUNT, DISCOUNT), match.start(), match.end()))
    return found


def _percent(number: str) -> float | None:
    """九 -> 90, 九五 -> 95, 8.5 -> 85, 85 -> 85, 9 -> 90."""
    if number[0].isdigit():
        value = float(number)
        return value * 10 if value < 10 else value
    if len(number) == 1:
        single = zh_value(number)
        return None if single is None else single * 10
    tens, ones = zh_value(number[0]), zh_value(number[-1])
    return None if tens is None or ones is None else tens * 10 + ones


def as_discount(quantity: Quantity) -> str:
    """A discount as it is written: 9折, 8.5折."""
    return f"{quantity.value / 10:g}折"
