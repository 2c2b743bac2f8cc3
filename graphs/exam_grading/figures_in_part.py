"""A point of several figures told with some of them: part of the point, not nothing.

"Late cancellation costs 20 pounds" for "Appointments cancelled with less than 12 hours' notice
incur a cancellation fee of 20 pounds" gives the fee and its amount and leaves out the notice it
applies under; 「退货要扣10%手续费」 for 「签收后7天内退货的，扣除10%手续费」 gives the charge, not
the window. A teacher gives part of the point and names the figure left out, as she does where
a point's only figure is missing. Too few of the point's words for scoring_points to find its
topic, the answer still states one of its facts: a figure of the point that no other point of
the question has, in a clause with a word of the point no other point has (cancellation, 手续费).
No figure of the same kind with another value may stand there (that is a wrong figure, judged
elsewhere), and the answer must give fewer than all the point's figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figure_words import figures_for_words
from graphs.exam_grading.figures import Figure, figures_of
from graphs.exam_grading.point_judgement import PointJudgement, wrong_figure
from graphs.exam_grading.point_notes import spoken
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms, occurrences, term_key
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_JOINER = {"zh": "、", "en": ", "}
_WORD_BEFORE = {
    "zh": re.compile(r"([\u4e00-\u9fff]{2})\s*$"),
    "en": re.compile(r"\b([a-z]+)\s+$", re.IGNORECASE),
}
"""The word a figure is said after (提前 of 提前30分钟, "arrive" of "arrive 30 minutes early")."""


def some_figures_given(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
) -> PointJudgement:
    """`judged` (missing) made partial when the answer gives some of the point's own figures
    beside its own words (module doc); `judged` otherwise."""
    if judged.verdict != "missing":
        return judged
    point = figures_for_words(judged.point)
    wanted = figures_of(point, language, in_point=True)
    if len({f.describe() for f in wanted}) < 2:
        return judged
    theirs = [f for o in others for f in figures_of(figures_for_words(o), language, in_point=True)]
    text = vocabulary.canonical(figures_for_words(answer))
    given = figures_of(text, language)
    clauses = CLAUSE_BREAK.split(text)
    shared = {
        term_key(t.text, language) for o in others for t in content_terms(o, language, vocabulary)
    }
    own_words = [
        t.text
        for t in content_terms(point, language, vocabulary)
        if term_key(t.text, language) not in shared
    ]
    told = [
        g
        for g in given
        if 0 <= g.clause < len(clauses)
        and any(w.matches(g) for w in wanted)
        and not any(t.matches(g) for t in theirs)
        and any(occurrences(word, clauses[g.clause], language) for word in own_words)
    ]
    left = [w for w in wanted if not any(w.matches(g) for g in given)]
    for g in told:  # 提前30分钟 for 提前15分钟…迟到超过30分钟: the 15 told wrong, not the 30 given
        if placed := in_anothers_place(g, text, point, wanted, language):
            return wrong_figure(judged.point, placed, g)
    if not told or not left:
        return judged
    rivals = [
        g
        for g in given
        if g.clause in {t.clause for t in told}
        and not any(w.matches(g) for w in wanted)
        and any(_same_kind(w, g) for w in left)
    ]
    if rivals:
        return judged
    shown = list(dict.fromkeys(spoken(f, language) for f in left))
    figure = replace(left[0], said=_JOINER[language].join(shown)) if len(shown) > 1 else left[0]
    return PointJudgement(
        judged.point,
        "partial",
        f"gives {', '.join(g.describe() for g in told)} of it without {', '.join(shown)}",
        named=True,
        figure=figure,
    )


def _same_kind(wanted: Figure, given: Figure) -> bool:
    if wanted.quantity is None or given.quantity is None:
        return False
    return wanted.quantity.dimension is not None and (
        wanted.quantity.dimension == given.quantity.dimension
    )


def in_anothers_place(
    given: Figure, text: str, point: str, wanted: Sequence[Figure], language: Language
) -> Figure | None:
    """The point's figure whose place `given` takes: `given` has the value of one of the point's
    figures but is said after the word the point says another, of its kind and another value,
    after (「提前30分钟到」 for 「调音师须提前15分钟到达……迟到超过30分钟的……」: the lead time told
    wrong, session 25 teacher T18 e1 weak Q9, where the 30 earned part of the point)."""
    said_after = _before(given, text, language)
    if not said_after:
        return None
    own = [w for w in wanted if w.matches(given)]
    if any(_before(w, point, language) == said_after for w in own):
        return None
    return next(
        (
            w
            for w in wanted
            if w not in own and _same_kind(w, given) and _before(w, point, language) == said_after
        ),
        None,
    )


def _before(figure: Figure, text: str, language: Language) -> str:
    """The word right before `figure` where `text` writes it; empty where it is not written."""
    at = text.find(figure.written) if figure.written else -1
    found = _WORD_BEFORE[language].search(text[:at]) if at > 0 else None
    return found.group(1).lower() if found else ""
