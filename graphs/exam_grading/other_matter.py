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
    terms = content_terms(judged.point, language, vocabulary)
    keys = {term_key(t.text, language) for t in terms}
    other_terms = [t for other in others for t in content_terms(other, language, vocabulary)]
    theirs = {t.text for t in other_terms if term_key(t.text, language) not in keys}
    shared = {term_key(t.text, language) for t in other_terms}
    # its own words (普通 of 普通衣物; 衣物, 完成 both points name): the subject, and its acts
    subject = [t for t in terms if not t.action and term_key(t.text, language) not in shared]
    acts = [t for t in terms if t.action and term_key(t.text, language) not in shared]
    clauses = [
        clause
        for clause in CLAUSE_BREAK.split(vocabulary.canonical(answer))
        if any(occurrences(t.text, clause, language) for t in subject)
    ]
    if not clauses or not theirs:
        return judged
    for clause in clauses:
        if any(occurrences(t.text, clause, language) for t in acts):
            return judged
        # inside a word of this point another point's word is no matter of its own (安全 of 安全带)
        for term in sorted(terms, key=lambda t: -len(t.text)):
            clause = clause.replace(term.text, " ")
        if not any(occurrences(word, clause, language) for word in theirs):
            return judged
    return PointJudgement(
        judged.point,
        "missing",
        "names its subject only where another point's matter is said, with no figure "
        f"{judged.figure.describe()}",
        named=True,
    )
