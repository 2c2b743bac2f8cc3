"""Scenario words read in their sense, not as bare strings.

A scenario's word that is also an everyday word and that the scenario sells with a figure ("the
150 Mb plan", "the 500 Mb plan at GBP 36") is a product of the trade: in a learner's sentence it
means that product only beside its context, another word of the subject or a figure ("which plan,
the 150 one?"), not in "Do you have any plans for the weekend?". Where the scenario never puts a
figure to it (a hotel guest's "plans" for the stay) the everyday sense is the scenario's own, and
the word counts as it is ("What time are you planning to head off on Sunday?"). An indefinite pronoun
("anything", "something"), which lemminflect also knows as a noun, is never the subject.
understanding.py reads a sentence's subject words through `in_their_sense`.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.subject import EN_COMMON_VERBS
from graphs.scenarios import Scenario
from graphs.text.terms import find_numbers

INDEFINITE_PRONOUNS = frozenset(
    ["anything", "something", "everything", "nothing", "anyone", "someone", "everyone"]
)
"""Words that stand for any thing or person: they name nothing of a scenario."""
ZH_EVERYDAY = frozenset(["计划", "安排", "打算"])
"""Chinese words of a scenario that are also everyday words (plans, arrangements)."""


def _everyday(word: str, language: str) -> bool:
    folded = word.lower()
    if language == "zh":
        return folded in ZH_EVERYDAY
    return folded in EN_COMMON_VERBS or folded.rstrip("s") in EN_COMMON_VERBS


FIGURE_BEFORE = r"\d[\w\s]{0,8}?"
"""A figure a few characters before the word: "150 Mb plan", "12期计划"."""


def _sold_with_a_figure(word: str, scenario: Scenario) -> bool:
    """Whether the scenario's own text names the word with a figure before it (a product)."""
    text = "\n".join(
        [
            scenario.background,
            *scenario.learner.may_offer,
            *(point.text for stage in scenario.stages for point in stage.points),
        ]
    ).lower()
    stem = re.escape(word.lower().rstrip("s"))
    bounded = stem if scenario.language == "zh" else rf"\b{stem}"
    return re.search(FIGURE_BEFORE + bounded, text) is not None


def in_their_sense(terms: list[str], sentence: str, scenario: Scenario) -> list[str]:
    """The subject words of one sentence that mean the scenario's thing there: a product named by
    an everyday word only beside another subject word or a figure; an indefinite pronoun never."""
    named = [t for t in terms if t.lower() not in INDEFINITE_PRONOUNS]
    language = scenario.language
    products = [t for t in named if _everyday(t, language) and _sold_with_a_figure(t, scenario)]
    if not products or len(products) < len(named) or find_numbers(sentence):
        return named
    return []
