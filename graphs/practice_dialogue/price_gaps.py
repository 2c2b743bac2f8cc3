"""A gap between two prices, said as a gap: "only 1 pound less than our loyalty price of 31",
"比隔壁就便宜 200 块".

The figure of a gap is no price of either thing it compares; reading it as one names a true
comparison of true prices a wrong price. The gap is true when a price said beside it, moved by the
gap, lands on a figure the brief gives (the rival's 30 is our 31 less 1). A gap that lands on none
("5 pounds less than our loyalty price of 31" where the rival asks 30) is not taken out, so the
figure is still checked against the fact it is said of (claims.py) and named.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures, in_digits
from graphs.scenarios import Scenario

_GAP: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"(?P<n>\d+(?:\.\d+)?)\s*(?:(?:pounds?|dollars?|quid|euros?|bucks?|gbp|usd)\s+)?"
        r"(?:(?P<less>less|cheaper|lower)|more|dearer|higher)\s+than\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"比[^，。,；;]*?(?:(?P<less>便宜|少|低)|贵|多|高)了?(?P<n>\d+(?:\.\d+)?)"),
}
"""A figure said as the difference of two prices, not as a price."""


def _brief_figures(scenario: Scenario) -> set[float]:
    language = scenario.language
    texts = [scenario.background, *scenario.learner.may_offer]
    return {f.number for text in texts for f in figures(text, language)}


def true_gaps(scenario: Scenario, sentence: str) -> set[float]:
    """The figures the sentence says as a gap between a price it states and a price the brief
    gives: no price of their own."""
    language = scenario.language
    text = in_digits(sentence, language)
    found = list(_GAP[language].finditer(text))
    if not found:
        return set()
    brief = _brief_figures(scenario)
    said = [f.number for f in figures(text, language)]
    gaps = set()
    for match in found:
        gap = -float(match["n"]) if match["less"] else float(match["n"])
        others = [n for n in said if n != abs(gap)]
        # "1 less than our 31": the thing compared costs 30 (the rival's price in the brief)
        if any(n + gap in brief for n in others):
            gaps.add(abs(gap))
    return gaps
