"""Deadlines inside the working day said without a figure: before the shift ends, before closing,
当班结束前, 下班前, 打烊前.

A point whose deadline is the end of the shift ("fill in the spill log before your shift ends",
"当班结束前填写故障单") is answered wrong by a later one: the end of the week, the next day, within
24 hours, 第二天, 3天内. A shift is shorter than a day, so a deadline of a whole day or more is past
it (`past_the_shift`), where for the same day (当天, day_words.SAME_DAY) a day's span is the same
deadline. A shorter span ("within 2 hours") may well fall inside the shift: it is no rival.
"""

from __future__ import annotations

import re

from graphs.text.day_words import DAY_WORD
from graphs.text.quantities import Quantity, in_base

WITHIN_SHIFT = re.compile(
    r"(?:当班|本班|交班|下班|收班|收工|离店|离岗|闭店|关店|打烊|营业结束|班次结束|当班结束)(?:之?前)"
    r"|当班(?:期间|内)|本班次?内"
    r"|\b(?:before|by)\s+(?:the\s+end\s+of\s+)?(?:the|your|their|his|her|each)\s+"
    r"(?:shift|working\s+day|work\s+day)(?:\s+(?:ends|is\s+over|finishes))?\b"
    r"|\bbefore\s+(?:you|they|staff)\s+(?:leave|go\s+home|clock\s+(?:off|out)|finish)\b"
    r"|\bbefore\s+(?:closing|close|clocking\s+(?:off|out)|handover|going\s+home)\b"
    r"|\bbefore\s+the\s+(?:store|shop|site|restaurant|gym|venue|branch|kitchen)\s+"
    r"(?:closes|shuts)\b",
    re.IGNORECASE,
)
"""A deadline at the end of the shift or of the working day (before the shift ends, 下班前)."""

_DAY_SECONDS = in_base(Quantity(1, "day", "duration"))


def past_the_shift(quantity: Quantity | None) -> bool:
    """A deadline of a day or more: a later day word (第二天, end of the week), a span of 24 hours
    or more, any working day or calendar count."""
    if quantity is None or quantity.unit is None:
        return False
    if quantity.dimension == "duration":
        return in_base(quantity) >= _DAY_SECONDS
    return quantity.dimension in {DAY_WORD, "working_day", "calendar"}
