"""Whether the prices and offers a learner states are ones the scenario authorises.

A scenario tells what staff may give (its background, `may_offer`, its `facts` with their true
figures). A learner's offer is authorised when every price it states is a true figure of a fact,
or a total or sum that follows from one ("USD 45 a night, so USD 90 extra for the two nights"),
and it gives nothing beyond those limits (a 200元 voucher where 100元 is the most, a free upgrade
where nothing may be free). The evaluator credits an authorised offer as the point it makes and
never reports it as a wrong price; the customer takes it at face value instead of doubting it.

One judge for both sides, so the report and the customer cannot disagree about the same words:
`unauthorised(scenario, reply)` names what of a reply goes beyond what the scenario allows, and
`is_authorised(scenario, reply)` says whether a reply that offers something offers only what it
may.
"""

from __future__ import annotations

from graphs.practice_dialogue.claims import claims_in
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.promises import BEYOND_OFFER, names_an_offer, promise_kind
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario


def _offer_claims(scenario: Scenario) -> set[str]:
    """The claims that speak of a price or an offer: the facts' false figures, the offer beyond
    the limits, and the forbidden claims of a promise kind (free, guarantee, deadline)."""
    claims = {fact.claim for fact in scenario.facts} | {BEYOND_OFFER[scenario.language]}
    claims |= {
        c.claim
        for stage in scenario.stages
        for c in stage.forbidden_claims
        if promise_kind(c.claim) is not None
    }
    return claims


def unauthorised(scenario: Scenario, reply: str) -> list[str]:
    """The price and offer claims the reply makes that the scenario does not authorise, in the
    order said: a false figure of a fact, an offer beyond the limits, a free gift or guarantee
    staff may not give. Other rule breaks (blame, pressure) are no offer and are left out."""
    offers = _offer_claims(scenario)
    found: list[str] = []
    for raw in sentences(reply):
        sentence = TurnText.of(raw, scenario.language)
        asking = question_starts(raw) is not None
        found += [
            c for c in claims_in(scenario, sentence, asking) if c in offers and c not in found
        ]
    return found


AMOUNT_MIN = 10
"""A figure below this is a count or a time (two nights, 2 pm), no price that names an offer."""
MONEY_UNITS = (None, "元")
"""The units of a figure that may be a sum of money: none ("GBP 36 a month") or 元; 500 Mb, 30
days and 2 pm are no price."""


def authorised_prices(scenario: Scenario) -> set[float]:
    """The sums of money the learner may offer, as `may_offer` states them (GBP 31, GBP 36 of the
    broadband offers; 100 元 of a voucher)."""
    language = scenario.language
    told = figures(" ".join(scenario.learner.may_offer), language)
    return {f.number for f in told if f.unit in MONEY_UNITS and f.number >= AMOUNT_MIN}


def _names_a_price(scenario: Scenario, reply: str) -> bool:
    """The reply says one of the sums the learner may offer ("the 500 Mb deal for 36")."""
    prices = authorised_prices(scenario)
    said = figures(reply, scenario.language)
    return any(f.number in prices for f in said if f.unit in MONEY_UNITS)


def _names_the_offer(scenario: Scenario, reply: str) -> bool:
    """The reply names what is offered: a word of `may_offer` ("the suite") or one of its
    figures that is no sum (the 500 Mb of a plan)."""
    language = scenario.language
    if any(names_an_offer(scenario, TurnText.of(s, language)) for s in sentences(reply)):
        return True
    told = figures(" ".join(scenario.learner.may_offer), language)
    kinds = [f for f in told if f.unit not in MONEY_UNITS and f.number >= AMOUNT_MIN]
    return any(f.matches(k) and f.unit == k.unit for f in figures(reply, language) for k in kinds)


def says_authorised_price(scenario: Scenario, reply: str) -> bool:
    """The reply names an offer with a sum the learner may offer for it, and nothing beyond what
    it may: "let me get you the 500 Mb deal right now for 36" states the 500 Mb plan's price with
    no currency; "I can do 31 for you" names no offer, only a number."""
    return (
        _names_a_price(scenario, reply)
        and _names_the_offer(scenario, reply)
        and not unauthorised(scenario, reply)
    )


def is_authorised(scenario: Scenario, reply: str) -> bool:
    """The reply names an offer or a price ("I can offer it at USD 45 a night instead", "the
    500 Mb deal right now for 36") and every one it states is one the scenario allows."""
    said = [TurnText.of(raw, scenario.language) for raw in sentences(reply)]
    if not _names_a_price(scenario, reply) and not any(names_an_offer(scenario, s) for s in said):
        return False
    return not unauthorised(scenario, reply)


def prices_something_else(scenario: Scenario, own_figures: list[str], reply: str) -> bool:
    """The reply states a sum the scenario's background gives as the price of something else
    (the room booked, her current plan), none of a price point's own figures (`own_figures`, its
    keywords' "55", "45") nor a sum the learner may offer, and names no offer: "Standard room, two
    nights, USD 180 a night" prices the room booked, not the upgrade the point is about. A sum the
    background does not know ("technically it's 25 dollars extra") is a price of the offer, if a
    wrong one."""
    language = scenario.language
    own = {f.number for k in own_figures for f in figures(k, language)}
    allowed = own | authorised_prices(scenario)
    known = {
        f.number
        for f in figures(scenario.background, language)
        if f.unit in MONEY_UNITS and f.number >= AMOUNT_MIN
    } - allowed
    said = {f.number for f in figures(reply, language) if f.unit in MONEY_UNITS}
    if not own or not said & known or said & allowed:
        return False
    return not _names_the_offer(scenario, reply)
