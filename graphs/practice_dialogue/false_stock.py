"""A false claim that what she wants is running out: "the standard rooms are all full", "there's
only one room left in the hotel", 「名额只剩最后一个」, 「这个价位的房都订满了」.

Said to hurry her, it is pressure too (pressure.py); but it is first a statement of fact that the
scenario does not make, and the report names it as that: the scenario's own claim of false
scarcity where it has one (found by its wording: scarcity, 名额, 最后一个), else a plain label.
A scarcity the scenario's own text states ("only one suite is left tonight" in its background)
is true, her own booking said to be booked ("your room is booked") is none, and a negated ("we're not full at all") or asked ("are the rooms all full?") one claims
nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

RUNNING_OUT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:只|就|仅)(?:剩|有|留)(?:下)?(?:最后)?(?:一|两|二|三|几|\d)(?:个|间|张|位|套|份|席)"
        r"(?:名额|房|空位|位置|床位|号|了|啦)"
        r"|最后(?:一|两|几|\d)(?:个|间|张|位|套|份)(?:名额|房|空位|位置)"
        r"|(?:都|全|已经|早就)(?:被)?(?:订|约|定|住|排|卖|抢)?(?:满|完|光|空)了"
        r"|满房|爆满|售罄|卖断货|名额(?:不多|有限|快没|就剩|只剩|紧张)"
    ),
    "en": re.compile(
        r"\b(?:rooms?|suites?|places?|spots?|slots?|spaces?|tables?|seats?|tickets?|memberships?|"
        r"hotel|we)(?:'re| are| is|'s)? (?:all |completely |totally |fully |already )*"
        r"(?:full|booked(?: up)?|sold out|gone|taken)\b"
        r"|\b(?:fully booked|sold out|no rooms? left|nothing else (?:left|available))\b"
        r"|\bonly (?:one|two|three|a (?:couple|few)|\d+)(?: \w+)? (?:rooms?|suites?|places?|spots?|"
        r"slots?|ones?|spaces?|memberships?) (?:left|remaining|available)\b"
        r"|\b(?:the )?last (?:room|suite|one|place|spot|slot|space|membership)s? (?:left|available"
        r"|in the)\b",
        re.IGNORECASE,
    ),
}
"""What runs out: all full or sold, only a few or the last one left."""
HERS_BEFORE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:您|你)的[^，,。；;！!？?的]{0,6}$"),
    "en": re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
}
"""What is hers, named just before it: her own room or place booked is her booking confirmed,
no scarcity ("No pressure at all; your city-view room is booked and fine": session 26 trainer
P19 read it named 'False scarcity')."""
SCARCITY_CLAIM = re.compile(r"scarc|稀缺|名额|紧俏|last room|only one left", re.IGNORECASE)
"""The scenario's own claim of false scarcity, by its wording or its patterns."""
LABEL: dict[Language, str] = {
    "zh": "谎称所剩无几",
    "en": "A false claim that it is running out",
}


def running_out(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a false claim of scarcity the sentence makes, if any."""
    language = scenario.language
    if asking:
        return None
    told = f"{scenario.background} {' '.join(scenario.learner.may_offer)}"
    if RUNNING_OUT[language].search(told):
        return None  # the scenario says so itself: true
    for found in RUNNING_OUT[language].finditer(sentence.raw):
        if sentence.negated(found.start(), found.end()):
            continue
        if HERS_BEFORE[language].search(sentence.raw[: found.start()]):
            continue  # "your city-view room is booked": her own booking confirmed
        return own_claim(scenario) or LABEL[language]
    return None


def own_claim(scenario: Scenario) -> str | None:
    """The scenario's forbidden claim of false scarcity, if it has one."""
    return next(
        (
            c.claim
            for stage in scenario.stages
            for c in stage.forbidden_claims
            if SCARCITY_CLAIM.search(" ".join([c.claim, *c.patterns]))
        ),
        None,
    )
