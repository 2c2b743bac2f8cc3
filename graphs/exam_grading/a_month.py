"""一个月 for a rule's 30 days: the same deadline to a teacher, in a scoring point.

"发票要在加油后一个月内开" answers 「开具发票需在加油后30天内办理」: a teacher marks it right, and
marking it wrong is pedantic (session 21 end teacher T14, C_strong Q10: "'一个月' gets '有误（答成：
一个月，要点为30天）', which is pedantic"; session 19's b25-zh2-13 said the same of 30天).
The decision (session 22): in a scoring point, one month given for a span of 30 or 31 days is
that span (a month is 30 or 31 days long), and half a month (半个月) a span of 15 days (session 23
held-out teacher T16). Not for any other span: 一个月 for 60天 is another
deadline, and two months for 60 days, 3个月 for 90天, 180 days for 6 months stay what the grader's
policy of session 9 holds (same_figures.months_as_days: named, not equal).

In a blank, where the key's own figure is asked for, one month for 30 or 31 days earns part of it
(`A_MONTH_IN_A_BLANK_CREDIT`, `one_month_for_its_days`), its note saying what it is (按月数作答，
原文是天数 / "counted in months, not the key's days"): the learner knows the span, not the figure
the blank prints (session 22 held-out teacher, B average Q7: "the note is true; 0 is harsh (1–2
of 2)"). Any other span in months for a key in days stays 0 there, with that note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figures import Figure
from graphs.text.quantities import Quantity

_DAYS_OF_A_MONTH = (30.0, 31.0)
A_MONTH_IN_A_BLANK_CREDIT = 0.5
"""One month for a blank's 30 or 31 days: half the blank (module doc)."""


def one_month_for_its_days(wanted: Quantity, given: Quantity) -> bool:
    """Whether `given` is one month where a blank's key `wanted` is 30 or 31 days."""
    return (
        wanted.unit == "day"
        and wanted.value in _DAYS_OF_A_MONTH
        and given.unit == "month"
        and given.value == 1
    )


def months_as_their_days(wanted: Sequence[Figure], given: list[Figure]) -> list[Figure]:
    """`given` with one month read as the point's span of 30 or 31 days, half a month as its 15
    days (module doc), its words kept for the note."""
    spans = [w for w in wanted if w.quantity is not None and _a_month_long(w)]
    halves = [w for w in wanted if w.quantity is not None and _half_a_month_long(w)]
    if not spans and not halves:
        return given
    return [
        replace(g, quantity=spans[0].quantity, said=g.said or g.written)
        if spans and _one_month(g)
        else replace(g, quantity=halves[0].quantity, said=g.said or g.written)
        if halves and _half_month(g)
        else g
        for g in given
    ]


def _half_a_month_long(figure: Figure) -> bool:
    quantity = figure.quantity
    return quantity is not None and quantity.unit == "day" and quantity.value == 15


def _half_month(figure: Figure) -> bool:
    quantity = figure.quantity
    return quantity is not None and quantity.unit == "month" and quantity.value == 0.5


def _a_month_long(figure: Figure) -> bool:
    quantity = figure.quantity
    return quantity is not None and quantity.unit == "day" and quantity.value in _DAYS_OF_A_MONTH


def _one_month(figure: Figure) -> bool:
    quantity = figure.quantity
    return quantity is not None and quantity.unit == "month" and quantity.value == 1
