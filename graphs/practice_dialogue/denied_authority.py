"""Saying one cannot do what the brief lets one do: 「这笔钱是系统出的，我改不了」 from a front-desk
supervisor who may waive the fee, "I can't change that charge" from an agent who may cancel it.

The scenario says what the learner may waive or refund (its `may_offer` lines that waive,
waivers.py). Where it says so, a sentence about a charge (费, 钱, 价, a fee, a charge, a bill)
that claims no power to change, waive or refund it is untrue, and it withholds the remedy: a
break of its own (conduct.py). A limit stated beside an offer ("the cleaning fee stays, but I can
refund the 120") or about a charge the brief does not let the learner waive (洗牙费) is honest.

Saying one cannot handle the matter at all (「这事我这边处理不了」, 「这个我解决不了」, "I can't do
anything about your bill") is as untrue wherever the brief gives the learner remedies
(`may_offer`), money named or not: the remedies are the learner's to give. "I can't do anything
about the speed myself, but I can book an engineer" offers one after the limit, honest.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.deflection import DEFLECTION
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.waivers import CHARGE_NAMES, named_in_waivers, waiver_lines
from graphs.scenarios import Scenario

NO_AUTHORITY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:改|动|退|免|减|撤|删)不了|没(?:法|办法)(?:改|动|退|免|减|撤)|不能(?:改|动|免|减)"
        r"|做不了(?:这个)?主|说了不算|没(?:有)?(?:这个)?(?:权限|权力)|无权"
    ),
    "en": re.compile(
        r"\b(?:i|we)(?:'m| am|'re| are)? (?:can't|cannot|can not|not able to|unable to|not allowed"
        r" to) (?:change|waive|refund|remove|cancel|alter|override|touch|adjust|reverse|take)"
        r"\b|\b(?:i|we) (?:don't|do not) have the (?:authority|power|permission)\b"
        r"|\bnot (?:something|anything) (?:i|we) can (?:change|waive|refund|touch)\b",
        re.IGNORECASE,
    ),
}
"""Words that deny the power to change a charge (改不了, 做不了主, "I can't waive it")."""
CANNOT_HANDLE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:我|我们)(?:这边|这里|前台)?(?:也|真的|实在|确实|是)*(?:处理|解决|办|管|帮|弄)不了"
    ),
    "en": re.compile(
        r"\b(?:i|we)(?: really| just| honestly)? (?:can't|cannot|can not|am not able to|'m not able"
        r" to)(?: really| actually| honestly)? (?:do anything|help you)(?: at all)?\b"
        r"|\bnothing (?:i|we) can (?:really )?do about\b",
        re.IGNORECASE,
    ),
}
"""Words that deny handling the matter at all (处理不了, "I can't do anything about it", "I can't
really do anything about the price": session 21 P14 bb-weak, where 31 and 36 are allowed)."""
MONEY_TOLD_EN = re.compile(
    r"\b(?:fees?|charges?|bill|price|cost|amount|payment|rate)\b", re.IGNORECASE
)
"""A money matter in a sentence of `CANNOT_HANDLE` in English ("about your bill"): where the brief
lets the learner change a price or a charge, that is untrue; "I can't do anything about the
weather" is no remedy withheld."""
MONEY_MATTER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"费|钱|价|账|收费|金额"),
    "en": re.compile(r"\b(?:fees?|charges?|bill|price|cost|amount|payment)\b", re.IGNORECASE),
}
"""What the denied power is over: a charge."""
OFFER_AFTER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"不过|但是?|可是|可以|只能|(?:帮|给|替)(?:您|你)"),
    "en": re.compile(
        r"\b(?:but|however|what i can|i can|instead|let me|i'll|i will)\b", re.IGNORECASE
    ),
}
"""A remedy offered after the limit: the limit is a true one."""


def about_a_waivable_charge(
    scenario: Scenario, raw: str, *, unnamed: re.Pattern[str] | None = None
) -> bool:
    """The words speak of money, and the charges they name (those `unnamed` matches left aside),
    if any, include one the brief lets the learner waive: 洗牙费退不了 is about a charge the brief
    does not let the learner waive."""
    language = scenario.language
    lines = waiver_lines(scenario)
    if not lines or not MONEY_MATTER[language].search(raw):
        return False
    charges = [
        m.group(0)
        for m in CHARGE_NAMES[language].finditer(raw)
        if unnamed is None or not unnamed.match(m.group(0))
    ]
    return not charges or any(named_in_waivers(c, lines, language) for c in charges)


def denies_authority(scenario: Scenario, sentence: TurnText) -> re.Match[str] | None:
    """Where the words deny the learner a power over a charge the brief lets the learner waive."""
    language = scenario.language
    raw = sentence.raw
    # 「这个我管不了，您得找医生」 passes the buck (conduct.py names it so), one break
    if scenario.learner.may_offer and not DEFLECTION[language].search(raw):
        for found in CANNOT_HANDLE[language].finditer(raw):
            if language == "en" and not MONEY_TOLD_EN.search(raw):
                continue
            if not OFFER_AFTER[language].search(raw[found.end() :]):
                return found
    if not about_a_waivable_charge(scenario, raw):
        return None
    for found in NO_AUTHORITY[language].finditer(raw):
        if not OFFER_AFTER[language].search(raw[found.end() :]):
            return found
    return None
