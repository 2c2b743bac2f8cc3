"""Her answer when the learner asks again for what she has already agreed to.

Asked again about a tag she has answered, she gives her earlier answer again ("我刚才说了，…",
replies.py): the learner moved on without hearing it. When that answer was her yes (a line that
`agrees`: 「周六上午我有空，那就先约个体测…」), the learner asking to book it is no failure to
hear her but the next step on her yes: she confirms in a word instead of repeating herself as if
unheard (the slot the learner names is then the one she takes, times.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.scenarios import PersonaLine

AS_SAID: dict[Language, str] = {"zh": "我刚才说了，", "en": "As I said, "}
"""Before her answer again, when the learner moved on without hearing it."""
CONFIRMED: dict[Language, str] = {"zh": "好，就这么定吧。", "en": "Yes, let's do that."}
"""Her word when the learner takes up the yes she has given."""


def answer_again(line: PersonaLine, text: str, language: Language) -> str:
    """Her earlier answer said again (`text`, the line without its opener), or her word of
    confirmation when that answer was her yes."""
    return CONFIRMED[language] if line.agrees else AS_SAID[language] + text


_OPENER = re.compile(
    r"^(?:actually|honestly|well|so|look|说实话|其实|老实说|嗯)[\s,，?？!！.。…]*", re.IGNORECASE
)


def without_opener(text: str) -> str:
    """The line without its opening word ("Honestly? The speed…" -> "The speed…"), so "As I
    said, " can go before it."""
    rest = _OPENER.sub("", text, count=1)
    if not rest:
        return text
    return rest[0].lower() + rest[1:] if rest[:2].isascii() and not rest[:2].isupper() else rest
