"""A prohibition inside a bound said as a prohibition past a comparison: the rule, not its flip.

"Staff must not hire out a tower for use within 3 metres of power lines" is stated by "must not
hire out a tower to be used closer than 3 m to power lines", "… less than 3 metres from …",
"… nearer than 3 m …". The negation reader (graphs/text/negation_limits.py) reads a cue before a
comparison with a figure as a ceiling, so the answer's hire is asserted up to the bound, while
the point's "within" leaves its cue a plain denial of hire. Both forbid the same act in the same
place: the answer's clause forbids, holds the point's figure, and leaves the act allowed on the
same side of it (at least 3 m) as the point does. "Must not operate the lift *more* than 20 metres
from the gate" leaves the other side allowed: that is the rule turned round, and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.figures import Figure, clause_of, figures_of
from graphs.exam_grading.limits import plain_bound
from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term
from graphs.exam_grading.term_polarity import term_spans
from graphs.exams import Language

_NEAR_THAN = re.compile(r"\b(?:closer|nearer)\s+than\s+$", re.IGNORECASE)
"""Forbidden closer than N: allowed at N or more (a lower bound of the allowed side)."""
_FAR_THAN = re.compile(r"\b(?:further|farther)\s+than\s+$", re.IGNORECASE)
"""Forbidden further than N: allowed up to N (an upper bound of the allowed side)."""
_EXCEPTION = re.compile(r"^\s*(?:unless|except)\b|^\s*(?:除非|除了)")


def allowed_side(figure: Figure, clause: str) -> str | None:
    """The side of `figure` its forbidding clause leaves allowed: its bound as read (a ceiling's
    figure is not negated: "must not hold more than $1,000" allows up to it), else the nearness
    compared before it ("closer than 3 m": at least 3 m; "further than 3 m": up to 3 m)."""
    if figure.bound is not None:
        return figure.bound
    at = clause.find(figure.written) if figure.written else -1
    before = clause[:at] if at >= 0 else ""
    if _NEAR_THAN.search(before):
        return "lower"
    if _FAR_THAN.search(before):
        return "upper"
    return None


def comparison_restates(
    point: str, canonical: str, terms: Sequence[Term], denied: Sequence[Term], language: Language
) -> bool:
    """Whether every denied term (one the point negates, the answer asserts) stands in a clause
    of the answer that forbids, holds the point's bounded figure, and leaves the same side of it
    allowed as the point does (module doc); or in an exception (unless …) beside such a clause."""
    if not denied or not all(t.negated for t in denied):
        return False
    bounded = [f for f in figures_of(point, language, in_point=True) if f.negated and f.bound]
    if not bounded:
        return False
    sides = [plain_bound(f, language) for f in bounded]
    clauses = CLAUSE_BREAK.split(canonical)
    restating = {
        g.clause
        for g in figures_of(canonical, language)
        if not g.negated
        and g.clause < len(clauses)
        and modality(clauses[g.clause], language) == "forbidden"
        and any(
            w.quantity is not None
            and g.quantity is not None
            and w.matches(g)
            and allowed_side(g, clauses[g.clause]) == w.bound
            for w in sides
        )
    }
    if not restating:
        return False
    restating |= {
        i
        for i, c in enumerate(clauses)
        if _EXCEPTION.match(c) and (i - 1 in restating or i + 1 in restating)
    }
    for term in denied:
        said = {clause_of(canonical, s) for s, _ in term_spans(term, canonical, language)}
        if not said & restating:
            return False
    return True
