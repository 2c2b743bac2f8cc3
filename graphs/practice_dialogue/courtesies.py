"""Courtesies that the evaluation may hear as small talk, and what she says to them.

A turn that asks how she is ("How are you today?", 「您最近还好吗？」) or whether there is anything
else ("还有什么想问的吗？") wanders from the subject for the report, but a customer does not answer
it with "Sorry, what has that got to do with my broadband?": asked how she is, she says so in a
word, the first time (「不怎么样。」 while displeased, "Fine, thanks." otherwise), then her line;
asked for anything else, her next concern is her answer, with no reaction before it. Asked
about what she has just said herself ("Long drive" -> "Where did you drive in from? How was the
traffic?"), she answers in a word too: the learner is being friendly about her remark, not
wandering off; so she does asked about her journey here ("Have you come far today?", 「路上还顺利
吗？」, journey_questions.py). Asked again, the small talk gets its usual reaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.journey_questions import journey_question
from graphs.practice_dialogue.question_forms import last_question, question_kind
from graphs.practice_dialogue.subject import content_words, shared_words

WELLBEING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"^(?:您好|你好)?[，,]?(?:您|你)?(?:今天|最近|这几天|这阵子)?(?:感觉|过得|身体)?"
        r"(?:怎么样|还好吗|好吗|还行吗)"
    ),
    "en": re.compile(
        r"\bhow(?:'s| is| has) your (?:day|week|morning|evening)\b"
        r"|\bhow (?:are you|are things|are you doing|have you been|'s it going)\b",
        re.IGNORECASE,
    ),
}
"""A question about how she is, not about her business."""

_FINE: dict[tuple[Language, bool], str] = {
    ("zh", True): "还行吧。",
    ("zh", False): "不怎么样。",
    ("en", True): "Fine, thanks.",
    ("en", False): "Not great, to be honest.",
}


_TAKEN_UP: dict[tuple[Language, bool], str] = {
    ("zh", True): "还行，谢谢关心。",
    ("zh", False): "还行吧。",
    ("en", True): "Not too bad, thanks for asking.",
    ("en", False): "It was fine, thanks.",
}

_CAME_FAR: dict[tuple[Language, bool], str] = {
    ("zh", True): "有点远，谢谢关心。",
    ("zh", False): "还行吧。",
    ("en", True): "A fair way, thanks for asking.",
    ("en", False): "Far enough.",
}
"""Her word when asked where she has come from or whether it was far."""


def courtesy_reaction(
    reply: str, language: Language, *, mood: int, said_before: Sequence[str]
) -> str | None:
    """Her reaction to a turn the evaluation took for small talk, when it is a courtesy (see the
    module docstring): "" for none, her word on how she is, or None when it is no courtesy."""
    if question_kind(reply, language) == "anything-else":
        return ""
    question = last_question(reply)
    if question is None:
        return None
    journey = journey_question(reply, language)
    if WELLBEING[language].search(question):
        answer = _FINE[language, mood >= 0]
    elif journey == "from":  # "where from?" gets where from, though it takes up her "long drive"
        answer = _CAME_FAR[language, mood >= 0]
    elif journey is not None or (said_before and _takes_up(reply, said_before[-1], language)):
        answer = _TAKEN_UP[language, mood >= 0]
    else:
        return None
    if any(earlier.startswith(answer) for earlier in said_before):
        return None  # asked again: it is small talk now
    return answer


def _takes_up(reply: str, her_line: str, language: Language) -> bool:
    """The turn's questions ask about a word of her own last line ("Long drive" -> "Where did
    you drive in from?")."""
    words = content_words(her_line, language)
    questions = [q for q in re.split(r"(?<=[?？])", reply) if q.strip().endswith(("?", "？"))]
    # the asking clause only: "I really like your jacket, where did you get it?" takes up no
    # "really" of hers
    asking = [re.split(r"[,，;；.。!！]", q)[-1] for q in questions]
    return any(shared_words(words, q.lower(), language) for q in asking)


def friendly_follow_up(reply: str, her_lines: Sequence[str], language: Language) -> bool:
    """The turn asks about her own last remark or her journey here, and she has not had to
    answer one before: warmth at the desk, not small talk, for the report as for her (asked
    again, it is small talk)."""
    journey = journey_question(reply, language) is not None  # "Have you come far?"
    if not her_lines or not (journey or _takes_up(reply, her_lines[-1], language)):
        return False
    answers = (*_TAKEN_UP.items(), *_CAME_FAR.items())
    taken_up = {answer for (lang, _), answer in answers if lang == language}
    return not any(line.startswith(tuple(taken_up)) for line in her_lines)
