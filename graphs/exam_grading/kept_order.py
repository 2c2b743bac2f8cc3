"""An order rule said with the other order word and its two acts swapped: the rule kept.

"Switch off the power before removing the battery" answered "Remove the battery after switching
off the power" (or "only after the power is switched off"; 拆电池前须先断电 answered 断电后再拆电池)
says before/after the other way round, and the acts the other way round too: the same order. The
listed opposites (before/after, 之前/之后) would call it contradicted; `order_kept` says when they
must not. An answer that swaps only the word ("Switch off the power after removing the battery")
keeps its acts where the point has them and is still turned round.
"""

from __future__ import annotations

import re

from graphs.exam_grading.directed_acts import ENUMERATOR
from graphs.exam_grading.order_rules import order_rules
from graphs.exam_grading.vocabulary import word_key
from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.segment import tokenize

_EN_AFTER = re.compile(
    r"^(?P<then>[^;.]+?)\s+(?:only\s+)?(?:after|once)\s+(?P<first>[^,;.]+)", re.IGNORECASE
)
"""An answer's own order said with "after": the act before it comes second."""
_ORDER_WORDS = frozenset(["before", "after", "之前", "之后", "以前", "以后", "前", "后"])
_SENTENCE = re.compile(r"[^。！？!?.;；\n]+")
_EN_STOP = frozenset(["the", "a", "an", "and", "off", "on", "it", "is", "are", "be", "only"])


def order_kept(clash: tuple[str, str], point: str, answer: str) -> bool:
    """Whether the swapped opposites `clash` are order words and a sentence of `answer` states
    the point's order rule, each act on its own side of its own order word (see the module)."""
    language = detect_language(point)
    rules = order_rules(point, language)
    if not rules or not set(clash) <= _ORDER_WORDS:
        return False
    for sentence in _SENTENCE.findall(answer):
        said = ENUMERATOR.sub("", sentence).strip()
        readings = order_rules(said, language)
        if language == "en" and (after := _EN_AFTER.search(said)):
            readings.append(after)
        for rule in rules:
            for reading in readings:
                first, then = _keys(rule["first"], language), _keys(rule["then"], language)
                said_first = _keys(reading["first"], language)
                said_then = _keys(reading["then"], language)
                if first & said_first and then & said_then and not first & said_then:
                    return True
    return False


def _keys(text: str, language: Language) -> set[str]:
    words = [t.word.strip().lower() for t in tokenize(text, language)]
    if language == "en":
        return {word_key(w) for w in words if w.isalpha() and w not in _EN_STOP}
    return {w for w in words if len(w) > 1 and not w.isascii()}
