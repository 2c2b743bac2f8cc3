"""A charge waived or refunded beyond what the learner may waive.

The scenario's brief says what may be waived (免除未事先告知的 120 元抛光费, "cancellation without a
fee within 30 days"). A waiver or refund in the learner's own words goes beyond it when it names a
sum none of those lines allows, above the most they waive (整单 400 块全退, the 200 of the cleaning
with the 120; 退80元 of the 120 is a part, within it) or a charge
none of them names (洗牙费也不收了, "I'll waive your upgrade charge"): an offer beyond the learner's
authority, flagged as one and earning no remedy credit. Where no line allows a waiver, any waiver
of a named charge or a sum goes beyond.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import Figure, figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

WAIVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"退(?:掉|给|还|回|您|你)?(?!不)|免除|免了|免掉|全免|免单|不收"),
    "en": re.compile(
        r"\b(?:waive[sd]?|refund(?:ed)?|write (?:it |that )?off|won't charge|will not charge|"
        r"not charge you|credit (?:you|your account|your bill)|without a fee|no fee)\b",
        re.IGNORECASE,
    ),
}
"""Words that take a charge off her."""
CHARGE_NAMES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[\u4e00-\u9fff]{2}的?费"),
    "en": re.compile(
        r"\b[a-z]+(?:'s)? (?:fees?|charges?|bills?|rental)\b|\b(?:fees?|charges?)\b", re.IGNORECASE
    ),
}
"""A charge named by what it is for (洗牙费, 抛光的费用, "upgrade charge", "month's bill")."""
_CLAUSE = re.compile(r"[，,。；;！!？?、:：]")
"""A waiver's own clause: a list (免除120元抛光费、送100元抵用券) gives each item its own."""
_MONEY_UNITS = {None, "元", "块", "pounds", "dollars"}


def waiver_lines(scenario: Scenario) -> list[str]:
    """The lines of what the learner may offer that waive or refund a charge."""
    language = scenario.language
    return [line for line in scenario.learner.may_offer if WAIVES[language].search(line)]


def _money(said: Figure) -> bool:
    return said.unit in _MONEY_UNITS and said.number >= 10


_POINTED: dict[Language, frozenset[str]] = {
    "zh": frozenset(
        {"这笔", "那笔", "这个", "那个", "这项", "那项", "这些", "那些", "这部", "这份"}
    ),
    "en": frozenset({"this", "that", "the", "these", "those"}),
}
"""Words that point at the charge in question (这笔费用, "that fee"): no other charge named
(issue 12: 「您没签过字，这笔费用给您免了」 was flagged beyond authority where the brief lets the
learner waive the undisclosed fee)."""


def named_in_waivers(charge: str, lines: list[str], language: Language) -> bool:
    """The charge is one a waiver line names: its word before 费 / before "fee"; or, where a line
    allows a waiver, the charge in question pointed at (这笔费用, "that fee")."""
    # 「抛光的费用」 names 抛光 as 抛光费 does (session 25 lead: 「抛光的费用我们不收了」 was 超出权限
    # where the brief lets the learner waive the undisclosed 抛光费)
    head = (
        charge[:-1].removesuffix("的")
        if language == "zh"
        else charge.split()[0].lower().removesuffix("'s")
    )
    if lines and head in _POINTED[language]:
        return True
    return any(head in line.lower() for line in lines) or head in {"fee", "fees", "a", "no"}


def beyond_waiver(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The clause that waives or refunds beyond the waivers the learner may give, if any."""
    if asking:
        return None
    language = scenario.language
    lines = waiver_lines(scenario)
    allowed = {f.number for line in lines for f in figures(line, language)}
    # a part of the most the learner may waive is no more than allowed: 退80元 of the 120
    # (part_offers.py answers what is still missing)
    most = max(
        (f.number for line in lines for f in figures(line, language) if _money(f)), default=0
    )
    for clause in _CLAUSE.split(sentence.raw):
        waives = [
            m
            for m in WAIVES[language].finditer(clause)
            if not TurnText.of(clause, language).negated(m.start(), m.end())
        ]
        if not waives:
            continue
        sums = [
            f
            for f in figures(clause, language)
            if _money(f) and f.number not in allowed and f.number > most
        ]
        charges = [
            m.group(0)
            for m in CHARGE_NAMES[language].finditer(clause)
            if not named_in_waivers(m.group(0), lines, language)
        ]
        if sums or charges:
            return clause.strip()
    return None
