"""False figures of the scenario's facts (`facts` in the scenario: a price, a refund time, a
check-out time) in a learner's sentence.

A fact stated with a figure that is none of its values is a false claim ("Our loyalty price is 25
a month", "退款一个月以后才能到"). Figures are read clause by clause, so "31 a month for 12
months, or the 500 plan at 36" states two facts; a clause that splits a price per day or month
("一年平摊到每天也就十块出头") states no fact whose claim names no period (the 3980 annual
price). A fact is heard by its author's cues, by the thing it prices, or by the price itself said
as the subject where the brief has one price (priced_things.py); a gap between two true prices is
no price (price_gaps.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.cash_refunds import cash_refund
from graphs.practice_dialogue.clock_figures import CLOCK, hours_only
from graphs.practice_dialogue.derived_figures import (
    is_split,
    money_values,
    no_figure_of,
    rates_said,
    said_periods,
    true_sums,
    true_totals,
)
from graphs.practice_dialogue.figures import Figure, figures, in_digits, numbers
from graphs.practice_dialogue.named_days import wrong_day
from graphs.practice_dialogue.price_gaps import true_gaps
from graphs.practice_dialogue.priced_things import (
    prices_another_thing,
    prices_its_thing,
    prices_the_one_price,
)
from graphs.practice_dialogue.quick_times import modified_noun
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.times import without_clock_times
from graphs.practice_dialogue.unbounded_terms import unbounded
from graphs.scenarios import Fact, Scenario
from graphs.text.day_words import day_said

CLAUSE = re.compile(r"[，,;；、]|\bor\b|或者|还是|\s[-–—]\s|\bso\b|所以|\bplus\b")
"""Where a figure stops belonging to a fact: "31 a month for 12 months, or the 500 plan at 36",
"45 a night - so 90 extra for the two nights", "20 for both nights plus a spa session"."""

PER_PERIOD = re.compile(
    r"每天|每日|每个月|每月|每周|每次|每晚|(?<!in )\b(?:per|a|an|each) (?:day|night|week|month|visit)\b",
    re.IGNORECASE,
)
"""A figure said per day, month or visit: a split of a price, no statement of a total price
(a fact whose own claim names no period). A duration is no period: "一个月以后才能到", "in a
month"."""

SPLIT_PERIOD = re.compile(
    r"[一每]个?(?:天|日|月|周|星期)|平摊|摊下来|摊到|算下来|\ba (?:day|week|month)\b"
)
"""A sentence that splits a sum over a period ("平摊下来一天十块出头", "about 11 a day")."""

PERIOD_UNITS = frozenset({"年", "月", "周", "天", "night"})
DAYS = {"工作日": 1.0, "天": 1.0, "周": 7.0, "月": 30.0}
"""A time figure's length in days, to compare a stated time with the true one."""
STAFF_ACT = re.compile(
    r"办|处理|申请|提交|操作|发起|安排|\bprocess|\bsubmit|\bput (?:it )?through\b|\bstart|\barrange"
    r"|\braise\b|\bissue\b",
    re.IGNORECASE,
)
ARRIVAL = re.compile(
    r"到账|到卡|能到|就到|收到|退到|到您|\barriv|\bin your account\b|\bget it back\b|\breceive",
    re.IGNORECASE,
)
""""我现在就帮您办退款" says when the learner acts, not when the money arrives: a near time beside
the learner's own act and no word of arrival is the start of the term, no shorter term."""


def per_period(stated: list[Figure]) -> list[Figure]:
    """Leave out a single period said beside another time figure: "一年还能冻结60天" states 60
    days a year, as "每年可以冻结60天" does; the 一年 is no figure of the term."""
    timed = [f for f in stated if f.unit in DAYS or f.unit in PERIOD_UNITS]
    if len(timed) < 2:
        return stated
    return [f for f in stated if not (f.number == 1 and f.unit in PERIOD_UNITS)]


def sooner_than_true(fact: Fact, clause: str, sentence: TurnText) -> bool:
    """The clause puts a term whose true time is whole days at a day short of its longest ("退款
    今天就能到账", 「明天钱就到账」 for 1-3 working days: day_words.py), and the sentence states none
    of its true times ("今天就给您退回原卡，一般一到三个工作日到账" tells when it starts and when it
    arrives). A later day needs a word of arrival: 「明天给您回电话说退款的事」 tells no term."""
    language = sentence.language
    true = [f for v in fact.values for f in figures(v, language) if f.unit in DAYS]
    day = day_said(clause)
    if not true or day is None or day >= max(f.number * DAYS.get(f.unit or "", 0.0) for f in true):
        return False
    if (STAFF_ACT.search(clause) or day > 0) and not ARRIVAL.search(clause):
        return False
    cues = [(at, at + len(cue)) for cue in fact.cues if (at := clause.find(cue)) >= 0]
    if cues and all(modified_noun(clause, a, b, sentence.language) for a, b in cues):
        return False  # 「今天会收到确认退款的短信」: the text comes today, not the refund
    return not any(f.matches(t) for f in figures(sentence.raw, language) for t in true)


