"""The words of a scoring point an answer denies where the point stands: what can contradict it.

term_findings.py finds each of the point's terms with its polarity; a term found only denied is
a denial. Not every denial is about the point: one far from the point's other terms is about
something else ("never use an old one" does not deny "use at least 12 characters" two clauses
away: RIVAL_DISTANCE clauses at most); another point's rule that denies its own matter (拒收)
denies none of this one's (接收) where none of this point's words is found; another point's own
words, there as that point says them, deny nothing of this one ('ultrasonic for 10 minutes' of one
rule against 'items that cannot go in the ultrasonic cleaner' of the next); and an act done after
what the answer denies first is the point's order, not its denial (先问清再搬: forbidden_done.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.contradictions import RIVAL_DISTANCE
from graphs.exam_grading.forbidden_done import done_later
from graphs.exam_grading.point_terms import Term, clauses_of
from graphs.exam_grading.term_findings import TermFindings
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


def denials_of_the_point(
    findings: TermFindings,
    terms: Sequence[Term],
    shared: set[str],
    canonical_answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> list[str]:
    """The point's terms the answer denies where the point stands (module doc)."""
    found, places = findings.found, findings.places
    denied = [
        term.text
        for term in findings.denied
        if not places
        or any(
            abs(clause - place) <= RIVAL_DISTANCE
            for clause in clauses_of(term, canonical_answer, language, vocabulary)
            for place in places
        )
    ]
    if not found:  # 拒收 of another point's rule denies none of this one's matter (接收)
        denied = [t for t in denied if not set(vocabulary.denials_of(t)) & shared]
    denied = [t for t in denied if t not in shared]
    return done_later(terms, denied, found, canonical_answer, language)  # 先问清再搬
