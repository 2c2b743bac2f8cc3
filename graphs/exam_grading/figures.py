"""The figures of a scoring point or an answer: quantities and identifiers, with their polarity.

A figure is a quantity (2小时, 20元, 9:00, a fortnight; graphs/text/quantities.py; a 折 discount,
discounts.py) or an identifier
(a phone number or code; graphs/text/identifiers.py). Quantities compare as numbers with units;
identifiers compare as digit strings, never as numbers, so "4008206688" is the hotline
400-820-6688 and not a contradiction of a figure 400. Another value of the same kind rivals a
figure (12小时 for 2小时, another phone number for the hotline): the grader reads a rival near the
point's words as a contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphs.exam_grading.discounts import DISCOUNT, as_discount, discounts
from graphs.exam_grading.money_words import as_money, with_money_in_words
from graphs.exam_grading.no_counts import is_article, is_quantifier
from graphs.exam_grading.periods import (
    between_two,
    closes_period,
    every_before,
    per_period,
    period_words,
)
from graphs.exam_grading.same_figures import (
    is_count_pair,
    same_bare_value,
    same_count,
    same_degree,
)
from graphs.exam_grading.scope import negated, says_whom, under_figure
from graphs.exam_grading.times_words import with_times_in_words
from graphs.exams import Language
from graphs.text.bounds import Bound, bound_of, denied_edge
from graphs.text.day_words import DAY_WORD, day_words
from graphs.text.identifiers import Identifier, parse_identifiers, same_identifier
from graphs.text.quantities import Quantity, parse_quantities, same_quantity

_TIME_SPANS = frozenset({"duration", "calendar", "working_day", DAY_WORD})
_TEMPERATURES = frozenset({"temperature", "temperature_f"})
_MONEY = "money"  # the dimensions of amounts: money_eur, money_gbp, money_cny (one per currency)
"""Celsius and Fahrenheit: 134 °F for 134 °C is the temperature told wrong, not left out."""
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\n]|\.(?=\s|$)")


@dataclass(frozen=True)
class Figure:
    """A quantity or an identifier, where it stands (clause; -1 in a point) and its polarity."""

    quantity: Quantity | None
    identifier: Identifier | None
    clause: int
    negated: bool  # inside a negation scope
    bound: Bound = None
    """An upper bound ("within 15 minutes", 30分钟内) or a lower one ("after 15 minutes", 超过30分钟),
    read from the words beside it (graphs/text/bounds.py); None for a plain figure."""
    said: str = field(default="", compare=False)
    """How the learner wrote it, where no figure shows it (第二天, next week: day_words.py)."""
    written: str = field(default="", compare=False)
    """The figure as its text writes it (30厘米, 两分米, 134 degrees Fahrenheit): the learner's note
    quotes the learner's own words and the point's own unit, not the grader's (0.3米)."""
    every: bool = field(default=False, compare=False)
    """The period of a frequency (每12个月, every 2 hours, 每年; periods.py)."""
    rate: bool = field(default=False, compare=False)
    """A count of times in a period's clause (每3天揉捏一次): no rival of a total (共5次)."""

    def describe(self) -> str:
        """The figure as a short text for reasons ("2 hours", "16:00", "300 km", "4008206688")."""
        if self.said:
            return self.said
        if self.identifier is not None:
            return self.identifier.digits
        return readable(self.quantity) if self.quantity else ""

    def matches(self, other: Figure) -> bool:
        """The same figure with the same polarity, and not bounded the other way: "after 15
        minutes" is not "within 15 minutes" (a plain figure matches either bound)."""
        if self.negated != other.negated or self.opposes(other) or self._not_both_periods(other):
            return False
        if self.identifier is not None or other.identifier is not None:
            return (
                self.identifier is not None
                and other.identifier is not None
                and same_identifier(self.identifier, other.identifier)
            )
        assert self.quantity is not None and other.quantity is not None
        return (
            same_quantity(self.quantity, other.quantity)
            or same_count(self.quantity, other.quantity)
            or same_degree(self.quantity, other.quantity)
            or same_bare_value(self.quantity, other.quantity)
        )

    def opposes(self, other: Figure) -> bool:
        """Both bounds, the opposite ways (within against after, 以内 against 以上)."""
        return None not in (self.bound, other.bound) and self.bound != other.bound

    def _not_both_periods(self, other: Figure) -> bool:
        """A period said as a word (每天) against a figure that is no period (1天内, 2小时)."""
        worded = (self.every and bool(self.said)) or (other.every and bool(other.said))
        return worded and not (self.every and other.every)

    def told(self) -> str:
        """The figure with its bound, for a reason that tells two bounds of one value apart."""
        edge = {"upper": "at most ", "lower": "at least "}.get(self.bound or "", "")
        return edge + self.describe()

    def rivals(self, other: Figure) -> bool:
        """Another value for the same fact: same polarity, same kind (both time spans, both
        counts, both identifiers)."""
        if self.negated != other.negated or self._not_both_periods(other):
            return False
        if self.rate != other.rate:
            return False  # 每3天揉捏一次 is how often, 共揉捏5次 how many in all
        if self.identifier is not None or other.identifier is not None:
            return self.identifier is not None and other.identifier is not None
        a, b = self.quantity, other.quantity
        assert a is not None and b is not None
        if (a.unit is None) != (b.unit is None):
            return False
        kinds = {a.dimension, b.dimension}
        return (
            a.dimension == b.dimension
            or all((k or "").startswith(_MONEY) for k in kinds)  # GBP 20 for EUR 20: wrong unit
            or kinds <= _TIME_SPANS
            or kinds <= _TEMPERATURES
            or is_count_pair(a, b)
        )

    def time_kind(self) -> str | None:
        """ "clock" for a time of day, "span" for a duration or a count of days, else None."""
        if self.quantity is None or self.quantity.dimension is None:
            return None
        if self.quantity.dimension == "clock":
            return "clock"
        return "span" if self.quantity.dimension in _TIME_SPANS else None

    def other_deadline(self, other: Figure) -> bool:
        """A deadline of the other kind: a time of day where this is a time span, or the
        other way round ("by 08:00 the next day" for "within 30 minutes")."""
        kinds = {self.time_kind(), other.time_kind()}
        return self.negated == other.negated and kinds == {"clock", "span"}


