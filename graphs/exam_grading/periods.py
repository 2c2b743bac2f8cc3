"""How often: a figure that is the period of a frequency (每12个月, every 2 hours) and the period
words that say one without a number (每年, 每天, annually, every week).

A point's "每12个月复检一次" is answered by "每年复检" or "一年复检一次": a year is 12 months, and
每年 is every one year. The grader reads a period word of an answer as a figure of one unit
(`period_words`), so it gives the point's 12 months and rivals another period ("每天检测一次" for
"每2小时检测一次" is the interval told wrong). A period word matches or rivals only a figure that is
itself a period (`every_before`): 每天 says nothing of a deadline of "1天内" or a wait of "2小时".

"两次维保间隔不得超过15日" (between two services) names the interval, not a count: the 两次 is no
figure an answer must give (`between_two`).

The "一次" / "once" that closes a period in a point (每12个月复检一次, once every 2 hours) is what
"every" means, not a count of its own: an answer that gives the period states it (`closes_period`).
A count in the clause of a period (每3天揉捏一次, 每天消毒2次) is a rate (`per_period`): it rivals only
another rate, never the total a rule counts (共揉捏5次); the outside teacher's 「每30分钟拉伸折叠一次，
共折4次」 was 有误（答成：一次，要点为4次）.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.text.quantities import Quantity

_YEAR = Quantity(1, "year", "calendar")
_MONTH = Quantity(1, "month", "calendar")
_WEEK = Quantity(1, "week", "duration")
_DAY = Quantity(1, "day", "duration")
_HOUR = Quantity(1, "hour", "duration")

_EN_EVERY = (
    r"(?:(?<![a-z])(?:every|each|per)\s+(?:single\s+)?"
    r"|(?:(?<=once )|(?<=twice )|(?<=thrice )|(?<=time )|(?<=times ))a\s+)"
)
"""every day, per week, once a year, thrice a day, 1 time a day; not "a day" alone (take a day
off)."""
_PERIOD_WORDS = (
    (_YEAR, re.compile(rf"每一?年(?!级)|{_EN_EVERY}year(?![a-z])|\b(?:annually|yearly)\b", re.I)),
    (_MONTH, re.compile(rf"每一?个?月|{_EN_EVERY}month(?![a-z])|\bmonthly\b", re.I)),
    (
        _WEEK,
        re.compile(
            rf"每一?(?:周|星期|个星期)(?![一二三四五六日天末])|{_EN_EVERY}week(?![a-z])|\bweekly\b",
            re.I,
        ),
    ),
    (_DAY, re.compile(rf"每一?[天日]|天天|{_EN_EVERY}day(?![a-z])|\bdaily\b", re.I)),
    (_HOUR, re.compile(rf"每一?个?小时|{_EN_EVERY}hour(?![a-z])|\bhourly\b", re.I)),
)
_EVERY_BEFORE = re.compile(r"(?:每隔?|(?<![a-z])(?:every|each|per)\s+)$", re.I)
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\n]|\.(?=\s|$)")
_ONCE = re.compile(r"一次|1次|\bonce\b", re.I)


@dataclass(frozen=True)
class PeriodWord:
    """A period said as a word (每年): one unit, where it stands and how it was written."""

    quantity: Quantity
    start: int
    end: int
    said: str


def period_words(text: str, taken: list[tuple[int, int]]) -> list[PeriodWord]:
    """The period words of `text` outside the spans of figures read already (`taken`: 每12个月's
    月 is no period word of its own)."""
    found = []
    for quantity, pattern in _PERIOD_WORDS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            found.append(PeriodWord(quantity, match.start(), match.end(), match.group()))
    return sorted(found, key=lambda word: word.start)


def every_before(text: str, start: int) -> bool:
    """The figure at `start` is the period of a frequency: 每 or every just before it."""
    return bool(_EVERY_BEFORE.search(text[max(0, start - 8) : start]))


def per_period(text: str, start: int, end: int, periods: list[tuple[int, int]]) -> bool:
    """The count at [start, end) is how many times a period of its clause holds (每3天揉捏一次,
    每天消毒2次, twice a week): a rate. `periods`: the spans of the numeric periods of `text`; the
    period words (每天, weekly) are read here."""
    spans = periods + [(w.start, w.end) for w in period_words(text, periods)]
    return any(
        not _CLAUSE_BREAK.search(text[e:start] if e <= start else text[end:s]) for s, e in spans
    )


def closes_period(text: str, start: int, end: int, periods: list[tuple[int, int]]) -> bool:
    """The count at [start, end) is the 一次 / once of a period in its clause (每12个月复检一次,
    once every 2 hours): no figure the rule asks for besides the period."""
    if not _ONCE.fullmatch(text[start:end].strip()):
        return False
    for s, e in periods:
        between = text[e:start] if e <= start else text[end:s]
        if not _CLAUSE_BREAK.search(between):
            return True
    return False


_BETWEEN_TWO = re.compile(r"\A(?:两|二|2)次[^，,；;。！？!?\n\d]{0,6}?(?:间隔|之间|相隔|间)", re.I)
_BETWEEN_BEFORE = re.compile(r"(?:相邻|\bbetween\s+(?:any\s+)?)$", re.I)


def between_two(text: str, start: int, end: int) -> bool:
    """The count at [start, end) names the two events an interval lies between: 两次维保间隔,
    相邻两次巡检之间, "between two services" (no count a rule asks for)."""
    if _BETWEEN_BEFORE.search(text[max(0, start - 12) : start]):
        return bool(re.fullmatch(r"(?:两|二|2)次?|two|2", text[start:end].strip(), re.I))
    return bool(_BETWEEN_TWO.match(text[start:]))
