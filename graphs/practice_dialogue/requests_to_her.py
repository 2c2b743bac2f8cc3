"""Feelings the learner asks of the customer, which are no feeling shown to her.

"您理解一下，价格是总部定的", "还请您多体谅", "希望您能谅解", "Please understand, the price is
set by head office", "You have to understand our position": the learner asks HER to understand.
The empathy words in them (理解, 体谅, understand) are no empathy and acknowledge no concern, so
they are blanked before the turn's points and phrase families are read (understanding.py,
point_hearing.py), as a proposed slot's part of the day is (times.py). "我理解您", "您的心情我
理解" and "I understand" are the learner's own and stay.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_FEEL = r"(?:理解|体谅|谅解)"
REQUESTS = {
    "zh": re.compile(
        r"(?:请|希望|还请|还望|望|麻烦)?[您你](?:能|多|也|得|要|就|先|可以|必须)*"
        + _FEEL
        + r"(?:一下|下)?|"
        + _FEEL
        + r"一下"
    ),
    "en": re.compile(
        r"\b(?:please|(?:i )?hope you(?:'ll| will| can)?|you(?:'ve got| have| need| must| should"
        r"|'ll have| will have) to|try to)\s+(?:try to\s+)?understand\b",
        re.IGNORECASE,
    ),
}


def without_requests(text: str, language: Language) -> str:
    """The text with each request that she understand blanked (same length, so spans hold)."""
    return REQUESTS[language].sub(lambda m: " " * len(m.group()), text)