def clause_of(text: str, position: int) -> int:
    """The index of the clause (split on ，,；;。！？!? and sentence-ending dots) at `position`."""
    return len(_CLAUSE_BREAK.findall(text[:position]))


def figures_of(
    text: str, language: Language, *, in_point: bool = False, same_day: bool = False
) -> list[Figure]:
    """The quantities and identifiers of `text`, each with its clause and polarity.

    In a point (`in_point`), 一 with a measure word inside a noun phrase is an article, not a
    figure the point requires (一次完整的验光检查约需20分钟 requires 20 minutes only). An ordinal
    (1st, 2nd) is a rank, no figure; nor is one person under a quantifier (任何一人; no_counts.py).
    `same_day`: read a same-day word (当天, the same day) as a deadline of one day, so that it
    rivals the point's "3个工作日": the grader asks for it in answers to a point that has none of
    its own, where 当天 cannot be the point's own wording ("当日收取的费用"). A later day word
    (第二天, next week) is always a figure (day_words.py).
    """
    rebates = discounts(text)
    quantities = with_money_in_words(text, parse_quantities(text))  # 充一千送两百 as 元
    quantities = with_times_in_words(text, quantities)  # twice a day as 2次
    periods = [(s, e) for _, s, e in quantities if every_before(text, s)]
    figures = [
        Figure(
            _as_age(text, s, e, as_money(text, s, q)),
            None,
            -1 if in_point else clause_of(text, s),
            *denied_edge(
                text,
                s,
                e,
                negated(text, s, e, language) and not (language == "zh" and says_whom(text, s, e)),
                "upper"
                if under_figure(text, s)
                else bound_of(text, s, e, span=q.dimension in _TIME_SPANS),
            ),
            written=_as_written(text[s:e]),
            every=(s, e) in periods,
            rate=q.dimension == "times" and per_period(text, s, e, periods),
        )
        for q, s, e in quantities
        if not (in_point and is_article(text, s, e, q))
        and not is_quantifier(text, s, e, q)  # 任何一人不得单独放行: no count
        and not (in_point and closes_period(text, s, e, periods))
        and not (in_point and between_two(text, s, e))
        and not _is_ordinal(text, s, e, q)
        and not any(ds <= s and e <= de for _, ds, de in rebates)  # 85 of 85折
    ]
    figures += [
        Figure(None, i, -1 if in_point else clause_of(text, s), negated(text, s, e, language))
        for i, s, e in parse_identifiers(text)
    ]
    figures += [
        Figure(
            q,
            None,
            -1 if in_point else clause_of(text, s),
            negated(text, s, e, language),
            written=text[s:e],
        )
        for q, s, e in rebates
    ]
    figures += [
        Figure(
            word.quantity,
            None,
            -1 if in_point else clause_of(text, word.start),
            negated(text, word.start, word.end, language),
            said=word.said,
        )
        for word in day_words(text, same_day=same_day)
    ]
    if not in_point:  # 每年 answers 每12个月; a point's 每天 asks for no figure
        figures += [
            Figure(
                word.quantity,
                None,
                clause_of(text, word.start),
                negated(text, word.start, word.end, language),
                said=word.said,
                every=True,
            )
            for word in period_words(text, [(s, e) for _, s, e in quantities])
        ]
    return figures


