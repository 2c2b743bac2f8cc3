"""A point's subject named about another point's matter: nothing of this point.

"加急服务12小时完成，普通衣物不收加急费" names 普通衣物, the subject of 普通衣物3个工作日内完成, but
what it says of it is the other point's rush fee (加急), with none of this point's acts and no
figure. scoring_points.py finds the point's words and no figure and calls it partial (its topic
told without the figure); a teacher gives it nothing (held-out teacher T6, A_weak Q6): the
learner said nothing about the ordinary deadline. So a partial point with no rival figure
is missing when every answer clause that holds its subject (its own words that are no act)
holds none of its own acts and a word that is another point's own (no word of this point). "A copy stays in the shop" for "a copy … is
kept in the shop for at least 1 year" holds no other point's word and stays partial.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms, occurrences, term_key
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


def about_another_point(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (partial for a figure left out) made missing where the point's words stand only in
    clauses about another point's matter (module doc); `judged` otherwise."""
    if judged.verdict != "partial" or judged.figure is None or judged.rival is not None:
        return judged
    words = _Words(judged.point, others, language, vocabulary)
    clauses = [
        clause
        for clause in CLAUSE_BREAK.split(vocabulary.canonical(answer))
        if any(occurrences(t.text, clause, language) for t in words.subject)
    ]
    if not clauses or not words.theirs:
        return judged
    if not all(words.another_matter(clause) for clause in clauses):
        return judged
    return PointJudgement(
        judged.point,
        "missing",
        "names its subject only where another point's matter is said, with no figure "
        f"{judged.figure.describe()}",
        named=True,
    )


def places_of_its_own(
    point: str,
    answer: str,
    places: set[int],
    language: Language,
    *,
    vocabulary: Vocabulary,
    others: Sequence[str],
) -> set[int]:
    """The clauses of `places` (indices into the canonical answer's clauses) that say something of
    this point: one that holds none of the point's own acts and a word that is another point's
    own says that point's matter ("领队和游客同时到达集合点即可" names the guide and the tourists of
    the 24-hour notice rule, but its 到达集合点 is the arrival rule's): what it permits allows
    nothing of this point, so it is no "allowed with no limit" (session 16 end teacher T9)."""
    clauses = CLAUSE_BREAK.split(vocabulary.canonical(answer))
    words = _Words(point, others, language, vocabulary)
    return {c for c in places if not (c < len(clauses) and words.another_matter(clauses[c]))}


class _Words:
    """A point's words beside the question's other points: its own subject (普通 of 普通衣物;
    衣物, 完成 both points name) and acts, and the words that are another point's own."""

    def __init__(
        self, point: str, others: Sequence[str], language: Language, vocabulary: Vocabulary
    ) -> None:
        self.language = language
        self.terms = content_terms(point, language, vocabulary)
        keys = {term_key(t.text, language) for t in self.terms}
        other_terms = [t for other in others for t in content_terms(other, language, vocabulary)]
        self.theirs = {t.text for t in other_terms if term_key(t.text, language) not in keys}
        shared = {term_key(t.text, language) for t in other_terms}
        own = [t for t in self.terms if term_key(t.text, language) not in shared]
        self.subject = [t for t in own if not t.action]
        self.acts = [t for t in own if t.action]

    def another_matter(self, clause: str) -> bool:
        """Whether `clause` holds none of the point's own acts and a word of another point's."""
        if any(occurrences(t.text, clause, self.language) for t in self.acts):
            return False
        # inside a word of this point another point's word is no matter of its own (安全 of 安全带)
        for term in sorted(self.terms, key=lambda t: -len(t.text)):
            clause = clause.replace(term.text, " ")
        return any(occurrences(word, clause, self.language) for word in self.theirs)
