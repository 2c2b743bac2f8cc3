"""Verbless FAQ answers that give a time limit, read with their question's subject and verb.

"At least 3 weeks before the trip." under "How far ahead must a school group book?" is "A school
group must book at least 3 weeks before the trip." (under "… must I book?", "Customers must book
…"): alone it opens on a condition, and was read as
no rule ("cannot yet make a question of 'At least 8 weeks before the event.'"; session 12
designer, m4).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.asker_orders import EN_FINITE
from graphs.text.word_class import en_verb_lemma, subject_and_action

_EN_WHEN_ASKED = re.compile(
    r"^(?:Q\d*\s*[:.]\s*)?(?:when|by when|how\s+(?:far\s+ahead|far\s+in\s+advance|early|soon))\s+"
    r"(?:must|should|need|needs|has\s+to|have\s+to)\s+(?P<rest>[^?]+)\?$",
    re.IGNORECASE,
)
_ASKER = frozenset(["i", "we"])
"""The FAQ's asker: a customer asking what they must do (session 15 D7, m4: "At least 7 days in
advance." under "How far in advance must I book?" was left unread)."""
_EN_TIMED = re.compile(
    r"^(?:at\s+least|at\s+most|no\s+later\s+than|not\s+later\s+than|within|by|before|up\s+to)\b",
    re.IGNORECASE,
)


def timed_answer(question: str, answer: str, language: Language) -> str | None:
    """The answer stated with its question's subject and verb, or None when the answer has a
    verb, gives no time limit, or the question names no subject and verb."""
    if language != "en" or not _EN_TIMED.match(answer) or EN_FINITE.search(answer):
        return None
    asked = _EN_WHEN_ASKED.match(question.strip().strip("*").strip())
    if asked is None:
        return None
    words = asked["rest"].split()
    if (
        len(words) > 1
        and words[0].lower() in _ASKER
        and en_verb_lemma(words[1]) == words[1].lower()
    ):
        # "How far in advance must I book?": the one who asks is the customer the FAQ answers.
        action = " ".join(words[1:])
        first = answer[0].lower() if answer[1:2].islower() else answer[0]
        return f"Customers must {action} {first}{answer[1:]}"
    # The longest subject before a verb: "a school group book" is "a school group" + "book".
    split = subject_and_action(words, last=True)
    if split is None:
        return None
    subject, action = split
    first = answer[0].lower() if answer[1:2].islower() else answer[0]
    return f"{subject[0].upper()}{subject[1:]} must {action} {first}{answer[1:]}"
