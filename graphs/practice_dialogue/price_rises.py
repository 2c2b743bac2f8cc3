"""A made-up price rise: "the price goes up to USD 100 at midnight", 「下周一起年卡要涨到四千五」.

No scenario's brief announces a rise, so a rise told to hurry her is untrue, and it is named as
that: a made-up price rise with the true price beside it, not as a wrong price or an offer
beyond the learner's limits (its figure is neither: claims.py drops them for it). A rise the scenario's own text tells of is true; the rival's rise
("their price goes up after six months", 「隔壁过半年就涨价」, and "it goes up after six months"
said of it: a bare "it" names no price of ours) is the honest comparison the broadband brief asks
for; a question ("会不会涨价？"), a negated rise ("价格不会涨") and one the
learner does not know of ("明年会不会调整我不清楚") claim nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.charges import RIVAL
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.withheld_prices import price_note
from graphs.scenarios import Scenario

RISE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?<![不没别会要])(?:涨价|涨到|涨成|涨回|(?:就|要|会|得|将)涨|上调|提价|调价到|恢复原价)"
    ),
    "en": re.compile(
        r"\b(?:price|prices|rate|rates|cost|costs|fee)(?:'s| is| are| will| goes| go)"
        r" (?:going |gonna |set to |about to )?(?:go up|goes up|up|rise|rising|rises|increase|"
        r"increasing|increases)\b"
        r"|\b(?:price|prices|rate|rates|cost|costs|fee)\b[^.!?;,]{0,12}\b(?:goes|go|going|shoots?) up"
        r" to\b|\b(?:rises|rise|increases|increase|jumps?) to\b"
        r"|\bback (?:up )?to (?:the )?full price\b",
        re.IGNORECASE,
    ),
}
"""A price said to go up."""
LABEL: dict[Language, str] = {"zh": "虚构涨价", "en": "A made-up price rise"}
"""The breach's name; the report adds the true price (the scenario's price fact) beside it."""


def price_rise(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a made-up price rise the sentence tells of, if any."""
    language = scenario.language
    if asking or RIVAL[language].search(sentence.raw):
        return None
    facts = " ".join(f.claim for f in scenario.facts)
    if RISE[language].search(f"{scenario.background} {facts}"):
        return None  # the scenario tells of the rise itself
    for found in RISE[language].finditer(sentence.raw):
        if not sentence.negated(found.start(), found.end()):
            return price_note(scenario, LABEL[language])
    return None


def is_price_rise(scenario: Scenario, claim: str) -> bool:
    """Whether `claim` is the label of a made-up price rise."""
    return claim.startswith(LABEL[scenario.language])


def rise_claims(scenario: Scenario) -> set[str]:
    """The scenario's own forbidden claims that tell of a rise by their patterns (虚假的限时优惠
    with 明天就涨价): one of them made names the rise already."""
    return {
        c.claim
        for stage in scenario.stages
        for c in stage.forbidden_claims
        if any(RISE[scenario.language].search(p) for p in c.patterns)
    }
