"""Words that close a conversation: with a goodbye, they make the turn a closing, not small talk.

"Thanks, that's all for today", "OK, I think we're done here, thanks for your time", "好的，那就先
这样，谢谢您", "今天就先到这儿": the learner takes leave. Besides thanks or a goodbye
(phrases.FAREWELLS) and these words, a turn that says at most one more word only closes: she
closes too, satisfied or not by her mood (her_line.py), and it is no digression to rebuke.
"""

from __future__ import annotations

import re

from graphs.exams import Language

CLOSING = {
    "zh": re.compile(
        r"(?:那就|就|那|今天)?先?(?:这样|到这儿?|到这里)(?:吧|了)?|今天就先?到这|没有?别的(?:事|了)"
    ),
    "en": re.compile(
        r"\b(?:that's|that is|that'll be|that will be|that was) (?:all|everything|it)\b"
        r"|\b(?:for|from me) (?:today|now|the moment)\b|\b(?:we're|we are|i'm|i am) (?:all )?done"
        r"(?: here)?\b|\bfor your time\b|\b(?:great|ok|okay|right|alright|all right|well|so)\b",
        re.IGNORECASE,
    ),
}
"""Phrases of a closing (zh: 那就先这样, 先到这儿; en: that's all, for today, we're done, for your
time, and the fillers said with them: great, OK, right)."""


def closing_words(sentence: str, language: Language) -> list[str]:
    """The closing phrases the sentence says, as said."""
    return [m.group(0) for m in CLOSING[language].finditer(sentence) if m.group(0)]