_BARE_NUMBER = re.compile(r"[\d.,\s]*")


def _as_written(span: str) -> str:
    """How a figure is written, when its span shows it whole: a bare number (the first of a range,
    1 of 1到2周; an age, 18 of 'at least 18') is shown as the grader reads it."""
    return "" if _BARE_NUMBER.fullmatch(span) else span.strip()


_AGE_AFTER = re.compile(
    r"\s*(?:(?:or|and)\s+(?:older|over|above)\b|years?\s+of\s+age\b|岁|周岁)", re.I
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age(?:\s+of)?)\s*$|年满\s*$", re.I)
_BE_AT_LEAST = re.compile(r"\b(?:be|is|are)\s+(?:at\s+least|over|under|above|below)\s*$", re.I)
_NOTHING_COUNTED = re.compile(r"\s*(?:$|[,.;:，。；：)）]|(?:and|or|with|to)\b)", re.I)
"""After "must be at least 17" nothing says what is counted: the one who must be it is."""


def _as_age(text: str, start: int, end: int, quantity: Quantity) -> Quantity:
    """A bare number told as an age is that many years: "17 or older", "aged 17 and over",
    "minimum age seventeen", 17岁, 年满17, "must be at least 17" (the point's "at least 17 years
    old")."""
    if quantity.unit is not None:
        return quantity
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text[:start]):
        return Quantity(quantity.value, "year", "calendar")
    if _BE_AT_LEAST.search(text[:start]) and _NOTHING_COUNTED.match(text, end):
        # "A student must be at least 17": a bound on a person with nothing counted after it is
        # the person's age, as a teacher reads it (b25-en6-12); "at least 17 seats" is not.
        return Quantity(quantity.value, "year", "calendar")
    return quantity


_SHOWN = {"percent": "%", "celsius": " °C", "fahrenheit": " °F", "km/h": " km/h"}
_UNCOUNTED = frozenset({"yuan", "people"})


def readable(quantity: Quantity) -> str:
    """A quantity as a reader writes it, for the judge's reasons: "60 minutes", "16:00",
    "300 km", "3 working days", "15%", "-5 °C" (not "60 minute", "16 clock", "300000 metre")."""
    value, unit = quantity.value, quantity.unit
    if unit is None:
        return f"{value:g}"
    if unit == DISCOUNT:
        return as_discount(quantity)
    if unit == "clock":
        hours = int(value)
        return f"{hours}:{round((value - hours) * 60):02d}"
    if quantity.fraction:
        return "/".join(str(part) for part in quantity.fraction)  # 三分之一: "1/3", not 33.3%
    if unit in _SHOWN:
        return f"{value:g}{_SHOWN[unit]}"
    if unit == "metre" and value >= 1000:
        value, unit = value / 1000, "km"
    elif unit == "gram" and value >= 1000:
        value, unit = value / 1000, "kg"
    elif unit == "litre" and value < 1:
        value, unit = value * 1000, "ml"
    name = unit.replace("_", " ")
    plural = value != 1 and unit not in _UNCOUNTED and unit not in ("km", "kg", "ml")
    return f"{value:g} {name}{'s' if plural and not name.endswith('s') else ''}"


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.IGNORECASE)


