"""When two figures of different units or kinds are one figure: a count of people and one of
items of one value (一个同伴, 1名同伴), a count or a sum and a bare number ("two signatures" for 2
staff, 每人50 for 每人50元), a bare 度 and a lens power; and a span of months said in days (180 days for 6 months: the grader's
policy keeps it apart, but names it), working days said as days (3天 for 3个工作日: half right)."""

from __future__ import annotations

import math

from graphs.text.quantities import Quantity, in_base

_COUNTS = frozenset({"items", "people"})


_DAY = 86400  # seconds: the base of a duration
_DAYS_IN_A_MONTH = 30
_DAYS_IN_A_YEAR = 365


def months_as_days(a: Quantity, b: Quantity) -> bool:
    """A span of months or years said in days as it is commonly counted: 180 days for 6 months,
    30天 for 一个月, 365 days for a year. The grader's policy (session 9, stated): not the same
    figure, in blanks and in points alike, as the table's verdicts hold (b2-waiting-months 3个月 for
    90天, b4-month, b2-sa-claim-full); teacher T would accept 180 days, so the note says what it is
    (the span counted in days), not "a different figure"."""
    calendar, span = (a, b) if a.dimension == "calendar" else (b, a)
    if calendar.dimension != "calendar" or span.dimension != "duration" or span.unit is None:
        return False
    days, months = in_base(span) / _DAY, in_base(calendar)
    return math.isclose(days, months * _DAYS_IN_A_MONTH) or (
        months % 12 == 0 and math.isclose(days, months / 12 * _DAYS_IN_A_YEAR)
    )


WORKING_DAYS_AS_DAYS_CREDIT = 0.5
"""Credit for a rule's number of working days said as days (3天 for 3个工作日, "5 days" for 5
business days), in a blank and in a scoring point alike: the learner knows the figure, not the
kind of day, and the deadline moves by the weekends; a teacher gives part marks, not none
(session 14, T6 A_avg-6). The other way round (3个工作日 for 3天) stretches a deadline the rule
sets in days: wrong."""


def working_days_as_days(given: Quantity, wanted: Quantity) -> bool:
    """`given` is `wanted`'s number of working days said as (calendar) days."""
    return wanted.unit == "working_day" and given.unit == "day" and given.value == wanted.value


def is_count_pair(a: Quantity, b: Quantity) -> bool:
    """A count of items (个, the general measure word) against a count of people."""
    return {a.dimension, b.dimension} == _COUNTS


def same_count(a: Quantity, b: Quantity) -> bool:
    """一个同伴 is 1名同伴: 个 counts people too, so items and people of one value are equal."""
    return is_count_pair(a, b) and a.value == b.value


def same_bare_value(a: Quantity, b: Quantity) -> bool:
    """ "two signatures from staff" gives the 2 of "two staff members", and 押金每人50 gives the
    50 of 每人50元: a count of people or items, or a sum of money, and a bare number of one value
    are equal. A teacher reads the unit the learner dropped as the rule's own (session 22 T15);
    a bare number rivals nothing, so another value is never the point's, nor wrong."""
    counted = a if b.unit is None else b
    bare = b if b.unit is None else a
    return (
        bare.unit is None
        and counted.unit is not None
        and (counted.dimension in _COUNTS or (counted.dimension or "").startswith("money"))
        and bare.value == counted.value
    )


def same_degree(a: Quantity, b: Quantity) -> bool:
    """600度 with no lens word beside it ("600度以上") is the point's lens power 600度: a bare 度 is
    read as a temperature only for want of context, so the two readings of one value are equal."""
    return {a.dimension, b.dimension} == {"lens_power", "temperature"} and a.value == b.value
