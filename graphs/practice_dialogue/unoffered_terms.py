"""A commitment of a length the brief never offers: "Shall I lock you in for 24 months then?".

The brief's offers carry their terms ("GBP 31 a month for 12 months", "12 期免息分期"); a learner
who ties her to another length (24 months, 两年合约) promises a deal nobody may sell, and a question
that proposes it ("Shall I sign you up for 36 months?") puts it on the table as surely as a
statement does: her yes would bind her to it. Such a term is an offer beyond what the learner may
offer (promises.BEYOND_OFFER), so it earns no point (the decision it asks for included) and the
report names it beside the offers that carry a term (`term_offers`).

A length is a figure of months or years, not denied ("it isn't 24 months"), said with a word of
commitment (lock in, sign up, 签两年) or with a contract put to her now ("a new two-year contract",
not "your contract ran four years"). A length the brief gives in
any of its offers is allowed, counted in days (a year is 12 months); a scenario whose offers run
for no length of months (a 60-day freeze, a 12-instalment plan: 年卡 is a year of its own) sets no
limit to check against.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import Figure, figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

DAYS = {"天": 1, "日": 1, "周": 7, "月": 30, "年": 360}
"""Each unit of a term in days: 12 months and a year are the same term."""
LENGTHS = ("月", "年")
"""The units of a contract's length."""
LENGTH = re.compile(
    r"(?:\d+|one|two|three|four|five|six|eighteen|twenty-four|thirty-six|[一二两三四五六七八九十]+)"
    r"[\s-]*(?:months?|years?|个月|年)",
    re.IGNORECASE,
)
"""Where a length of months or years is said ("24 months", "two-year", 两年): its words."""
COMMITMENT = re.compile(
    r"\b(?:lock|sign|tie|commit)(?:s|ed|ing)?\s+(?:you\s+|her\s+)?(?:in|up|down|on|to)\b"
    r"|签约|签[一二两三四五六七八九十\d]|绑定|锁定|续约|续[一二两三四五六七八九十\d]",
    re.IGNORECASE,
)
"""Words that tie her to a length of time."""
CONTRACT = re.compile(r"\b(?:contract|minimum term|fixed term)\b|合约|合同", re.IGNORECASE)
"""A contract named: a tie only when put to her now (`NOW`); "your contract ran four years" is
her past."""
NOW = re.compile(
    r"\b(?:shall|will|'ll|would|could|can|let me|new|want|like|take)\b|给您|帮您|要不要|办|换", re.I
)


def _days(term: Figure) -> float:
    return term.number * DAYS[term.unit] if term.unit in DAYS else 0.0


def _terms(text: str, scenario: Scenario) -> list[Figure]:
    return [f for f in figures(text, scenario.language) if f.unit in DAYS]


def term_offers(scenario: Scenario) -> list[str]:
    """The brief's offers that run for months or years: the lengths the learner may give."""
    return [
        item
        for item in scenario.learner.may_offer
        if any(f.unit in LENGTHS for f in _terms(item, scenario))
    ]


def unoffered_term(scenario: Scenario, sentence: TurnText) -> bool:
    """The sentence, statement or question, ties her to a length of time (a figure of months or
    years, not denied, beside a word of commitment) that none of the brief's offers gives."""
    ties = [*COMMITMENT.finditer(sentence.raw)]
    if NOW.search(sentence.raw):
        ties += CONTRACT.finditer(sentence.raw)
    if not any(not sentence.negated(m.start(), m.end()) for m in ties):
        return False
    offered = term_offers(scenario)
    if not offered:
        return False  # no offer runs for months: a freeze of 60 days sets no contract length
    allowed = {_days(f) for item in offered for f in _terms(item, scenario)}
    for m in LENGTH.finditer(sentence.raw):
        if sentence.negated(m.start(), m.end()):
            continue  # "it isn't 24 months, only 12"
        said = [f for f in _terms(m.group(), scenario) if f.unit in LENGTHS]
        if any(_days(f) not in allowed for f in said):
            return True
    return False
