"""A fact's price heard by the thing it prices, whatever words the author listed as its cues.

A scenario's fact of a price ("A wrong price for the suite (USD 55 extra a night, 45 for an
occasion)") names the thing it prices in its claim. A learner who states a sum of money in the
same clause as that thing ("It's just USD 25 extra for the harbour suite") states that fact,
though none of the author's cues ("extra a night", "per night") is said: claims.py then checks the
figure against the fact's values. The thing is a word of the claim (its bracket aside) that names
exactly one of the offers the learner may make: "suite", 年卡; "plan" names two broadband offers
(150 Mb and 500 Mb), so a sum beside it is no statement of the 500 Mb plan's price.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.promises import offer_words
from graphs.scenarios import Fact, Scenario

PRICE_CLAIM = re.compile(r"price|价格|价|费|\bfee\b|\brate\b|\bcost\b", re.IGNORECASE)
"""A fact's claim about what something costs."""
_NOT_A_THING = frozenset({"wrong", "price", "prices", "rate", "cost", "costs", "谎报", "价格"})
_BRACKET = re.compile(r"[（(].*?[)）]")


def priced_things(scenario: Scenario, fact: Fact) -> set[str]:
    """The words of a price fact's claim that each name one offer of the learner's, and no
    other."""
    if not PRICE_CLAIM.search(fact.claim):
        return set()
    offers = [offer_words(line) for line in scenario.learner.may_offer]
    words = offer_words(_BRACKET.sub("", fact.claim)) - _NOT_A_THING
    return {w for w in words if sum(w in offer for offer in offers) == 1}


def prices_its_thing(scenario: Scenario, fact: Fact, clause: str) -> bool:
    """The clause states a sum of money beside the thing the price fact prices."""
    things = priced_things(scenario, fact)
    return bool(things & offer_words(clause)) and bool(amounts(clause, scenario.language))


def prices_another_thing(scenario: Scenario, fact: Fact, sentence: str) -> bool:
    """The sentence speaks of another thing than the price fact's own: it names a thing of
    another of the scenario's topics (breakfast, parking) and no word of the fact's own thing, so
    "Breakfast isn't in your rate, it's 18 dollars extra" prices breakfast, not the suite, though
    the author's cue "dollars extra" is said. A topic of price itself (how much, cost) is none."""
    if not PRICE_CLAIM.search(fact.claim):
        return False
    claim = _BRACKET.sub("", fact.claim).lower()
    lowered = sentence.lower()

    def names(word: str) -> bool:
        bounded = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if word.isascii() else re.escape(word)
        return len(word) >= 2 and re.search(bounded, lowered) is not None

    own: set[str] = set()
    others: set[str] = set()
    for topic in scenario.topics:
        words = [k.lower() for k in topic.keywords]
        if any(PRICE_CLAIM.search(w) for w in words):
            continue  # "how much", "price": the asking of a price, no thing priced
        mine = topic.id.lower() in claim or any(w in claim for w in words if len(w) >= 2)
        (own if mine else others).update(words)
    return any(names(w) for w in others) and not any(names(w) for w in own)


_ITSELF: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"^\W*(?:(?:and|but|so|then|otherwise|after that)\W+)*(?:it|that|this|which|the (?:price|"
        r"rate|cost)|this (?:price|rate|offer))\b(?!\s+(?:is|was)\s+(?:a|an|the|my|our|your)\b)",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"^\W*(?:然后|之后|过后|不然|否则)?(?:就)?(?:这个?价(?:格|钱)?|价格|原价|它)"),
}
_BARE_SUM: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"^\W*(?:(?:only|just|about|around|roughly|a mere)\s+)?(?:(?:usd|gbp|eur|us)\s*|[$£€]\s*)?"
        r"\d[\d,.]*\s*(?:dollars?|bucks|pounds?|quid|euros?|usd|gbp)?\W*$",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"^\W*(?:就|只要|只需|才|也就)?[\d一二两三四五六七八九十百千万]+(?:块|元)钱?\W*$"
    ),
}
"""A clause that is a sum alone, set beside what it prices ("there's a tiny fee, 12 dollars,
and that's all"): a price said of nothing else."""
"""A clause whose subject is the price itself or a word standing for it: "then it goes back to
USD 150 extra", "the price is 150", 「然后价格就回到 150」; "that is a taxi fare" names a thing."""


def prices_the_one_price(scenario: Scenario, fact: Fact, clause: str) -> bool:
    """The clause states a sum of money as the price itself, naming no thing ("then it goes back
    to USD 150 extra", a sum alone: "there's a small charge, 20 dollars"), where the fact is the scenario's one fact of a price: the sum can only be
    that price."""
    language = scenario.language
    if not PRICE_CLAIM.search(fact.claim) or not amounts(clause, language):
        return False
    prices = [f for f in scenario.facts if PRICE_CLAIM.search(f.claim)]
    itself = _ITSELF[language].search(clause) or _BARE_SUM[language].search(clause)
    return prices == [fact] and itself is not None
