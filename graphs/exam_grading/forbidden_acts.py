"""What states a prohibition: its forbidden act, not the other words of the rule.

A point that forbids an act ("订花人要求匿名的，配送员不得向收花人透露订花人身份") is about that act.
An answer that names the case and the people ("如果收花人追问，可以告诉他是谁送的": 收花人, and 送
read as the stem's 配送) but never forbids anything has not stated it, however many of the point's
other words it holds: a learner who would break the rule is not told they know it. So where the
point forbids an act the stem does not print, that act is the point's action (scoring_points.py
needs an action found to credit a point on half its words): found as the point says it, or a
prohibition said, with a verb of the learner's own, where the point's words are ("也不能说出送礼人
的名字" for 不得透露赠送人的姓名, "Never tell other guests …" for "must not reveal …").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from graphs.exam_grading.modality import forbidden_cue
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, term_key
from graphs.exams import Language


def acts_found(
    terms: Sequence[Term],
    printed: Collection[str],
    found: Collection[str],
    answer: str,
    places: Collection[int],
    language: Language,
) -> tuple[bool, bool]:
    """Whether one of the point's actions is found (True for a point without actions), and
    whether the answer states the point's act: where the point forbids acts the stem does not
    print (`printed`: term_key forms), one of them found, or a prohibition in an answer clause
    where the point's words are (`places`, as figures.clause_of counts them); else the first."""
    actions = [t.text for t in terms if t.action]
    acted = not actions or any(a in found for a in actions)
    forbidden = [
        t.text
        for t in terms
        if t.action and t.negated and term_key(t.text, language) not in printed
    ]
    if not forbidden:
        return acted, acted
    clauses = CLAUSE_BREAK.split(answer.lower())
    said = any(a in found for a in forbidden) or any(
        0 <= c < len(clauses) and forbidden_cue(clauses[c], language) for c in places
    )
    return acted, said
