"""An answer that does the act a point forbids: the point told wrong, not left out.

「护理员不得立即搀扶老人起身」 answered 「马上把老人扶到床上休息」 (扶 read as 搀扶: verb_heads.py)
tells the learner to do the very thing the rule forbids. However many of the point's other words
the answer also holds (老人, 起身), it is contradicted, not missing and never credited.

The forbidden act is a term the point denies and marks as its action, the stem not printing it.
It is *done* when the answer asserts it (scoring_points' denied terms) and forbids none of the
point's forbidden acts anywhere. Where the point bounds its prohibition by a manner word (立即,
immediately: "not at once"), only an answer that does the act in that manner does it: 先评估再扶
keeps the rule, and is no denial of it either (`done_later`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from graphs.exam_grading.point_terms import Term, term_key
from graphs.exams import Language

_MANNER = frozenset(
    [
        "立即",
        "马上",
        "立刻",
        "当即",
        "随即",
        "直接",
        "immediately",
        "straight",
        "right_away",
        "at_once",
    ]
)
"""Words that bound a prohibition to a manner or a moment (不得立即搀扶: not at once)."""


def forbidden_act_done(
    terms: Sequence[Term],
    denied: Collection[str],
    found: Collection[str],
    printed: Collection[str],
    point: str,
    language: Language,
) -> list[str]:
    """The point's forbidden acts the answer asserts: none when it forbids any of them, when
    the point (canonical) forbids them only under a failed condition, or when the point forbids
    them in a manner (立即) the answer does not give."""
    forbidden = [
        t.text
        for t in terms
        if t.negated and t.action and t.polar and term_key(t.text, language) not in printed
    ]
    done = [act for act in forbidden if act in denied]
    if not done or any(act in found for act in forbidden) or _conditional(point, done[0]):
        return []
    manner = [t.text for t in terms if t.negated and not t.action and t.text.lower() in _MANNER]
    if manner and not any(word in found for word in manner):
        return []
    return done


def _conditional(point: str, act: str) -> bool:
    """Whether the point forbids the act only under a failed condition (未检查雪板不得出租,
    "without a signature, never release it"): doing it once the condition holds keeps the rule
    (contrapositives.py reads those)."""
    at = point.lower().find(act.lower())
    before = _PROHIBITION.sub("", point[: at if at >= 0 else len(point)].lower())
    return _FAILED_CONDITION.search(before) is not None


_PROHIBITION = re.compile(
    r"(?:不得|不能|不可|不准|不许|不要|禁止|严禁|切勿|"
    r"must\s+not|may\s+not|cannot|can't|should\s+not|shouldn't|do\s+not|don't|never)"
    r"[\w\s]{0,12}$"
)
_FAILED_CONDITION = re.compile(r"未|没|无|不|非|\b(?:without|unless|until|no|not)\b")


def done_later(
    terms: Sequence[Term],
    denied: Sequence[str],
    found: Collection[str],
    answer: str,
    language: Language,
) -> list[str]:
    """`denied` less the acts the point forbids only at once (不得马上搬动顾客) that the answer does
    after something else (先问清情况，再搬动顾客; "check first, then lift"): that keeps the rule."""
    manner = [t.text for t in terms if t.negated and not t.action and t.text.lower() in _MANNER]
    if not manner or any(word in found for word in manner) or not _LATER[language].search(answer):
        return list(denied)
    bounded = {t.text for t in terms if t.negated and t.text.lower() not in _MANNER}
    return [term for term in denied if term not in bounded]


_LATER = {
    "zh": re.compile(r"先.{1,20}?(?:再|然后|之后|以后)|后再|之后再|以后再"),
    "en": re.compile(r"\b(?:first\b.{1,60}?\bthen|only\s+after|after\s+\w+ing|once\s+you)\b", re.I),
}
"""An act put after another one: the answer does it later, not at once."""
