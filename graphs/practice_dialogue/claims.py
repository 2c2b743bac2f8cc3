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

from graphs.exams import Language
from graphs.practice_dialogue.cash_refunds import cash_refund
from graphs.practice_dialogue.charges import INVENTED_CHARGE, charge_for_leaving, invented_charge
from graphs.practice_dialogue.claim_things import said_of_another_thing
from graphs.practice_dialogue.clock_figures import CLOCK, hours_only
from graphs.practice_dialogue.conduct import BUCK, conduct_in, helplessness_only
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
from graphs.practice_dialogue.left_to_her import left_to_her
from graphs.practice_dialogue.named_days import wrong_day
from graphs.practice_dialogue.offer_amounts import beyond_offer
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.priced_things import prices_another_thing, prices_its_thing
from graphs.practice_dialogue.promises import (
    BEYOND_OFFER,
    FREE_CLAIM,
    free_gift,
    promise_kind,
    promises_in,
)
from graphs.practice_dialogue.quotes import clipped_quote
from graphs.practice_dialogue.signals import TurnText, normalise, sentences
from graphs.practice_dialogue.tag_questions import asks_only_by_tag
from graphs.practice_dialogue.times import without_clock_times
from graphs.practice_dialogue.unbounded_terms import UNBOUNDED, unbounded
from graphs.practice_dialogue.unoffered_terms import unoffered_term
from graphs.practice_dialogue.untrue_claims import (
    restated_prices,
    tells_price_rise,
    untrue_claims,
    untrue_quote,
)
from graphs.scenarios import Fact, Scenario
from graphs.text.day_words import day_said
from graphs.text.segment import tokenize

SECOND_PERSON = ("您", "你", "you", "your", "you're", "you've", "yourself")
"""Words that address the customer: a question holding one is about her."""
ECHO_SLACK = 3
"""A question at most this many characters longer than the claim it holds only repeats it."""

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
    return not any(f.matches(t) for f in figures(sentence.raw, language) for t in true)


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


_PARTICLE = re.compile(r"^(?:u|y|x|w)")
"""Part-of-speech tags of words that carry no claim (的, 了, 吧, punctuation)."""

_COMPARES = re.compile(r"比|更|最")
"""What makes a claim of price a comparison (比隔壁便宜, 我们更便宜, 全城最便宜): a sentence heard
only fuzzily without one says the rival is cheap, not that we are cheaper."""
_TO_US = re.compile(r"比(?:我们|咱们|我家|我这|这边|本店)")
"""A comparison with us as its measure (隔壁是比我们便宜): the rival is the one said cheaper."""
_COMPARING_WORDS = frozenset({"比", "比起", "更", "更加", "最"})
"""The words that compare, as words: the 比 of 对比, 比较 or 比如 compares nothing ("隔壁便宜一些，
但您可以对比营业时间" grants the rival is cheaper and asks her to weigh the rest)."""
_CLAUSE_MARK = re.compile(r"[，,;；:：]")


def _compares(text: str) -> bool:
    """A word of comparison in the text, read word by word."""
    return any(t.word in _COMPARING_WORDS for t in tokenize(text, "zh"))


def says_its_predicate(sentence: TurnText, pattern: str) -> bool:
    """A claim heard only fuzzily holds what it says of its subject, the pattern's last word
    (差 of 隔壁那家很差): "隔壁那家我不好评价" names the rival and says nothing of them."""
    wanted = normalise(pattern)
    if wanted.isascii() or wanted in sentence.folded:
        return True
    span = sentence.find(pattern)
    start, end = span if span else (0, len(sentence.raw))
    # the clause the claim was heard in, whole: a comparison elsewhere compares something else
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence.raw, 0, start)), default=0)
    stop = _CLAUSE_MARK.search(sentence.raw, end)
    clause = sentence.raw[start : stop.start() if stop else len(sentence.raw)]
    if _COMPARES.search(pattern) and not _compares(clause):
        return False  # "隔壁便宜也有它的道理": the rival granted cheap
    if re.search(r"比|我们|咱们", pattern) and _TO_US.search(sentence.raw):
        return False  # 隔壁是比我们便宜: not 还是我们便宜, the other way round
    words = [t.word for t in tokenize(pattern, "zh") if not _PARTICLE.match(t.pos)]
    return not words or words[-1] in sentence.raw


