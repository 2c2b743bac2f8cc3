"""Claims in a learner's sentence: the scenario's forbidden claims said as claims, and false
figures for the scenario's facts.

- A forbidden claim counts outside a negation's scope (signals.py): "我们没法保证不会再等" and
  "I can't guarantee the speed" promise nothing.
- A bare question that only repeats a claim ("保证能瘦？这个我们可不敢说") quotes the customer and
  claims nothing; one that addresses her ("您是不是记错了？") still accuses.
- A fact (`facts` in the scenario: a price, a refund time) stated with a figure that is none of its
  values is a false claim (fact_figures.py).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.charges import INVENTED_CHARGE, charge_for_leaving, invented_charge
from graphs.practice_dialogue.claim_things import said_of_another_thing
from graphs.practice_dialogue.conduct import BUCK, conduct_in, helplessness_only
from graphs.practice_dialogue.denied_provisions import told_in_own_words
from graphs.practice_dialogue.fact_figures import CLAUSE, false_facts
from graphs.practice_dialogue.free_gifts import free_gift
from graphs.practice_dialogue.left_to_her import left_to_her
from graphs.practice_dialogue.offer_amounts import beyond_offer
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.promises import (
    BEYOND_OFFER,
    FREE_CLAIM,
    promise_kind,
    promises_in,
)
from graphs.practice_dialogue.quotes import clipped_quote
from graphs.practice_dialogue.signals import TurnText, normalise, sentences
from graphs.practice_dialogue.tag_questions import asks_only_by_tag
from graphs.practice_dialogue.unbounded_terms import UNBOUNDED
from graphs.practice_dialogue.unoffered_terms import unoffered_term
from graphs.practice_dialogue.untrue_claims import (
    restated_prices,
    tells_price_rise,
    untrue_claims,
    untrue_quote,
)
from graphs.scenarios import Scenario
from graphs.text.segment import tokenize

SECOND_PERSON = ("您", "你", "you", "your", "you're", "you've", "yourself")
"""Words that address the customer: a question holding one is about her."""
ECHO_SLACK = 3
"""A question at most this many characters longer than the claim it holds only repeats it."""


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
    own_words: list[tuple[int, int]] = []  # where the scenario's own claims were heard
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
                made += [claim.claim] if claim.claim not in made else []
                own_words += [span for p in heard if (span := sentence.find(p))]
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
    # a fact's claim the author also forbids in words is one breach (谎报冻结期限, twice)
    made += [c.claim for c in false_facts(scenario, sentence) if c.claim not in made]
    # threats, false scarcity, a made-up rise, a false excuse… (untrue_claims.py); a thing of
    # the brief denied in the words of the scenario's own claim is that claim alone
    again = told_in_own_words(scenario, sentence, asking, own_words)
    made += [c for c in untrue_claims(scenario, sentence, asking) if c not in made and c != again]
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
