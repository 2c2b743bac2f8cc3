"""A proposal: a question that asks the customer for a yes ("您看可以吗？", "Would that work for
you?", "Shall I book it?"), known by its form, not by a scenario's keywords.

A proposal about the talk itself ("咱们聊两分钟？", "Have you got a minute?") asks for no decision.
One that refers back to what was said ("就按这几条办，您看行吗？", "Would you like to give it a
try?") is on the scenario's subject though it names none of its words.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import sentences

PROPOSAL = {
    "zh": re.compile(
        r"(?:可以吗|行吗|好吗|好不好|行不行|可不可以|这样怎么样|您看怎么样|成吗|合适吗|方便吗|"
        r"您看呢|你看呢|要不要)\s*[?？]?\s*$"
    ),
    "en": re.compile(
        r"\b(?:would that work|does that work|would that suit|does that suit|does that sound|"
        r"how does that sound|sound good|is that ok(?:ay)?|is that all right|are you happy|"
        r"happy with that|shall i|shall we|would you like|do you want|can i go ahead|"
        r"work for you|suit you|want me to)\b",
        re.IGNORECASE,
    ),
}
"""The forms of a question that asks for a yes (zh: its ending; en: anywhere in it)."""
ABOUT_THE_TALK = {
    "zh": re.compile(r"聊|几分钟|两分钟|一会儿|耽误"),
    "en": re.compile(r"\b(?:a minute|a moment|a quick word|a chat|talk)\b", re.IGNORECASE),
}
"""A proposal about the conversation itself, not the deal: it asks for no decision."""


REFERS_BACK = {
    "zh": re.compile(r"这样|这么|这几|这个|那就|就按|刚才"),
    "en": re.compile(r"\b(?:that|it|this|these|them)\b", re.IGNORECASE),
}
"""Words that point back to what the conversation is about."""


def proposal_in(reply: str, language: Language) -> str | None:
    """The reply's proposal: its last question, when that asks for a yes (None for a proposal
    about the talk itself)."""
    for sentence in reversed(sentences(reply)):
        asks = sentence.endswith(("?", "？")) or question_starts(sentence) is not None
        if asks and PROPOSAL[language].search(sentence):
            return None if ABOUT_THE_TALK[language].search(sentence) else sentence
        if asks:
            return None  # the turn's last question asks something else
    return None


def refers_back(sentence: str, language: Language) -> bool:
    """Whether a proposal points back to what was said ("就按这几条办，您看行吗？")."""
    return bool(PROPOSAL[language].search(sentence) and REFERS_BACK[language].search(sentence))
