"""Days said as words: deadlines a grader reads as figures, and days ahead a customer is promised.

Deadlines said as a day, not a figure: 当天 / the same day, 第二天 / the next day, 下周 / next week.

A point's deadline may be a figure ("现金须在30分钟内存入保险柜") or a day word ("退货须在当天录入系统");
an answer may name another deadline either way ("第二天存保险柜就行", "reported within a week").
Both are the same fact told wrong: the grader reads these words as figures of time, so that they
rival a point's figure (30 minutes against 第二天) and a point's own day word (当天 against 下周).

- The same day is a deadline of one day (it rivals "3个工作日"; it gives "1天" and "24小时").
- A later day (第二天, 次日, 明天, the next day, tomorrow) or week (下周, next week) is a day word of its
  own kind (`DAY_WORD`): it rivals every time span and equals only the same word, so "第二天" never
  gives "48小时内" by arithmetic. It is shown as the learner wrote it (答成：第二天). Beside a time of
  day (次日上午10:00前, "by 08:00 the next day") it is that time's date, no deadline of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.text.quantities import Quantity, in_base, parse_quantities

SAME_DAY = re.compile(
    r"当天|当日|同一天|同日|即日|(?<![a-z])(?:the\s+)?same[\s-]day(?![a-z])", re.I
)
"""Words that set a deadline of the same day (退款当天退回, refunded the same day)."""
ONE_DAY = Quantity(1, "day", "duration")

DAY_WORD = "day_word"
"""The dimension of a later day or week said as a word: a time span of its own kind."""
_LATER_DAYS = (
    (
        1,
        re.compile(
            r"第二天|第2天|(?<![一二两三四五六七八九十几0-9每])次日(?!常)|隔天|隔日|翌日|明天|明日"
        ),
    ),
    (1, re.compile(r"(?<![a-z])(?:the\s+)?(?:next|following)\s+day(?![a-z])|\btomorrow\b", re.I)),
    (7, re.compile(r"下周|下星期|下个星期|下礼拜|本周内|这周内|周末前")),
    (
        7,
        re.compile(
            r"(?<![a-z])(?:the\s+)?(?:next|following)\s+week(?![a-z])"
            r"|\b(?:the\s+)?end\s+of\s+(?:the|this)\s+week\b",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class DayWord:
    """A day word found in a text: its figure, where it stands and how it was written."""

    quantity: Quantity
    start: int
    end: int
    said: str


_CLOCK_REACH = 6
"""Characters between a day word and a time of day that make it that time's date."""


def day_words(text: str, *, same_day: bool) -> list[DayWord]:
    """The day words of `text` as figures: later days always (not a time of day's date), the
    same day when `same_day`."""
    clocks = [(s, e) for q, s, e in parse_quantities(text) if q.dimension == "clock"]
    found = [
        DayWord(Quantity(days, DAY_WORD, DAY_WORD), m.start(), m.end(), m.group())
        for days, pattern in _LATER_DAYS
        for m in pattern.finditer(text)
        if not any(
            -_CLOCK_REACH <= start - m.end() <= _CLOCK_REACH
            or -_CLOCK_REACH <= m.start() - end <= _CLOCK_REACH
            for start, end in clocks
        )
    ]
    if same_day:
        found += [DayWord(ONE_DAY, m.start(), m.end(), "") for m in SAME_DAY.finditer(text)]
    return sorted(found, key=lambda word: word.start)


_ONE_DAY_SECONDS = in_base(ONE_DAY)


def beyond_the_day(quantity: Quantity | None) -> bool:
    """A deadline later than the same day: a later day word, more than a day's time span
    (3个工作日, within a week), any count of months."""
    if quantity is None or quantity.unit is None:
        return False
    if quantity.dimension == "duration":
        return in_base(quantity) > _ONE_DAY_SECONDS
    if quantity.dimension == "working_day":
        return quantity.value > 1
    return quantity.dimension in {DAY_WORD, "calendar"}


# Days ahead, as a practice customer hears a promise (`day_said`).
#
# A day said by its word, as a number of days from now: 今天/马上 (0), 明天 (1), 后天 (2).
#
# A term the scenario tells as a span of days ("退款需 1–3 个工作日到账") is misstated by a day word
# that falls short of its longest day: 「我保证明天钱就到账」 and "it'll be back in your account
# tomorrow" promise the money sooner than the clinic can, as surely as "一个月" promises it later
# (session 22, complaint-pushy: 明天 passed unflagged and the report said 没有给出时限). A term of one
# day ("1个工作日") is told truly by 明天; the sentence that also says the true span ("1到3个工作日，
# 最快明天") is judged by its figures (claims.sooner_than_true).

DAY_WORDS: tuple[tuple[float, re.Pattern[str]], ...] = (
    (
        0.0,
        re.compile(
            r"今天|当天|马上|立刻|立即|现在就|\btoday\b|\bright away\b|\bimmediately\b"
            r"|\bstraight away\b|\binstantly\b|\bright now\b",
            re.IGNORECASE,
        ),
    ),
    (2.0, re.compile(r"(?<!大)后天|\bthe day after tomorrow\b", re.IGNORECASE)),
    (1.0, re.compile(r"明天|明早|明儿|\btomorrow\b", re.IGNORECASE)),
)
"""Each day word with the days it lies ahead."""


def day_said(clause: str) -> float | None:
    """How many days ahead the clause's latest day word lies ("今天给您办，明天到账": 1), or None
    if it says none."""
    said = [days for days, pattern in DAY_WORDS if pattern.search(clause)]
    return max(said, default=None)
