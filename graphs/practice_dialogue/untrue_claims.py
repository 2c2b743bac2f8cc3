"""Breaches told against the scenario's own facts, whatever words make them (session 21 end trainer:
"some breaches are not named"): the report names each with the learner's words, beside pressure
and the scenario's own forbidden claims (claims.py).

- a threat to her if she does not buy (threats.py): a worse room, her booking cancelled;
- a false claim that it is running out (false_stock.py): "the standard rooms are all full";
- a made-up price rise (price_rises.py): 「下周一起年卡要涨到四千五」;
- a waivable charge defended as right (defended_charges.py): 「收费是合理的」;
- a process made out as hard (process_hassles.py): "Cancelling is a real hassle";
- a false excuse against the brief's cause (false_excuses.py): 「是系统排号出了问题」;
- a known price withheld (withheld_prices.py): "I don't know the exact price, check the website";
- a full refund promised (full_refunds.py): 「练不瘦全额退款」;
- a right the brief gives her denied (denied_rights.py): "You can't just cancel like that";
- a forecast of what the brief forbids guaranteeing (forecasts.py): "The speed should be better";
- a boast about the business's things the brief does not support (unsupported_claims.py): 「器械都是新的」;
- an amenity said free for her that the brief does not give free (free_amenities.py): "Parking is free";
- a made-up price, term or catch of the rival (rival_claims.py): "their deal goes up to 45 after a year";
- the rival run down by a bare judgement or a made-up fault (rival_put_downs.py): 「对面那家才是真黑」;
- an offer the brief gives denied (denied_offers.py): 「没有优惠的」 beside 12 期免息分期;
- a thing the brief offers said not to exist (denied_provisions.py): 「没有冻结这回事」;
- a thing the brief times said to come at once (quick_times.py): 「退款秒到」 for 1–3 个工作日;
- her wait told shorter than the brief's (short_waits.py): 「也就等了十来分钟」 for 50 minutes;
- a made-up claim that everyone does it (crowd_claims.py): "all our members take the annual plan";
- a false claim that she agreed beforehand (claimed_consent.py): 「您当时是签了字的」;
- a made-up problem with her booking (booking_trouble.py): "your room isn't ready yet";
- the business's opening hours misstated (opening_hours.py): 「早上七点到晚上十点都开」.

Saying one cannot do what the brief lets one do (「我这边处理不了」) is conduct told against the
brief (denied_authority.py, conduct.py).
"""

from __future__ import annotations

from collections.abc import Callable

from graphs.practice_dialogue.booking_trouble import booking_trouble
from graphs.practice_dialogue.claimed_consent import claimed_consent
from graphs.practice_dialogue.crowd_claims import crowd_claim
from graphs.practice_dialogue.defended_charges import defended_charge
from graphs.practice_dialogue.denied_offers import denied_offer
from graphs.practice_dialogue.denied_provisions import denied_provision
from graphs.practice_dialogue.denied_rights import denied_right
from graphs.practice_dialogue.false_excuses import false_excuse
from graphs.practice_dialogue.false_stock import running_out
from graphs.practice_dialogue.forecasts import forecast_promise
from graphs.practice_dialogue.free_amenities import free_amenity
from graphs.practice_dialogue.full_refunds import full_refund
from graphs.practice_dialogue.opening_hours import wrong_hours
from graphs.practice_dialogue.price_rises import is_price_rise, price_rise, rise_claims
from graphs.practice_dialogue.process_hassles import process_hassle
from graphs.practice_dialogue.quick_times import quick_time
from graphs.practice_dialogue.rival_claims import rival_claim
from graphs.practice_dialogue.rival_put_downs import rival_put_down
from graphs.practice_dialogue.short_waits import short_wait
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.threats import THREAT_LABEL, harm_clause, threat_in
from graphs.practice_dialogue.unsupported_claims import unsupported_claim
from graphs.practice_dialogue.withheld_prices import PRICE_FACT, withheld_price
from graphs.scenarios import Scenario


def _threat(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    return THREAT_LABEL[scenario.language] if threat_in(sentence, asking) else None


DETECTORS: tuple[Callable[[Scenario, TurnText, bool], str | None], ...] = (
    _threat,
    running_out,
    price_rise,
    defended_charge,
    process_hassle,
    false_excuse,
    withheld_price,
    full_refund,
    denied_right,
    forecast_promise,
    unsupported_claim,
    free_amenity,
    rival_claim,
    rival_put_down,
    denied_offer,
    denied_provision,
    quick_time,
    short_wait,
    crowd_claim,
    claimed_consent,
    booking_trouble,
    wrong_hours,
)
"""Each gives the label of its breach in the sentence, or None."""


def untrue_claims(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """The labels of the breaches above the sentence makes, in order, once each."""
    made: list[str] = []
    for detect in DETECTORS:
        label = detect(scenario, sentence, asking)
        if label is not None and label not in made:
            made.append(label)
    return made


def tells_price_rise(scenario: Scenario, made: list[str]) -> bool:
    """Whether a made-up price rise is among the claims: its figure is no offer."""
    return any(is_price_rise(scenario, c) for c in made)


def restated_prices(scenario: Scenario, made: list[str]) -> list[str]:
    """The claims a made-up rise restates: a wrong price beside it (the rise's figure, 「明天就涨到
    五千」, is the rise, which its label names with the true price, not a second break); or the
    rise itself where the scenario's own claim of a rise was made (虚假的限时优惠 by 明天就涨价)."""
    if not tells_price_rise(scenario, made):
        return []
    if rise_claims(scenario) & set(made):
        return [c for c in made if is_price_rise(scenario, c)]
    return [f.claim for f in scenario.facts if f.claim in made and PRICE_FACT.search(f.claim)]


def untrue_quote(scenario: Scenario, claim: str, sentence: TurnText) -> str | None:
    """What the report quotes of a claim no single clause makes: of a threat, its harm ("I'll have
    to put you in the noisy room next to the lift"), not the refusal before it."""
    return harm_clause(sentence) if claim == THREAT_LABEL[scenario.language] else None
