"""Offers the brief gives denied: 「我们就这个价，没有优惠的」 where 12 期免息分期 is the learner's to
offer, "there are no discounts" beside a loyalty price (issue 12: missed).

What the learner may offer is in the brief (`may_offer`); an item of it that eases the price (an
instalment plan, a discount, a voucher, a lower rate) makes "no offer at all" untrue, and the
report names the offer withheld. A brief with no such offer leaves the sentence true; a negated
("不是没有优惠") or asked ("有没有优惠？") one claims nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

_ANY = "any"
NO_OFFER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:没有|没)(?:任何|什么)?(?P<any>优惠)|(?:什么|任何)(?P<any2>优惠)(?:都|也)(?:没有|没)"
        r"|(?P<any3>优惠)(?:是)?(?:一概|都)?(?:没有|没)(?:的|了)?|不(?:给|做)(?P<any4>优惠)|(?P<any5>优惠)不了"
        r"|(?:没有|没)(?:任何|什么)?(?P<discount>折扣)|不(?P<discount2>打折)"
        r"|(?:没有|没)(?:办法)?(?P<instalment>分期)|不(?:能|可以)(?P<instalment2>分期)"
    ),
    "en": re.compile(
        r"\b(?:there (?:are|is|'s)|we have|we've got|we offer) no (?:(?P<any>offers?|deals?)|"
        r"(?P<discount>discounts?|reductions?)|(?P<instalment>instal?ments?|payment plans?))\b"
        r"(?! on\b)"
        r"|\bwe (?:don't|do not|never|can't|cannot) (?:do|offer|give) (?:any )?(?:(?P<any2>offers?|"
        r"deals?)|(?P<discount2>discounts?|reductions?)|(?P<instalment2>instal?ments?|payment "
        r"plans?))\b(?! on\b)",
        re.IGNORECASE,
    ),
}
"""No offer said to exist: any offer (优惠, "deals"), or one of a kind: a discount, instalments.
A discount denied of one thing ("no discount on breakfast") is left alone."""
EASES: dict[Language, dict[str, re.Pattern[str]]] = {
    "zh": {
        "discount": re.compile(r"打折|折扣|\d+ ?折|减免|立减|优惠价|特价"),
        "instalment": re.compile(r"免息|分期"),
        _ANY: re.compile(r"免息|分期|优惠|打折|折扣|\d+ ?折|减免|立减|抵用券|代金券|特价|赠送"),
    },
    "en": {
        "discount": re.compile(
            r"\b(?:discount\w*|\d+ ?% off|(?:loyalty|occasion|special|reduced|lower) (?:price|rate)|"
            r"money off)\b",
            re.IGNORECASE,
        ),
        "instalment": re.compile(r"\b(?:interest-free|instal?ments?|payment plan)\b", re.I),
        _ANY: re.compile(
            r"\b(?:discount\w*|\d+ ?% off|(?:loyalty|occasion|special|reduced|lower) (?:price|rate)|"
            r"interest-free|instal?ments?|voucher|money off)\b",
            re.IGNORECASE,
        ),
    },
}
"""An offer that eases the price, by the kind a denial names."""
LABEL: dict[Language, str] = {
    "zh": "谎称没有优惠（可提供：{offers}）",
    "en": "Saying there is no offer (you may offer: {offers})",
}


def denied_offer(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label naming the brief's offers where the sentence says there are none of their
    kind, and names none itself (「没有别的优惠，但可以分12期免息」 tells her the offer)."""
    language = scenario.language
    eases = EASES[language]
    if asking or eases[_ANY].search(NO_OFFER[language].sub("", sentence.raw)):
        return None
    for found in NO_OFFER[language].finditer(sentence.raw):
        kind = next(k.rstrip("2345") for k, v in found.groupdict().items() if v)
        offers = [item for item in scenario.learner.may_offer if eases[kind].search(item)]
        if offers and not sentence.negated(found.start(), found.end()):
            separator = "；" if language == "zh" else "; "
            return LABEL[language].format(offers=separator.join(offers[:2]))
    return None