def _is_ordinal(text: str, start: int, end: int, quantity: Quantity) -> bool:
    """A bare number with an ordinal suffix ("free 1st check", "the 2nd visit") is a rank, not a
    figure of the rule."""
    return quantity.unit is None and bool(_ORDINAL_SUFFIX.match(text, end))


def figures_stand_alone(wanted: list[Figure], given: list[Figure]) -> bool:
    """No figure other than the point's stands in the clause that gives most of its figures: a
    terse "tables every 15 minutes" states its rule, "exchanges within 30 days cost a 15 percent
    fee" says something else about them."""
    counts: dict[int, int] = {}
    for g in given:
        if any(w.matches(g) for w in wanted):
            counts[g.clause] = counts.get(g.clause, 0) + 1
    # The clause that gives most of them states the point ("2–8 °C"); a shared figure elsewhere
    # ("above 8 °C for 30 minutes") belongs to another rule.
    clauses = {c for c, n in counts.items() if n == max(counts.values())}
    return not any(g.clause in clauses and not any(w.matches(g) for w in wanted) for g in given)


def figures_are_its_own(wanted: list[Figure], others: Sequence[str], language: Language) -> bool:
    """The point has figures, and one of them no other scoring point of the question has: "2–8 °C"
    gives the range point though the next point's "above 8 °C" shares the 8."""
    theirs = [f for other in others for f in figures_of(other, language, in_point=True)]
    return bool(wanted) and not all(any(w.matches(f) for f in theirs) for w in wanted)


def own_figures(
    wanted: list[Figure], given: list[Figure], places: set[int], claimed: set[int]
) -> list[Figure]:
    """The answer's figures that can state this point's figures: a figure belongs to its clause.

    A figure in a clause that holds another scoring point's terms and none of this one's belongs
    to that point ("weekend hire ends Monday at 10:00" does not give the 10:00 of "a day runs
    until 10:00"). Of the figures of one kind left, only those nearest the point's terms count:
    a rival in the point's own clause ("until 9:00 the next working day") outweighs the same
    value two clauses away. A figure that gives another of the point's figures is no rival.
    """
    if not places:
        return given
    kept = [g for g in given if g.clause not in claimed]

    def distance(figure: Figure) -> int:
        return min(abs(figure.clause - place) for place in places)

    owned: list[Figure] = []
    for figure in kept:
        kinds = [w for w in wanted if w.matches(figure) or w.rivals(figure)]
        if not kinds:
            owned.append(figure)
            continue
        # A figure that gives another of the point's own figures competes with none: "over 30
        # min, … within 2 hours" gives both, though the 2 hours stands nearer the point's words.
        same_kind = [
            g
            for g in kept
            if any(w.matches(g) or w.rivals(g) for w in kinds)
            and not (
                gives_its_own(g, kept, wanted)
                and not any(v.matches(g) and v.matches(figure) for v in wanted)
            )
        ]
        if distance(figure) <= min(distance(g) for g in same_kind):
            owned.append(figure)
    return owned


def gives_its_own(figure: Figure, given: list[Figure], wanted: list[Figure]) -> bool:
    """The answer's `figure` gives one of the point's own figures, and no more often than the
    point has it: "within 2 hours" of "…for over 30 min, … within 2 hours" is the point's, not a
    wrong value for its 30 minutes; a second 10:00 where the point has one is a wrong value."""
    return any(
        sum(v.matches(g) for g in given) <= sum(v.matches(w) for w in wanted)
        for v in wanted
        if v.matches(figure)
    )


def wrong_unit(given: Figure, wanted: Figure) -> bool:
    """The point's number with another unit (5天 for 5小时): the learner knows the number, not
    what it counts; a teacher says "wrong unit", not "a different figure"."""
    a, b = given.quantity, wanted.quantity
    return (
        not (given.said or wanted.said)  # 下周 for 当天 is another day, no unit of a number
        and a is not None
        and b is not None
        and a.unit is not None
        and b.unit is not None
        and a.unit != b.unit
        and a.value == b.value
    )