def claims_in(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """Forbidden claims the sentence makes (not denied, not echoed) and false figures it states.
    A statement closed by a tag ("…，您看这样可以吗？") states its claims and offers; conduct or
    a charge put to her yes that way ("I'll just put it on your card, okay?", "可以先交两百定金，
    您看行吗？") asks whether she will have it (conduct.py, charges.py)."""
    conduct_asked = asking
    asking = asking and not asks_only_by_tag(sentence.raw, scenario.language)
    made = []
    for stage in scenario.stages:
        for claim in stage.forbidden_claims:
            heard = [
                p
                for p in sentence.said_any([claim.claim, *claim.patterns])
                if says_its_predicate(sentence, p)
                and not (BUCK.search(claim.claim) and helplessness_only(scenario, p, sentence))
                # "挂号费退不了" refuses another fee than the claim's (claim_things.py)
                and not said_of_another_thing(scenario, claim, sentence, p)
            ]
            # "您要是不满意可以去投诉" leaves her the act of 您去投诉吧 (left_to_her.py)
            dared = not asking and bool(left_to_her(sentence, claim.patterns))
            if dared or any(not echoes(sentence, asking, p) for p in heard):
                made.append(claim.claim)
    # a promise heard by its kind alone is another claim of that kind only when no claim of
    # the kind was heard by its own words ("a free dinner" is that claim, not a free upgrade)
    kinds = {promise_kind(c) for c in made}
    made += [
        c
        for c in promises_in(scenario, sentence, asking)
        if c not in made and promise_kind(c) not in kinds
    ]
    leaving = charge_for_leaving(scenario, sentence, asking)  # "if you leave, there'll be a fee"
    made += [leaving] if leaving and leaving not in made else []
    wrong = [fact.claim for fact in false_facts(scenario, sentence)]
    made += wrong
    # threats, false scarcity, a made-up rise, a false excuse… (untrue_claims.py)
    made += [c for c in untrue_claims(scenario, sentence, asking) if c not in made]
    restated = restated_prices(scenario, made)
    made = [c for c in made if c not in restated]
    beyond = BEYOND_OFFER[scenario.language]
    # a false figure of a fact is that fact's claim: "the loyalty rate at 28" is no second break;
    # an offer beyond the limits in a clause of its own is ("退您500块现金，今天就到账"); the
    # figure of a made-up rise (「明天就涨到五千」) is no offer
    rise = tells_price_rise(scenario, made)
    offer = beyond_offer(scenario, sentence, asking) if beyond not in made and not rise else None
    if offer is not None and not false_facts(scenario, TurnText.of(offer, scenario.language)):
        made.append(beyond)
    made += [beyond] if beyond not in made and unoffered_term(scenario, sentence) else []
    frees = any(FREE_CLAIM.search(c.claim) for s in scenario.stages for c in s.forbidden_claims)
    if beyond not in made and not frees and free_gift(scenario, sentence, asking):
        made.append(beyond)
    if not made and invented_charge(scenario, sentence, conduct_asked):
        made.append(INVENTED_CHARGE[scenario.language])  # "a 50 deposit first" (charges.py)
    made += [c for c in conduct_in(scenario, sentence, conduct_asked) if c not in made]
    return made


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
            if not part.said_any(fact.cues) and not prices_its_thing(scenario, fact, clause):
                continue  # "USD 25 extra for the suite" states the suite's price (priced_things.py)
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


def claims_said(scenario: Scenario, reply: str) -> dict[str, str]:
    """Each claim the reply makes, labelled with the learner's own words for it (the clause that
    makes it; `claim_label`), so a report says what was said ("late check-out till 4 pm"), not
    only the rule."""
    said: dict[str, str] = {}
    for raw in sentences(reply):
        sentence = TurnText.of(raw, scenario.language)
        asking = question_starts(raw) is not None
        made = claims_in(scenario, sentence, asking)
        # the quote of a claim put to her yes is its statement, read as claims_in reads it
        asking = asking and not asks_only_by_tag(raw, scenario.language)
        if not made:
            continue
        clauses = [c.strip() for c in CLAUSE.split(raw) if c and c.strip()]
        for claim in made:
            quote = (
                next(
                    (
                        c
                        for c in clauses
                        if claim in claims_in(scenario, TurnText.of(c, scenario.language), asking)
                    ),
                    None,
                )
                or untrue_quote(scenario, claim, sentence)
                or raw.strip()
            )
            own = _in_own_words(scenario, claim, sentence, asking)
            said.setdefault(claim, claim_label(scenario, claim, clipped_quote(quote), own))
    return said


def _in_own_words(scenario: Scenario, claim: str, sentence: TurnText, asking: bool) -> bool:
    """Whether the sentence makes the claim in the words its author wrote for it, not only by its
    kind (conduct.py): "您来晚了" is the case "把责任推给客户（他准时到了）" describes, "您自己也没
    反对呀" is blame of another case, and its bracket would not be true of it."""
    if claim not in conduct_in(scenario, sentence, asking):
        return True
    patterns = [
        p
        for s in scenario.stages
        for c in s.forbidden_claims
        if c.claim == claim
        for p in (c.claim, *c.patterns)
    ]
    return any(says_its_predicate(sentence, p) for p in sentence.said_any(patterns))


_NOTE = re.compile(r"^(?P<base>.*?)\s*[（(](?P<note>[^（()）]*)[)）]\s*$")
_NOTE_SAYS_TRUTH = re.compile(r"^(?:实际|最多|应为|只|actual|up to|right:)", re.IGNORECASE)


def claim_label(scenario: Scenario, claim: str, quote: str, own_words: bool = True) -> str:
    """The claim as a report names it: the rule, the learner's words, and for a fact the true
    figure said as such. A fact's claim carries its true figure in brackets ("A wrong late
    check-out time (2 pm)"); printed bare beside a wrong figure it reads as what was said. A
    claim heard only by its kind (`own_words` false) is named without its bracket, which speaks
    of the case its author wrote (（他准时到了） of blaming him for being late)."""
    quote = quote.strip().rstrip("。.!！,，")
    match = _NOTE.match(claim)
    base, note = (match["base"], match["note"]) if match else (claim, "")
    if not own_words:
        note = ""
    is_fact = any(fact.claim == claim for fact in scenario.facts)
    if is_fact and note and not _NOTE_SAYS_TRUTH.match(note):
        note = f"应为 {note}" if scenario.language == "zh" else f"right: {note}"
    if scenario.language == "zh":
        return base + (f"：「{quote}」" if quote else "") + (f"（{note}）" if note else "")
    return base + (f': "{quote}"' if quote else "") + (f" ({note})" if note else "")


def credited_part(scenario: Scenario, raw: str, asking: bool) -> str:
    """What of a sentence that makes a claim may still earn credit: with only false figures, the
    clauses that state none ("抛光费给您退" in "抛光费给您退，不过退款两周才到账", the wrong time
    its own break), say nothing of the fact they get wrong and make no false claim alone ("the
    suite at 20", "马上退现金给您"); with any other claim, nothing (the offer it garbles)."""
    facts = {fact.claim for fact in scenario.facts}
    made = claims_in(scenario, TurnText.of(raw, scenario.language), asking)
    if not made or not set(made) <= facts:
        return ""
    wrong = [fact for fact in scenario.facts if fact.claim in made]
    # a clause on the same fact goes too ("想冻结多久都行" beside "永久冻结也没问题")
    kept = [
        clause
        for clause in CLAUSE.split(raw)
        if clause.strip()
        and not any(TurnText.of(clause, scenario.language).said_any(f.cues) for f in wrong)
        and not set(claims_in(scenario, TurnText.of(clause, scenario.language), asking)) & set(made)
        and not UNBOUNDED[scenario.language].search(clause)  # "出差多久都不浪费"
    ]
    return "，".join(kept) if scenario.language == "zh" else ", ".join(kept)
