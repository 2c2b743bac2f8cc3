"""Negation read one sentence at a time, for the grader.

graphs/text/negation.py scopes a cue to the end of its clause; a cue whose scope runs on past a
sentence end ("Never open customer data on public Wi-Fi. If a device is lost, tell the IT desk")
would deny words of the next sentence. The grader asks about one sentence only: the one that holds
the span.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.negation import is_negated

_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def negated(text: str, start: int, end: int, language: Language) -> bool:
    """`is_negated` within the sentence that holds `[start, end)`."""
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            return is_negated(text[begin : match.end()], start - begin, end - begin, language)
    return is_negated(text[begin:], start - begin, end - begin, language)
