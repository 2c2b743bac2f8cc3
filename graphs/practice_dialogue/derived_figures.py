"""Figures that follow from a scenario's fact by the arithmetic a learner says or implies: a
total of a rate over a count ("45 a night, so 90 extra for the two nights"), a sum of two of its
values ("225 a night in total" for 180 + 45), a split of a large sum per month, week or day
("一个月大概三百三十块，平摊下来一天十块出头" for 3980 a year). claims.py counts such a figure
as true, so a correct sum is no wrong price (and the customer does not repeat the false alarm).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import Figure, figures
from graphs.scenarios import Fact, Scenario

TOTAL_COUNT_MAX = 24
"""The largest count a true rate is multiplied by (nights, months, visits) to give a total."""
RATE_MIN = 10
"""A value below this is a time or a count (2 pm, 2 nights), no amount to add or multiply."""
SPLIT_MIN = 100
"""A value split per period is a large sum (a year's fee), not a nightly rate."""
PERIODS = (12.0, 52.0, 365.0, 360.0, 30.0, 4.345)
"""What a sum is split by: the months, weeks and days of a year, the days and weeks of a month."""
SPLIT_SLACK = 0.1
"""A split is said rounded ("十块出头" for 10.9, "about 330" for 331.7): this share either side,
or one unit, whichever is larger, but never more than half the share ("1.20 a day", not 2)."""

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EACH_BEFORE = re.compile(r"每个?(?:天|日|晚|周|月|次)\s*$")
"""A period said before the figure it rates ("每月300")."""

TIME_UNITS = frozenset({"年", "月", "周", "天", "工作日", "night", "小时", "分钟", "点"})


def true_totals(true: list[Figure], said: list[Figure]) -> list[Figure]:
    """Totals of a true rate and a whole count among the figures said or the fact's own ("45 a
    night for two nights, so 90 on top"): a correct total of a correct rate is true. Used only
    for a clause that states no rate itself ("90 a night" is a rate, and a false one)."""
    counts = {
        f.number
        for f in (*said, *true)
        if f.number == int(f.number) and 2 <= f.number <= TOTAL_COUNT_MAX
    }
    return [
        Figure(rate.number * n, None) for rate in true for n in counts if rate.number >= RATE_MIN
    ]


def true_sums(true: list[Figure]) -> list[Figure]:
    """The fact's largest amount (a base rate) plus another of its amounts: the room rate and the
    suite's extra make the night's price ("225 a night in total" for 180 + 45). Two extras are no
    price together (55 + 45)."""
    amounts = [f.number for f in true if f.number >= RATE_MIN and f.unit not in TIME_UNITS]
    if not amounts:
        return []
    base = max(amounts)
    return [Figure(base + a, None) for a in set(amounts) if a != base]


SAID_PERIODS: dict[str, re.Pattern[str]] = {
    "day": re.compile(r"[每一]天|每日|\b(?:a|per|each|every) day\b|\bdaily\b", re.IGNORECASE),
    "week": re.compile(r"[每一]周|[每一]个?星期|\b(?:a|per|each|every) week\b|\bweekly\b", re.I),
    "month": re.compile(r"[每一]个?月|\b(?:a|per|each|every) month\b|\bmonthly\b", re.I),
}
"""The period a split is said per: it tells what the real price is divided by."""
DIVISORS: dict[str, tuple[float, ...]] = {
    "day": (365.0, 360.0, 30.0),
    "week": (52.0, 4.345),
    "month": (12.0,),
}
"""A year's sum (SPLIT_MIN or more) per month, week or day; a month's per week or day."""
YEAR_DIVISORS = frozenset({12.0, 52.0, 365.0, 360.0})


def said_periods(clause: str) -> set[str]:
    """The periods a clause says a figure per ("一个月才一百三", "about 1.20 a day")."""
    return {name for name, pattern in SAID_PERIODS.items() if pattern.search(clause)}


def is_split(said: Figure, true: list[Figure], periods: set[str] | None = None) -> bool:
    """The figure is a true sum split per month, week or day, as rounded as people say it
    ("一天十块出头", "每月大概332元", "about 1.20 a day" of 36 a month); the caller asks only of
    a sentence that names the period, and passes only sums of money (a speed is no price to
    split). A split divides the real price by the period said (`periods`, all when none is
    said): 3980 a year is 332 a month, and 133 a month is no split of it; a year's division
    takes a year's sum (SPLIT_MIN or more)."""
    if said.unit in TIME_UNITS:
        return False
    divisors = [d for p in periods for d in DIVISORS[p]] if periods else PERIODS
    for whole in (f.number for f in true if f.number >= RATE_MIN):
        for period in divisors:
            if period in YEAR_DIVISORS and whole < SPLIT_MIN:
                continue
            share = whole / period
            if abs(said.number - share) <= max(share * SPLIT_SLACK, min(1.0, share / 2)):
                return True
    return False


MONEY_UNITS = frozenset({None, "元"})


def money_values(scenario: Scenario, fact: Fact, true: list[Figure]) -> list[Figure]:
    """The fact's figures that are sums of money, the only ones added, multiplied or split: no
    unit of time or measure, and no number the brief or the fact's claim states with one (500 of
    "the 500 Mb plan", 12 of "12 months", 12 期). "18 a month on the 500 Mb plan" is then no split
    of the 500."""
    told = " ".join([scenario.background, *scenario.learner.may_offer, fact.claim])
    language = scenario.language
    measures = {f.number for f in figures(told, language) if f.unit not in MONEY_UNITS}
    return [f for f in true if f.unit in MONEY_UNITS and f.number not in measures]


def no_figure_of(fact_true: list[Figure], said: list[Figure]) -> list[Figure]:
    """Drop the periods said beside an amount whose true figures hold no time ("一天十块出头":
    the 一天 is the period of the split, no figure of the 3980)."""
    if any(f.unit in TIME_UNITS for f in fact_true):
        return said
    return [f for f in said if f.unit not in TIME_UNITS]


def rates_said(clause: str, period: re.Pattern[str]) -> set[float]:
    """The numbers of a clause (already in digits) said as a rate: a period follows them before
    the next figure ("45 a night"), or precedes them right after the previous one ("每月300").
    "90 extra for the two nights on top of your 180 a night" says 180 as a rate and 90 as a
    total, which `true_totals` may then account for."""
    spans = list(_NUMBER.finditer(clause))
    rated: set[float] = set()
    for i, span in enumerate(spans):
        after = clause[span.end() : spans[i + 1].start() if i + 1 < len(spans) else len(clause)]
        before = clause[spans[i - 1].end() if i else 0 : span.start()]
        if period.search(after) or _EACH_BEFORE.search(before):
            rated.add(float(span.group()))
    return rated
