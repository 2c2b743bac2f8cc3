"""A rule said the other way round: "without X you may not Y" states "only with X may Y".

A point that permits an act only on a condition ("必须先查验客户的身份证和房产证明，方可开锁",
"Staff may release a parcel only after checking ID") is stated, not contradicted, by an answer
that forbids the act where the condition fails: "没有证明就不能开锁", "客户不在场不能开锁",
"Without ID you can't release it". Its prohibition is the permission's contrapositive, so the
modality check (contradictions.flipped_modality) reads such a clause as the point's own modality.
A prohibition with no negated condition before it ("不能开锁") still flips the permission.
"""

from __future__ import annotations

import re

from graphs.exam_grading.modality import forbidden_span
from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language

_CONDITIONAL_PERMISSION = {
    "zh": re.compile(r"方可|方能|才能|才可以|才可|才允许|才准"),
    "en": re.compile(
        r"\bonly\b[^.;]*\b(?:may|can|be\s+allowed\s+to)\b|\b(?:may|can)\b[^.;]*\bonly\b"
    ),
}
"""A permission that holds only on its condition (方可, 才能, "may … only after")."""

_NEGATED_CONDITION = {
    "zh": re.compile(r"没有|没|无(?!论)|未|不|缺|拿不出|出示不了|提供不了"),
    "en": re.compile(r"\b(?:without|unless|no|not|never)\b|n't\b"),
}
"""A condition that fails: no proof (没有证明, 拿不出证明, without ID, unless they show it)."""

_CONDITION_CLAUSE = {
    "zh": re.compile(r"^\s*(?:如果|若|假如|要是)|(?:的|时|的话)\s*$|没有|没|无(?!论)|未|不|缺"),
    "en": re.compile(r"^\s*(?:if|when|without|unless|no)\b", re.IGNORECASE),
}
"""A clause that is a rule's condition and brings the rule in the clause after it (zh: any clause
that negates, 顾客不出示身份证，纹身师不能纹身)."""


def conditional_permission(point: str, language: Language) -> bool:
    """Whether the point permits its act only on a condition (方可开锁, "may … only after")."""
    return _CONDITIONAL_PERMISSION[language].search(point.lower()) is not None


def forbids_without(clause: str, previous: str, language: Language) -> bool:
    """Whether `clause` forbids its act where a condition fails: the negated condition stands
    before the prohibition in the clause ("没有证明就不能开锁") or is the clause before it
    ("Without ID, you can't release it")."""
    span = forbidden_span(clause, language)
    if span is None:
        return False
    before = clause[: span[0]].lower()
    if _NEGATED_CONDITION[language].search(before):
        return True
    condition = previous.lower()
    return bool(
        condition.strip()
        and _CONDITION_CLAUSE[language].search(condition)
        and _NEGATED_CONDITION[language].search(condition)
    )


def as_permission(answer: str, language: Language) -> str:
    """The answer with each prohibition under a negated condition read as the permission it
    states: "Without the pilot's signal, the crew can't release the tether" as "the pilot's
    signal, the crew release the tether", so its words count as the point's, not as denied. The
    clause breaks stay where they were (clause numbers are unchanged)."""
    parts = re.split(f"({CLAUSE_BREAK.pattern})", answer)
    clauses = parts[::2]
    for index, clause in enumerate(clauses):
        previous = clauses[index - 1] if index else ""
        span = forbidden_span(clause, language)
        if span is None or not forbids_without(clause, previous, language):
            continue
        before, after = clause[: span[0]], clause[span[1] :]
        if _NEGATED_CONDITION[language].search(before.lower()):
            before = _NEGATED_CONDITION[language].sub(" ", before.lower())
        else:
            clauses[index - 1] = _NEGATED_CONDITION[language].sub(" ", previous.lower())
        clauses[index] = f"{before} {after}"
    parts[::2] = clauses
    return "".join(parts)
