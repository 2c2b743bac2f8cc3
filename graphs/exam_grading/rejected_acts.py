"""The act a rule turns down, told as the rule: the rule stated backwards.

A point such as "Teach newcomers to climb down rather than jump" or 教新手爬上码头，而不是直接跳上岸
names two acts: the one to do and the one turned down ("rather than", "instead of", 而不是, 而不要).
An answer that tells the turned-down act ("Tell beginners to jump down", 让新手直接跳上岸) says
the opposite of the rule, however many of the point's other words it shares: a teacher marks it
contradicted, not missing, so the note tells the learner what was wrong. The act denied ("never
jump", 不要跳) or turned down again ("instead of jumping") is the rule itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.point_terms import term_key
from graphs.exams import Language
from graphs.text.negation import is_negated

_EN_REJECTED = re.compile(r"\b(?:rather than|instead of)\s+([a-z]+)", re.IGNORECASE)
_ZH_REJECTED = re.compile(r"而(?:不是|不要|非)(?:直接|马上|随便|自己)?([\u4e00-\u9fff]{2})")
_EN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?", re.IGNORECASE)
_EN_TURNED_DOWN = re.compile(r"\b(?:rather than|instead of)\s+$", re.IGNORECASE)
_ZH_TURNED_DOWN = re.compile(
    r"(?:而不是|而不要|而非|不是|别|不要|不能|不得|不准|不许|严禁|禁止)\S{0,2}$"
)


def rejected_act(point: str, language: Language) -> str | None:
    """The act the point turns down (the word after "rather than", the two characters after
    而不是), or None where it turns down none."""
    found = (_EN_REJECTED if language == "en" else _ZH_REJECTED).search(point)
    return found.group(1).lower() if found else None


def tells_rejected_act(point: str, answer: str, language: Language) -> str | None:
    """The turned-down act as the answer tells it, when the answer tells it as the rule (not
    denied, not turned down again); None otherwise."""
    act = rejected_act(point, language)
    if act is None:
        return None
    for start, end in _spans(act, answer, language):
        before = answer[max(0, start - 16) : start]
        turned_down = _EN_TURNED_DOWN if language == "en" else _ZH_TURNED_DOWN
        if turned_down.search(before) or is_negated(answer, start, end, language):
            continue
        return answer[start:end]
    return None


def told_backwards(point: str, terms: Sequence[str], answer: str, language: Language) -> str | None:
    """Why the answer states the point backwards ("tells jump, which the point turns down"):
    it tells the turned-down act beside another of the point's `terms` (so it speaks of this
    point, not of another that has the verb)."""
    act = tells_rejected_act(point, answer, language)
    if act is None:
        return None
    key = term_key(act.lower(), language)
    lowered = answer.lower()
    if not any(t.lower() in lowered and term_key(t.lower(), language) != key for t in terms):
        return None
    return f"tells {act}, which the point turns down"


def _spans(act: str, answer: str, language: Language) -> list[tuple[int, int]]:
    if language != "en":
        return [(m.start(), m.end()) for m in re.finditer(re.escape(act), answer)]
    key = term_key(act, language)
    return [
        (m.start(), m.end())
        for m in _EN_WORD.finditer(answer)
        if term_key(m.group().lower(), language) == key
    ]
