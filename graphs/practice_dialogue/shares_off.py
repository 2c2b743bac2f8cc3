"""A price off by a share ("50% off", "half price", 打五折) where the brief offers none.

A scenario's brief (its background and what the learner may offer) states the prices staff may
give; when it names no share off, a learner who gives one goes beyond what the learner may
offer, whatever figure follows ("50% off, so 15 a month"): promises.beyond_offer reports it.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

OFFER_CLAUSE = re.compile(r"[，,;；。.!！?？]|\bor\b|或者")
"""Where an offer's clause ends (promises.beyond_offer quotes the clause, as this does)."""
SHARE_OFF = re.compile(
    r"(?:\b(?:\d+|half) ?(?:%|per ?cent) off|\bhalf(?: the)? price|半价|打.?折|[一二三四五六七八九]折)",
    re.IGNORECASE,
)
"""A price off by a share ("50% off", "half price", 打五折)."""
_DISCOUNT_CLAIM = re.compile(r"折扣|打折|discount", re.IGNORECASE)


def share_off(scenario: Scenario, sentence: TurnText) -> str | None:
    """The clause giving a share off the price where the brief offers none (its background and
    what the learner may offer name no share off): an offer beyond the learner's authority,
    whatever figure follows ("50% off, so 15 a month"). A scenario that forbids discounts by a
    claim of its own ("虚假的折扣") hears the share off it names (打八折) as that claim; any other
    (打五折, where the author listed 八折, 九折, 七折) is beyond the learner's authority here."""
    brief = " ".join([scenario.background, *scenario.learner.may_offer])
    if SHARE_OFF.search(brief):
        return None
    claims = [c for stage in scenario.stages for c in stage.forbidden_claims]
    if any(
        _DISCOUNT_CLAIM.search(c.claim) and sentence.said_any([c.claim, *c.patterns])
        for c in claims
    ):
        return None  # heard as the scenario's own claim in its words (虚假的折扣: 打八折)
    for clause in OFFER_CLAUSE.split(sentence.raw):
        found = SHARE_OFF.search(clause)
        if found and not TurnText.of(clause, sentence.language).negated(*found.span()):
            return clause.strip()
    return None
