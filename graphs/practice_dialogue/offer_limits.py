"""An offer beyond what the learner may give, named with the brief's limit and the whole offer.

"An offer beyond what you may offer: "And I'll give you the plan at GBP 25 a month"" told a
trainee neither what the limit was (GBP 31 a month, for 12 months) nor the rest of what was
promised ("locked for two years"): the claim's quote is its clause (claims.claims_said). For the
report's tone line, such a claim is quoted by the whole sentence that holds it (cut as quotes
are, quotes.py, from the clause on) and followed by what the brief allows of the same money: the `may_offer` items
that name a sum in the currency of the learner's (GBP, USD, 元), or for a length of commitment
none of them gives ("lock you in for 24 months"), those that carry a term. An offer with no sum ("free
dinner"), or a currency the brief never names, gets no limit: a list of every item would be no
fact about this offer.

Saying one cannot do what the brief lets one do ("I can't really do anything about the price",
denied_authority.py) is followed the same way by the brief's offers that name a sum: the remedies
withheld, the true fact a trainee needs (session 21 P14 bb-weak: 31 and 36 are allowed).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.conduct import CONDUCT_LABELS
from graphs.practice_dialogue.promises import BEYOND_OFFER
from graphs.practice_dialogue.quotes import clipped_quote
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.unoffered_terms import term_offers, unoffered_term
from graphs.scenarios import Scenario

OFFER_QUOTE_MAX_CHARS = 100
"""An offer's terms are quoted whole up to this: its length is what went beyond the brief."""
_CURRENCY = re.compile(r"[A-Z]{3}|[£$€¥]|元|块|pounds?|dollars?|euros?", re.IGNORECASE)
_QUOTED = {"zh": re.compile(r"「(.+?)」"), "en": re.compile(r'"(.+?)"')}
ALLOWED = {"zh": "（可以给的：{items}）", "en": " (you may offer: {items})"}
_SAME_MONEY = {"块": "元", "pound": "gbp", "pounds": "gbp", "£": "gbp", "dollar": "usd"}


def _currencies(text: str, language: Language) -> set[str]:
    """The currencies of the sums the text names ("GBP 25 a month" -> {"gbp"})."""
    found = set()
    for amount in amounts(text, language):
        for m in _CURRENCY.finditer(amount):
            word = m.group().lower()
            found.add(_SAME_MONEY.get(word, _SAME_MONEY.get(word.rstrip("s"), word)))
    return found


def with_limit(scenario: Scenario, label: str, line: str) -> str:
    """`label` (a claim named with the learner's words) of an offer beyond the limits, quoted by
    the rest of its sentence in `line` too, and followed by the brief's offers in the same money; any other
    label as it is."""
    language = scenario.language
    if label.startswith(CONDUCT_LABELS["authority"][language]):
        return _with_remedies(scenario, label)
    if not label.startswith(BEYOND_OFFER[language]):
        return label
    quoted = _QUOTED[language].search(label)
    clause = quoted.group(1).rstrip("…") if quoted else ""
    whole = next((s for s in sentences(line) if clause and clause in s), None)
    if quoted and whole:  # the clause and the rest of its sentence ("…, locked for two years")
        said = whole[whole.index(clause) :].strip().rstrip("。.!！,，")
        said = said if len(said) <= OFFER_QUOTE_MAX_CHARS else clipped_quote(said)
        label = label[: quoted.start(1)] + said + label[quoted.end(1) :]
    money = _currencies(whole or line, language)
    allowed = [
        item[:1].lower() + item[1:] if language == "en" else item
        for item in scenario.learner.may_offer
        if money & _currencies(item, language)
    ]
    if not allowed and unoffered_term(scenario, TurnText.of(whole or line, language)):
        allowed = [
            item[:1].lower() + item[1:] if language == "en" else item
            for item in term_offers(scenario)
        ]
    if not allowed:
        return label
    return label + ALLOWED[language].format(
        items=("；" if language == "zh" else "; ").join(allowed)
    )


def _with_remedies(scenario: Scenario, label: str) -> str:
    """`label` followed by the brief's offers that name a sum of money (or all of them if none
    does): what the learner said could not be done."""
    language = scenario.language
    offers = scenario.learner.may_offer
    priced = [item for item in offers if _currencies(item, language)] or list(offers)
    if not priced:
        return label
    items = [item[:1].lower() + item[1:] if language == "en" else item for item in priced]
    return label + ALLOWED[language].format(items=("；" if language == "zh" else "; ").join(items))
