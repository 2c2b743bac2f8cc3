"""A closing question that names the deal asks for her decision, in whatever words.

"So do you want the GBP 31 deal?" asks her to say yes to the loyalty price as plainly as the
author's "Would you like to stay?", but none of the decision point's keywords is in it (session 19
end trainer P12: "Not done: Ask for her decision"). A question of the proposal form
(do you want, would you like, shall I; 要不要, 办吗, and 可以吗 after a deal) that names
something the learner may offer (a content word of `may_offer`, or one of its sums) makes the
goal stage's decision points: those its author answers with her yes (`agrees`). A proposal about
the talk itself ("Have you got a minute?"), to tell her more ("Would you like me to explain the
plan?") or naming no offer ("Would you like a reference number?") asks no decision; a breach in it (an unoffered term) has already withheld its credit
(claims.credited_part).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.promises import offer_words
from graphs.practice_dialogue.question_forms import ABOUT_THE_TALK, PROPOSAL
from graphs.scenarios import Scenario

DECIDE = {
    "zh": re.compile(r"(?:要不要|想不想|办不办|定不定|签不签|选哪|就办|今天办|办吗|要吗|定了吗)"),
    "en": re.compile(r"\b(?:do you want|would you like|shall i|shall we|are you happy)\b", re.I),
}
"""A proposal asking her to choose, in the clause that names the deal."""
TELLING = {
    "zh": re.compile(r"介绍|讲讲|说说|了解一下|解释"),
    "en": re.compile(
        r"\b(?:explain|tell you|go through|walk you through|hear|know more|more about|details)\b",
        re.I,
    ),
}
"""A proposal to tell her more ("Would you like me to explain the plan?"): no decision asked."""
_GENERIC = frozenset({"month", "months", "days", "night", "nights", "free", "offer", "price"})
"""Words of `may_offer` that name no offer of their own ("a month", "any offer")."""


def decision_points(scenario: Scenario) -> list[int]:
    """The goal stage's points asked for by a question that her yes answers."""
    goal = scenario.stage(scenario.end.goal_stage)
    yes_tags = {
        t for s in scenario.stages for line in s.persona_lines if line.agrees for t in line.answers
    }
    return [
        index
        for index, point in enumerate(goal.points)
        if point.by_asking and scenario.point_tag(goal.id, index) in yes_tags
    ]


def names_the_deal(scenario: Scenario, raw: str) -> bool:
    """The text names one of the learner's offers: a content word of it, or one of its sums."""
    offers = " ".join(scenario.learner.may_offer)
    if (offer_words(raw) & offer_words(offers)) - _GENERIC:
        return True
    told = {f.number for f in figures(offers, scenario.language) if f.number >= 10}
    return any(f.number in told for f in figures(raw, scenario.language) if f.unit in (None, "元"))


def asks_the_deal(scenario: Scenario, raw: str) -> str | None:
    """The words that ask, when the sentence is a question proposing the deal by name ("So do you
    want the GBP 31 deal?", "Would you like the 500 Mb plan, then?"); None otherwise."""
    language = scenario.language
    asking = raw.rstrip().endswith(("?", "？")) or question_starts(raw) is not None
    if not asking or ABOUT_THE_TALK[language].search(raw) or TELLING[language].search(raw):
        return None
    proposal = DECIDE[language].search(raw) or (
        PROPOSAL[language].search(raw) if language == "zh" else None
    )
    return proposal.group() if proposal and names_the_deal(scenario, raw) else None
