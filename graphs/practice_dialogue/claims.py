"""Claims in a learner's sentence: the scenario's forbidden claims said as claims, and false
figures for the scenario's facts.

- A forbidden claim counts outside a negation's scope (signals.py): "我们没法保证不会再等" and
  "I can't guarantee the speed" promise nothing.
- A bare question that only repeats a claim ("保证能瘦？这个我们可不敢说") quotes the customer and
  claims nothing; one that addresses her ("您是不是记错了？") still accuses.
- A fact (`facts` in the scenario: a price, a refund time) stated with a figure that is none of its
  values is a false claim ("Our loyalty price is 25 a month", "退款一个月以后才能到"). Figures are
  read clause by clause, so "31 a month for 12 months, or the 500 plan at 36" states two facts;
  a clause that splits a price per day or month ("一年平摊到每天也就十块出头") states no fact whose
  claim names no period (the 3980 annual price).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import Figure, figures, numbers
from graphs.practice_dialogue.promises import promises_in
from graphs.practice_dialogue.signals import TurnText, normalise
from graphs.scenarios import Fact, Scenario

SECOND_PERSON = ("您", "你", "you", "your", "you're", "you've", "yourself")
"""Words that address the customer: a question holding one is about her."""
ECHO_SLACK = 3
"""A question at most this many characters longer than the claim it holds only repeats it."""


_CLAUSE = re.compile(r"[，,;；、]|\bor\b|或者|还是")
"""Where a figure stops belonging to a fact: "31 a month for 12 months, or the 500 plan at 36"."""


PER_PERIOD = re.compile(
    r"每天|每日|每个月|每月|每周|每次|每晚|(?<!in )\b(?:per|a|an|each) (?:day|night|week|month|visit)\b",
    re.IGNORECASE,
)
"""A figure said per day, month or visit: a split of a price, no statement of a total price
(a fact whose own claim names no period). A duration is no period: "一个月以后才能到", "in a
month"."""


PERIOD_UNITS = frozenset({"年", "月", "周", "天", "night"})
DAYS = {"工作日": 1.0, "天": 1.0, "周": 7.0, "月": 30.0}
"""A time figure's length in days, to compare a stated time with the true one."""
SOON = re.compile(
    r"今天|当天|马上|立刻|立即|现在就|\btoday\b|\bright away\b|\bimmediately\b|\bstraight away\b"
    r"|\binstantly\b|\bright now\b",
    re.IGNORECASE,
)
"""A time no later than today: said of a term whose true time is days, it is a shorter one."""


def per_period(stated: list[Figure]) -> list[Figure]:
    """Leave out a single period said beside another time figure: "一年还能冻结60天" states 60
    days a year, as "每年可以冻结60天" does; the 一年 is no figure of the term."""
    timed = [f for f in stated if f.unit in DAYS or f.unit in PERIOD_UNITS]
    if len(timed) < 2:
        return stated
    return [f for f in stated if not (f.number == 1 and f.unit in PERIOD_UNITS)]


def sooner_than_true(fact: Fact, clause: str, sentence: TurnText) -> bool:
    """The clause puts a term whose true time is whole days at today or sooner ("退款今天就能
    到账" for 1-3 working days), and the sentence states none of its true times ("今天就给您退回
    原卡，一般一到三个工作日到账" tells when it starts and when it arrives)."""
    language = sentence.language
    true = [f for value in fact.values for f in figures(value, language)]
    if not any(f.unit in DAYS for f in true) or not SOON.search(clause):
        return False
    said = figures(sentence.raw, language)
    return not any(f.matches(t) for f in said for t in true if t.unit in DAYS)


def addresses_customer(sentence: TurnText) -> bool:
    return any(sentence.find(word) is not None for word in SECOND_PERSON)


def echoes(sentence: TurnText, asking: bool, pattern: str) -> bool:
    """A bare question that repeats a claim ("保证能瘦？") quotes the customer; it claims nothing.
    One that addresses her ("您是不是记错了？") still accuses."""
    if not asking or addresses_customer(sentence):
        return False
    span = sentence.find(pattern)
    if span is None:
        return False
    said = len(normalise(sentence.raw))
    return said - len(normalise(sentence.raw[span[0] : span[1]])) <= ECHO_SLACK


TOTAL_COUNT_MAX = 24
"""The largest count a true rate is multiplied by (nights, months, visits) to give a total."""


def true_totals(true: list[Figure], said: list[Figure]) -> list[Figure]:
    """Totals of a true rate and a whole count among the figures said or the fact's own ("45 a
    night for two nights, so 90 on top"): a correct total of a correct rate is true. Used only
    for a clause that states no rate itself ("90 a night" is a rate, and a false one)."""
    counts = {
        f.number
        for f in (*said, *true)
        if f.number == int(f.number) and 2 <= f.number <= TOTAL_COUNT_MAX
    }
    return [Figure(rate.number * n, None) for rate in true for n in counts if rate.number >= 10]


def claims_in(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """Forbidden claims the sentence makes (not denied, not echoed) and false figures it states."""
    made = []
    for stage in scenario.stages:
        for claim in stage.forbidden_claims:
            heard = sentence.said_any([claim.claim, *claim.patterns])
            if any(not echoes(sentence, asking, p) for p in heard):
                made.append(claim.claim)
    made += [c for c in promises_in(scenario, sentence, asking) if c not in made]
    made += [fact.claim for fact in false_facts(scenario, sentence)]
    return made


def false_facts(scenario: Scenario, sentence: TurnText) -> list[Fact]:
    """The scenario's facts the sentence states with a figure that is none of their values."""
    wrong: list[Fact] = []
    language = scenario.language
    for clause in _CLAUSE.split(sentence.raw):
        part = TurnText.of(clause, language)
        for fact in scenario.facts:
            if fact in wrong or not part.said_any(fact.cues):
                continue
            if PER_PERIOD.search(clause) and not PER_PERIOD.search(fact.claim):
                continue  # "摊到每天也就十块出头" splits the 3980, it does not restate it
            true = [f for value in fact.values for f in figures(value, language)]
            stated = per_period(figures(clause, language))
            if any(f.number < 10 for f in true):
                # a term told by a one-digit figure (check-out at 2 pm) is misstated by one too:
                # "late checkout till 5"
                stated += [Figure(n, None) for n in numbers(clause, language) if n < 10]
            if not PER_PERIOD.search(clause):
                true += true_totals(true, figures(sentence.raw, language))
            if any(not any(f.matches(t) for t in true) for f in stated) or sooner_than_true(
                fact, clause, sentence
            ):
                wrong.append(fact)
    return wrong
