"""A question about her journey here: courtesy at the desk, not small talk.

Asked where she has come from, whether it was far or how the trip was ("Have you come far
today?", "How was the drive in?", 「您今天从哪儿过来的？」, 「路上还顺利吗？」), a customer arriving
at a hotel desk, a clinic or a shop answers in a word and gets on with her business: the learner
is being welcoming, not wandering off (courtesies.py says her word). Asked about anything else of
the learner's choosing (last night's match, the learner's own commute) it stays small talk
(chat_words.py); so does the traffic (「路上堵车了吧？」), the weather of the road. A question
about her earlier visits is not one: whether she has been before is
a fact of her persona this module does not know.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import CHAT
from graphs.practice_dialogue.question_forms import last_question

JourneyKind = Literal["from", "how"]

_FROM: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\bwhere (?:have|did|are|were) you\b[^?]{0,25}"
        r"\b(?:driv\w*|travel\w*|fl[eoy]\w*|com\w*|came|set off|start\w* out|left)\b"
        r"|\bwhich (?:way|direction|route) (?:did|have) you (?:come|drive|travel)\w*\b"
        r"|\b(?:have|did) you (?:come|driven|travell?ed|flown|drive|travel|fly) (?:far|a long way)\b"
        r"|\bhow far (?:have|did) you\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"从哪[儿里]?(?:过来|来|开过来|飞过来)|过来(?:远不远|远吗|得远吗)|远道而来"),
}
"""Where she has come from, or whether it was far."""
_HOW: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\bhow (?:was|'s|is|has been) (?:the|your) (?:journey|trip|drive|flight|ride|train)\b"
        r"|\b(?:did|have) you (?:have )?(?:a )?(?:good|nice|easy|smooth|long) "
        r"(?:journey|trip|drive|flight)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"路上(?:还)?(?:顺利|辛苦|好走|累|怎么样)|一路(?:上)?(?:辛苦|顺利|还好)"),
}
"""How the journey went."""

_OWN = re.compile(r"\bmyself\b|\bi'm from\b|\bi (?:come|came) from\b|我(?:也|自己)?是从|我老家")
"""The learner's own origin beside the question ("I'm from up north myself, where are you
driving from?"): chat about the learner, not a welcome."""


def journey_question(reply: str, language: Language) -> JourneyKind | None:
    """What the turn's last question asks about her journey here ("from": where from or how
    far; "how": how it went), or None when it asks nothing of it or said beside talk of the learner's own day or origin."""
    question = last_question(reply)
    if question is None or CHAT[language].search(reply) or _OWN.search(reply):
        return None
    if _FROM[language].search(question):
        return "from"
    if _HOW[language].search(question):
        return "how"
    return None