def _within_true_times(fact: Fact, said: Figure, language: Language) -> bool:
    """A time inside a range the fact states ("退款过两天就到账" for 1-3 working days) is vague,
    not false: the lengths are compared in days. Two values are no range (a 30-day window and a
    12-month contract)."""
    if said.unit not in DAYS:
        return False
    length = said.number * DAYS[said.unit]
    for value in fact.values:
        ends = [f.number * DAYS[f.unit] for f in figures(value, language) if f.unit in DAYS]
        if len(ends) >= 2 and min(ends) <= length <= max(ends):
            return True
    return False


def _true_figure(fact: Fact, said: Figure, true: list[Figure], language: Language) -> bool:
    """A figure is one of the fact's values, or under one when the values are limits, or a time
    inside the range its times span."""
    if fact.up_to:
        return any(
            said.number <= t.number and said.matches(Figure(said.number, t.unit)) for t in true
        )
    return any(said.matches(t) for t in true) or _within_true_times(fact, said, language)


def false_facts(scenario: Scenario, sentence: TurnText) -> list[Fact]:
    """The scenario's facts the sentence states with a figure that is none of their values."""
    wrong: list[Fact] = []
    language = scenario.language
    for clause in CLAUSE.split(sentence.raw):
        part = TurnText.of(clause, language)
        for fact in scenario.facts:
            if fact in wrong:
                continue
            # no limit to a limited term (unbounded_terms.py); cash now for days (cash_refunds.py)
            if unbounded(fact, clause, sentence.raw, language) or cash_refund(
                scenario, fact, clause
            ):
                wrong.append(fact)
                continue
            if not (
                part.said_any(fact.cues)
                or prices_its_thing(scenario, fact, clause)
                or prices_the_one_price(scenario, fact, clause)
            ):
                continue  # "USD 25 extra for the suite", "then it goes back to USD 150 extra"
            if prices_another_thing(scenario, fact, sentence.raw):
                continue  # "Breakfast is 18 dollars extra" prices no suite
            if PER_PERIOD.search(clause) and not PER_PERIOD.search(fact.claim):
                continue  # "摊到每天也就十块出头" splits the 3980, it does not restate it
            if wrong_day(fact, clause):
                wrong.append(fact)
                continue
            true = [f for value in fact.values for f in figures(value, language)]
            if not true:
                continue  # a term told by its day alone ("Thursday morning") has no figure
            # "分期的事我明天上午十点给您回电话" says when, no figure of the term: a clock time
            # misstates only a term told by one (check-out at 2 pm)
            told_by_clock = any(f.unit == CLOCK for f in true)
            read = clause if told_by_clock else without_clock_times(clause, language)
            whole = sentence.raw if told_by_clock else without_clock_times(sentence.raw, language)
            stated = hours_only(true, no_figure_of(true, per_period(figures(read, language))))
            gaps = true_gaps(scenario, sentence.raw)  # "only 1 pound less than … 31": a gap
            stated = [f for f in stated if f.number not in gaps]
            if PER_PERIOD.search(fact.claim):
                # the period of a rate is no figure of it: "一个月三百多" states 300 a month
                stated = [f for f in stated if not (f.number == 1 and f.unit in PERIOD_UNITS)]
            if any(f.number < 10 for f in true):
                # a term told by a one-digit figure (check-out at 2 pm) is misstated by one too:
                # "late checkout till 5"
                # (a number read with its unit is judged with it: "两天" inside 1-3 working days)
                united = {f.number for f in stated}
                stated += [
                    Figure(n, None) for n in numbers(read, language) if n < 10 and n not in united
                ]
            said_all = figures(whole, language)
            splits = bool(PER_PERIOD.search(whole) or SPLIT_PERIOD.search(whole))
            own = money_values(scenario, fact, true)  # "500 Mb" is no sum to split
            true += true_sums(own)
            # a total of a true rate is true unless said as a rate itself: "90 extra for the two
            # nights on top of your 180 a night" rates the 180, not the 90
            rates = rates_said(in_digits(read, language), PER_PERIOD)
            totals = true + true_totals(own, said_all + true)
            if any(
                not _true_figure(fact, f, true if f.number in rates else totals, language)
                and not (splits and is_split(f, own, said_periods(read)))
                for f in stated
            ) or sooner_than_true(fact, clause, sentence):
                wrong.append(fact)
    return wrong
