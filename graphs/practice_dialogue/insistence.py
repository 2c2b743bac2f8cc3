"""Insistence the customer hears as pressure, in words the pressure phrases (phrases.PUSHY) do
not list: the learner will not stop until she says yes (「我今天非让您办下来不可！」, "I won't
stop asking until you take it!"), or guilt for leaving ("You can't just walk out on us after
four years!", 「您不能就这么走了」).

Such a turn is about her decision, not small talk: she answers it as the push it is, with the
scenario's own line for pressure, and the learner is told not to push, not to "leave the small
talk" (understanding.py adds what it finds to the turn's pushy words).
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

_INSISTENCE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"非(?:得|要|让|叫)?[您你]?[^，。？！,?!]{0,8}?不可"
        r"|不(?:办|签|买|定|续)(?:就)?不(?:行|让[您你]走|放[您你]走)"
        r"|(?:不|别)(?:让|放)[您你]走"
        r"|[您你](?:不能|可不能|不可以)(?:就)?(?:这么|这样)(?:走|退|不办|不续|不要)"
        r"|(?:今天|今儿)[您你]?(?:必须|一定得|非得|怎么也得)"
        r"|(?:不答应|不同意)(?:我)?(?:就)?不(?:走|罢休|挂)"
    ),
    "en": re.compile(
        r"\b(?:i|we)(?:'m| am|'re| are)? (?:not going to|not gonna|won't|will not|refuse to)"
        r" (?:stop|quit|give up|let (?:you|this|it) go|hang up|back down)\b[^.!?]{0,30}?\b(?:until|till|unless)\b"
        r"|\b(?:i|we)(?:'m| am|'re| are) not (?:stopping|quitting|giving up|hanging up|letting (?:you|this|it) go)\b"
        r"[^.!?]{0,30}?\b(?:until|till|unless)\b"
        r"|\byou can't (?:just )?(?:quit|leave|go|walk away|walk out|cancel|abandon)\b"
        r"[^.!?]{0,20}?\b(?:on us|on me|after|like that|just like that|now)\b"
        r"|\b(?:not|won't be) taking no for an answer\b|\bi insist\b|\byou've got no choice\b"
        r"|\byou have no choice\b",
        re.IGNORECASE,
    ),
}


def insistence_in(sentence: str, language: Language) -> list[str]:
    """The insistence in the sentence, as said (see the module docstring)."""
    match = _INSISTENCE[language].search(unicodedata.normalize("NFKC", sentence))
    return [match.group(0)] if match else []
