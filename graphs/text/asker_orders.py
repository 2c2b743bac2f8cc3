"""Orders an FAQ gives its asker, stated with the case or purpose the asker's question names.

"Email notice at least 30 days before …" under "How do I cancel?" is "To cancel, email notice …"
(`for_purpose`); "Hand them straight to the shop manager" under "What should I do if I find money
in a donation?" is "If you find money in a donation, hand them straight to the shop manager"
(`order_in_askers_case`). Cut from its question, such an order said neither what it was for nor
when it holds. graphs/text/faq_answers.py asks these for an answer under its question.
"""

from __future__ import annotations

import re

from graphs.text.imperatives import is_imperative
from graphs.text.word_class import en_verb_lemma

_EN_HOW_DO_I = re.compile(
    r"^(?:Q\d*\s*[:.]\s*)?how\s+(?:do|can|should|may)\s+(?:i|we)\s+(.+?)\?$", re.I
)
"""A question that names a purpose ("How do I cancel?"): an order answering it is for that purpose."""
_EN_ASKER = {"my": "your", "our": "your", "i": "you", "we": "you", "me": "you", "us": "you"}


_EN_AGREED = {"am": "are", "was": "were", "'m": "'re"}
"""The verb after "I" said to "you": "If I am sick" is "If you are sick", never "you am"
(session 26 designer D19, m4 Q2)."""
_EN_I_VERB = re.compile(r"\b(?:i|I)(\s+(?:am|was)\b|'m\b)")


def as_reader(words: str) -> str:
    """The asker's words said to them ("I find my wallet" -> "you find your wallet", "I am sick"
    -> "you are sick"), the verb after "I" agreeing with "you"."""
    agreed = _EN_I_VERB.sub(
        lambda m: "I" + re.sub(r"am|was|'m", lambda v: _EN_AGREED[v.group(0)], m.group(1)),
        words,
    )
    return re.sub(
        r"\b(?:my|our|i|we|me|us)\b",
        lambda m: _EN_ASKER[m.group(0).lower()],
        agreed,
        flags=re.I,
    )


_EN_NOT_ORDERS = frozenset(["up", "no", "yes", "only", "free", "open"])
EN_FINITE = re.compile(r"\b(?:must|may|can|cannot|should|shall|will|is|are|was|were|has|have)\b")


def _bare_order(answer: str) -> bool:
    """An order whose verb is also a noun and whose object is bare ("Email notice at least 30
    days before …"): a verb's base form first, no finite verb in its first clause."""
    match = re.match(r"\s*([A-Z][a-z]+)\s+([^,;:.]*)", answer)
    if match is None or match[1].lower() in _EN_NOT_ORDERS or EN_FINITE.search(match[2]):
        return False
    return en_verb_lemma(match[1]) == match[1].lower()


def for_purpose(question: str, answer: str) -> str | None:
    """An order answering "How do I cancel?" ("Email notice at least 30 days before …") stated
    with its purpose ("To cancel, email notice …"): cut from its question, it said neither what
    it was for nor who does it (session 11 designer, m4 TF #8)."""
    asked = _EN_HOW_DO_I.match(question.strip())
    if asked is None or not (is_imperative(answer) or _bare_order(answer)):
        return None
    purpose = as_reader(asked.group(1))
    first = answer[0].lower() if answer[1:2].islower() else answer[0]
    return f"To {purpose}, {first}{answer[1:]}"


def order_in_askers_case(case: str, answer: str) -> str:
    """The order `answer` in the asker's own `case` ("I find money …" -> "If you find money …,
    hand …"): the order is to the one asking (session 22 lead, a charity shop FAQ)."""
    asker = as_reader(case)
    return f"If {asker}, {answer[0].lower()}{answer[1:]}"
