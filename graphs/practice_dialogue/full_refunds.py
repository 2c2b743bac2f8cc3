"""A full refund the learner may not promise: 「练不瘦全额退款」, 「要是效果不满意，钱全部退给您」,
"if you don't love it, you get your money back".

Promised on a condition of hers (不瘦, 不满意, "if you don't love it"), the refund is no less a
promise: the negation belongs to the condition, not to the refund, though a reader of negation
scopes takes 「练不瘦全额退款」 as denying it (signals.py). Only a negation right before the refund
(「不能全额退款」, 「不退全款」, "no refunds") denies it.

Named as the scenario's own claim of a refund where it has one (承诺可以随时全额退卡), else, where
the brief lets the learner refund nothing, by a plain label. Where the brief lets the learner
refund (the complaint's 120 polishing fee), a refund is no breach here.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

FULL_REFUND: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"全额退(?:款|费|钱|还|给)?|退全款|全部退(?:给|还|回|款)?|全退|(?:钱|费用|卡费)(?:都|全部|全)退"
        r"|如数退还|无条件退(?:款|钱|卡)?"
    ),
    "en": re.compile(
        r"\b(?:full refund|refund(?: you| it)? in full|(?:your |the )?money back|refund (?:you )?"
        r"(?:everything|the lot|all of it|every penny)|refund the (?:whole|full))\b",
        re.IGNORECASE,
    ),
}
"""A refund of everything."""
DENIED_RIGHT_BEFORE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:不|没|没有|无法|不能|不会|不可以|不给|不予|不支持|不提供)(?:能|会|可以|给您?|予)?$"
    ),
    "en": re.compile(
        r"\b(?:no|not|never|can't|cannot|won't|don't|isn't)(?: (?:a|any|give|offer|do|get|be))*\s*$",
        re.IGNORECASE,
    ),
}
"""A negation of the refund itself, right before it."""
REFUND_CLAIM = re.compile(r"全额退|退卡|退款|refund|money back", re.IGNORECASE)
REFUND_OFFER = re.compile(r"退|refund", re.IGNORECASE)
LABEL: dict[Language, str] = {
    "zh": "承诺无权给的全额退款",
    "en": "A full refund you may not promise",
}


def full_refund(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a full refund promised in the sentence, if the learner may not give one."""
    language = scenario.language
    if asking:
        return None
    own = next(
        (
            c.claim
            for stage in scenario.stages
            for c in stage.forbidden_claims
            if REFUND_CLAIM.search(" ".join([c.claim, *c.patterns]))
            and not re.search(r"拒绝|不退|refus", c.claim, re.IGNORECASE)
        ),
        None,
    )
    if own is None and any(REFUND_OFFER.search(line) for line in scenario.learner.may_offer):
        return None
    raw = sentence.raw
    for found in FULL_REFUND[language].finditer(raw):
        before = raw[max(0, found.start() - 24) : found.start()]
        if DENIED_RIGHT_BEFORE[language].search(before):
            continue
        return own or LABEL[language]
    return None
