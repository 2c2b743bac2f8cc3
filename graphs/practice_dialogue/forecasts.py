"""A forecast of what the brief forbids guaranteeing: "The speed should be a lot better after
that" where the brief says "You may not promise a guaranteed speed" (session 21 P14 bb-average:
passed as 「Honest and calm throughout」). No guarantee word is said, but she hears a promise, and
it is the one the brief forbids: named as the scenario's own guarantee claim.

Heard where the sentence names the claim's subject (its own words: "speed"; not the words of
the topic it names, for "restart the router and it should be fine" promises no speed) and says it will or should get better, faster, fine, back to
normal (应该会好很多, 肯定会快). A hedge ("hopefully", "might", "can't promise") or a negation
forecasts nothing; nor does a question, nor a forecast of an offer ("the engineer should be there
by ten"), which names no forbidden subject.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.promises import GUARANTEE_CLAIM, offer_words
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

FORECAST: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:肯定|一定|绝对|应该|就|马上就|很快就)(?:会|能)(?:变得?)?(?:好|快|稳定|恢复|改善|正常|顺畅|清楚)"
    ),
    "en": re.compile(
        r"\b(?:will|'ll|should|is going to|are going to|gonna)(?: definitely| certainly| surely)?"
        r" (?:be|get|feel|run|look)(?: a lot| much| way| far| loads| heaps)? (?:better|faster|"
        r"quicker|clearer|smoother|fine|perfect|great|sorted|fixed|back to normal)\b"
        r"|\b(?:will|'ll|should)(?: definitely)? (?:improve|pick up|clear up)\b",
        re.IGNORECASE,
    ),
}
"""Saying how it will be: better, faster, fine."""
HEDGE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"不(?:敢|能)保证|不一定|可能|也许|希望|但愿"),
    "en": re.compile(
        r"\b(?:hopefully|might|may|could|perhaps|maybe|no guarantee|can't promise|cannot promise|"
        r"can't guarantee|cannot guarantee|not sure|fingers crossed)\b",
        re.IGNORECASE,
    ),
}
"""Words that keep it a hope, not a promise."""
_NOTE = re.compile(r"[（(].*?[)）]")


def forecast_promise(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The scenario's guarantee claim whose subject the sentence forecasts better, if any."""
    language = scenario.language
    if asking or HEDGE[language].search(sentence.raw):
        return None
    found = next(
        (m for m in FORECAST[language].finditer(sentence.raw) if not sentence.negated(*m.span())),
        None,
    )
    if found is None:
        return None
    said = offer_words(sentence.raw)
    for stage in scenario.stages:
        for claim in stage.forbidden_claims:
            subject = offer_words(_NOTE.sub("", GUARANTEE_CLAIM.sub("", claim.claim)))
            if GUARANTEE_CLAIM.search(claim.claim) and subject & said:
                return claim.claim
    return None
