"""Whose figure an answer's figure is: a figure is said of the words of its clause piece.

"Check deliveries within 2 hours and keep the records" gives the checking point its 2 hours; the
records point ("kept for 3 years") shares the clause but not the figure, so the answer leaves its
3 years out, it does not tell it wrong. A clause piece ends at ，、；, "and"/"or" and 并/而且/同时.
Where a figure's piece holds another point's own words and none of this point's, the figure is
not this point's: no wrong figure for it, and no figure stated. Words both points hold
(delivery) place nothing; "Passwords need twelve characters" keeps its figure for the length
point, whose "characters" stands there.

A figure that is another point's own value (no value of this point) is that point's, unless a word
of this point the other lacks stands in its clause: in 「10分钟确认库存；完成分装」 the 10 minutes of
「收到网上订单后10分钟内确认库存」 is no wrong value for 「确认库存后30分钟内完成分装」, though 确认库存
names both; the packing point leaves its 30 minutes out (session 17, F6's list, pattern 2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.figure_subjects import counts_another_thing, figure_position
from graphs.exam_grading.figures import Figure, figures_of, own_figures
from graphs.exam_grading.point_places import claimed_clauses, figures_blotted
from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    Term,
    content_terms,
    occurrences,
    term_key,
)
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_PIECE_BREAK = re.compile(r"[，,、；;。！？!?\n]|\.(?=\s|$)|\band\b|\bor\b|并且|并|而且|同时")


def said_of_this_point(
    figures: Sequence[Figure],
    terms: Sequence[Term],
    others: Sequence[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> list[Figure]:
    """`figures` of the answer less those said of another point's own words, not this one's."""
    own = {term_key(t.text, language): t.text for t in terms}
    theirs = {
        term_key(t.text, language): t.text
        for other in others
        for t in content_terms(other, language, vocabulary)
    }
    mine = [word for key, word in own.items() if key not in theirs]
    foreign = [word for key, word in theirs.items() if key not in own]
    if not mine or not foreign:
        return list(figures)
    return [f for f in figures if not _said_of_another(f, mine, foreign, answer, language)]


def _said_of_another(
    figure: Figure, mine: list[str], foreign: list[str], answer: str, language: Language
) -> bool:
    at = figure_position(figure, answer)
    if at is None:
        return False
    piece = _piece(answer, at)
    words_only = figures_blotted(answer)  # "3 working days" holds no "work"

    def holds(words: list[str]) -> bool:
        return any(
            _piece(answer, s) == piece
            for word in words
            for s, _ in occurrences(word, words_only, language)
        )

    return holds(foreign) and not holds(mine)


def _another_points_value(
    figure: Figure,
    wanted: Sequence[Figure],
    terms: Sequence[Term],
    others: Sequence[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> bool:
    """Whether `figure` gives another point's own value, none of this point's, in a clause with
    no word of this point that the other point lacks (module doc)."""
    if figure.clause < 0 or any(
        w.matches(figure) or w.describe() == figure.describe() for w in wanted
    ):
        return False
    clauses = CLAUSE_BREAK.split(answer)
    clause = clauses[figure.clause] if figure.clause < len(clauses) else ""
    for other in others:
        if not any(v.matches(figure) for v in figures_of(other, language, in_point=True)):
            continue
        theirs = {term_key(t.text, language) for t in content_terms(other, language, vocabulary)}
        mine = [t.text for t in terms if term_key(t.text, language) not in theirs]
        if not any(occurrences(word, clause, language) for word in mine):
            return True
    return False


def _piece(text: str, position: int) -> int:
    return len(_PIECE_BREAK.findall(text[:position]))


def point_figures(
    others: Sequence[str],
    terms: Sequence[Term],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    wanted: list[Figure],
    figures: list[Figure],
    places: set[int],
    anchors: set[int],
    *,
    point: str = "",
) -> list[Figure]:
    """The answer's figures that can state this point's: not in a clause another point claims
    (point_places.claimed_clauses) unless the point's own words are there too, not said of
    another point's words, nor counting another thing than the `point`'s figure of its kind
    (figure_subjects.counts_another_thing), and nearest the point's terms, its own words
    (`anchors`) before any (figures.own_figures)."""
    claimed = claimed_clauses(others, list(terms), answer, language, vocabulary, wanted, figures)
    figures = [  # 一个大人 is no count of the point's 2名儿童
        f
        for f in figures
        if not counts_another_thing(point, wanted, answer, f, language, vocabulary)
    ]
    figures = said_of_this_point(figures, terms, others, answer, language, vocabulary)
    figures = [
        f
        for f in figures
        if not _another_points_value(f, wanted, terms, others, answer, language, vocabulary)
    ]
    return own_figures(wanted, figures, anchors or places, claimed - anchors)
