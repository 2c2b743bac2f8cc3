"""A full refund the learner may not promise: 「练不瘦全额退款」, 「要是效果不满意，钱全部退给您」,
"if you don't love it, you get your money back".

Promised on a condition of hers (不瘦, 不满意, "if you don't love it"), the refund is no less a
promise: the negation belongs to the condition, not to the refund, though a reader of negation
scopes takes 「练不瘦全额退款」 as denying it (signals.py). Only a negation right before the refund
(「不能全额退款」, 「不退全款」, "no refunds") denies it.

Named as the scenario's own claim of a refund where it has one (承诺可以随时全额退卡), else, where
the brief lets the learner refund nothing, by a plain label. Where the brief lets the learner
refund one thing (the complaint's 120 polishing fee), a refund of everything that names no such
thing (「我马上给您全额退款」, session 24 trainer P17: heard only as a timing lie) is named too;
the whole of the thing she may refund (「120元抛光费全额退给您」) is no breach.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.promises import names_an_offer, offer_words
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
REFUND_WORD = re.compile(r"退|款|到账|全额|refund|money|back|full", re.IGNORECASE)
"""A word of refunding itself, which names no thing refunded."""
LABEL: dict[Language, str] = {
    "zh": "承诺无权给的全额退款",
    "en": "A full refund you may not promise",
}
PART_LABEL: dict[Language, str] = {
    "zh": "承诺全额退款（只能退允许的那一部分）",
    "en": "A full refund where only part may be refunded",
}
"""A refund of everything where the brief lets the learner refund one thing (the 120 元
polishing fee): 「我马上给您全额退款」 promises the whole bill."""


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
    offers = scenario.learner.may_offer
    if own is None and any(FULL_REFUND[language].search(line) for line in offers):
        return None  # the brief lets her refund everything
    refunds_a_part = own is None and any(REFUND_OFFER.search(line) for line in offers)
    raw = sentence.raw
    for found in FULL_REFUND[language].finditer(raw):
        before = raw[max(0, found.start() - 24) : found.start()]
        if DENIED_RIGHT_BEFORE[language].search(before):
            continue
        if refunds_a_part and names_the_refund(scenario, sentence):
            continue  # 「120元抛光费全额退给您」: all of the part she may refund
        return own or (PART_LABEL if refunds_a_part else LABEL)[language]
    return None


def names_the_refund(scenario: Scenario, sentence: TurnText) -> bool:
    """The sentence names the thing the brief lets the learner refund (its sum, its words other
    than those of refunding: 抛光费, not 退款): the whole of that is hers to give, not the bill."""
    lines = [line for line in scenario.learner.may_offer if REFUND_OFFER.search(line)]
    refunding = offer_words(
        " ".join(m.group() for m in FULL_REFUND[sentence.language].finditer(sentence.raw))
    )
    words = offer_words(sentence.raw) - refunding
    things = {w for w in offer_words(" ".join(lines)) if not REFUND_WORD.search(w)}
    if words & things:
        return True
    sums = [f for f in figures(" ".join(lines), sentence.language) if f.unit == "元"]
    said = figures(sentence.raw, sentence.language)
    return any(f.matches(s) for f in said for s in sums) or (
        not sums and names_an_offer(scenario, TurnText.of(" ".join(words), sentence.language))
    )
