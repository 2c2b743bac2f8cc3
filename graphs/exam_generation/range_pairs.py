"""A range written as two figures ("between 15°C and 25°C"), changed at both ends together.

The text engine reads 「45%至65%」 as one range and near_values moves both of its ends; "between
40% and 60%" is two figures, and one end changed alone gives a range inside the rule's (40–50%:
every humidity it allows the rule allows too, so a learner can argue it true) or around it (a
looser limit). A held-out designer (session 23 D16, m4 TF4) asks for a range that crosses a limit:
both ends moved by the same step, as `near_values` moves a range written as one.
"""

from __future__ import annotations

import re

from graphs.exam_generation.near_values import near_values, range_ends
from graphs.text.terms import RANGE_PATTERN

_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:°\s*[CF]|℃|%|[A-Za-z\u4e00-\u9fff]{0,6})"
_PAIR = re.compile(
    rf"\bbetween\s+(?P<low>{_FIGURE})\s+and\s+(?P<high>{_FIGURE})"
    rf"|\bfrom\s+(?P<low2>{_FIGURE})\s+to\s+(?P<high2>{_FIGURE})"
    rf"|在(?P<low3>{_FIGURE})\s*(?:至|到)\s*(?P<high3>{_FIGURE})\s*之间",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_CLOCK = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d:\d|[点时]", re.IGNORECASE)
_ONE_OF_MANY = re.compile(r"(?<![\d.,])1\s+[a-z]+s\b")
""""1 hours": the end written with the unit of the other, now wrong in number."""


def _spans(found: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    for low, high in (("low", "high"), ("low2", "high2"), ("low3", "high3")):
        if found.group(low) is not None:
            return found.span(low), found.span(high)
    raise AssertionError("a pair match names its two ends")


def range_pair(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span from the low end to the high end of the two-figure range that the figure at
    [start, end) is an end of, or None."""
    for found in _PAIR.finditer(text):
        (low_start, _), (_, high_end) = _spans(found)
        if _CLOCK.search(text, low_start, high_end):
            continue  # opening hours: near_values moves one end of them, as designers asked
        if low_start <= start and end <= high_end:
            return low_start, high_end
    return None


def shifted_pairs(text: str, span: tuple[int, int], count: int) -> list[tuple[str, str, str]]:
    """(statement, original, changed) with both ends of the range at `span` moved by one step,
    written as the text writes them; none where its figures do not read as a range."""
    written = text[span[0] : span[1]]
    numbers = list(_NUMBER.finditer(written))
    if len(numbers) < 2:
        return []
    low, high = numbers[0], numbers[-1]
    key = f"{low.group()}-{high.group()}{written[high.end() :]}"
    ends = range_ends(key)
    if not RANGE_PATTERN.fullmatch(key) or ends is None or ends[0] >= ends[1]:
        return []  # not read as a range: one end would be moved alone
    out = []
    for moved in near_values(key, count):
        moved_ends = _NUMBER.findall(moved)
        new_ends = range_ends(moved)
        if len(moved_ends) != 2 or new_ends is None or new_ends[0] >= new_ends[1]:
            continue
        low_text, high_text = moved_ends
        changed = (
            written[: low.start()]
            + low_text
            + written[low.end() : high.start()]
            + high_text
            + written[high.end() :]
        )
        if _ONE_OF_MANY.search(changed):
            continue
        statement = text[: span[0]] + changed + text[span[1] :]
        out.append((statement, written, changed))
    return out
