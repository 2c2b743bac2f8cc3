"""A point's own figure given without what it is for: part of the point, not nothing.

"10 min early" for "Arrive at the pick-up point at least 10 minutes before the booked time",
「60秒派车」 beside terms of other points: the learner knows the limit, the figure that is the
point's substance, and leaves out the act it bounds. scoring_points.py finds too few of the
point's words and calls it missing; a teacher gives it part (session 16 end teacher T9,
C_average Q5: "(1) missing" though the 10 min is there). It is partial, as the point's words
without its figure are (figure_left_out), and the note names the words left out. Only a figure
no other scoring point has counts (figures.figures_are_its_own): a value two points share tells
neither. A bare keyword list still earns its list's share for it (keyword_lists.py).

A figure the answer gives without its unit counts for the point's figure of that value where
another of the point's figures is said with its unit in the same answer: 「路试 5公里 0-80」 gives
零至八十公里每小时 (session 17 end teacher T10, A_average Q7: 「(1) 未答到」).

The point's figure told with another value, in an entry that holds a word of the point, is a wrong
figure, not a point left out (`wrong_figure_alone`): 「试车开一百米就行」 for 不少于三百米, 「一个人也可以
作业」 for 不少于两人, "Licence only if under 21" for "under 30" were 未答到 / missing, so the
learner never heard that what they wrote is wrong (T10, pattern 4). Not where the value is another
point's (figure_owners), nor a figure of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figure_subjects import counts_another_thing
from graphs.exam_grading.figures import Figure, figures_are_its_own, figures_of
from graphs.exam_grading.point_judgement import PointJudgement, wrong_figure
from graphs.exam_grading.point_terms import CLAUSE_BREAK, EN_WORD, content_terms, occurrences
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_ENTRIES = re.compile(rf"{CLAUSE_BREAK.pattern}|、")
_CJK_RUN = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_BOUND_CHARACTERS = frozenset("不少于至多超过须得应要可以每")
"""A figure's bound and modal words (不少于, 至多, 不得超过, 须): they say how much, not of what."""
_TERSE_REST = {"zh": 2, "en": 2}
"""What an entry may hold beside the point's figure and stay terse: "early", "max alone" (en
words), 提前, 最多 (zh characters)."""


def _terse(entry: str, wanted: Sequence[Figure], others: Sequence[str], language: Language) -> bool:
    """Whether `entry` gives one of the point's figures with at most a word or two beside it and
    no word of another point ("10 min early", "15 min max alone", 提前30分钟): the limit alone, no
    act of its own and no other rule's matter ("Flat white: about 250 ml")."""
    for figure in figures_of(entry, language):
        if not any(w.matches(figure) for w in wanted):
            continue
        rest = entry.replace(figure.written, " ") if figure.written else entry
        words = (
            EN_WORD.findall(rest.lower())
            if language == "en"
            else re.findall(r"[\u4e00-\u9fff]", rest)
        )
        theirs = any(occurrences(w, other.lower(), language) for w in words for other in others)
        if len(words) <= _TERSE_REST[language] and not (language == "en" and theirs):
            return True
    return False


def figures_without_act(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing, not turned round) made partial where the answer gives every figure of
    the point and one of them is the point's own (module doc); `judged` otherwise."""
    if judged.verdict != "missing":
        return judged
    wanted = figures_of(judged.point, language, in_point=True)
    given = figures_of(answer, language)
    if not figures_are_its_own(wanted, others, language):
        return judged
    if not all(any(_gives(w, g, given) for g in given) for w in wanted):
        return wrong_figure_alone(judged, answer, wanted, language, vocabulary, others) or judged
    if not any(_terse(entry, wanted, others, language) for entry in _ENTRIES.split(answer)):
        return judged  # 连续两次配送失败就再派送一次: the figure with another act, not this rule
    canonical, printed = vocabulary.canonical(answer), vocabulary.canonical(stem)
    unsaid = [
        t.text
        for t in content_terms(judged.point, language, vocabulary)
        if not occurrences(t.text, canonical, language)
        and not occurrences(t.text, printed, language)
    ]
    figures = ", ".join(dict.fromkeys(f.describe() for f in wanted))
    return replace(
        judged,
        verdict="partial",
        reason=f"gives its figure {figures} but not what it bounds",
        named=True,
        lacks=("、" if language == "zh" else ", ").join(unsaid),
    )


def _gives(wanted: Figure, given: Figure, answer_figures: Sequence[Figure]) -> bool:
    """`given` states `wanted`: the same figure, or its value without a unit (0-80) where another
    of the answer's figures has a unit (module doc)."""
    if wanted.matches(given):
        return True
    w, g = wanted.quantity, given.quantity
    return (
        w is not None
        and g is not None
        and w.unit is not None
        and g.unit is None
        and w.value == g.value
        and any(f.quantity is not None and f.quantity.unit is not None for f in answer_figures)
    )


def wrong_figure_alone(
    judged: PointJudgement,
    answer: str,
    wanted: Sequence[Figure],
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
) -> PointJudgement | None:
    """The point's own figure told with another value in an entry holding a word of the point
    (module doc): the point contradicted by that figure; None when no entry does so."""
    theirs = [f for other in others for f in figures_of(other, language, in_point=True)]
    terms = [t.text for t in content_terms(judged.point, language, vocabulary)]
    terms += _words_ahead(judged.point, wanted, language)
    for entry in _ENTRIES.split(answer):
        canonical = vocabulary.canonical(entry)
        if not any(occurrences(t, canonical, language) for t in terms):
            continue
        for rival in figures_of(entry, language):
            if any(w.matches(rival) for w in wanted) or any(_same_value(f, rival) for f in theirs):
                continue
            if counts_another_thing(judged.point, wanted, entry, rival, language, vocabulary):
                continue  # 一个大人 gives no count of 3名儿童
            for figure in wanted:
                if figure.rivals(rival) and not any(f.matches(figure) for f in theirs):
                    return wrong_figure(judged.point, figure, rival)
    return None


def _words_ahead(point: str, wanted: Sequence[Figure], language: Language) -> list[str]:
    """Chinese: the two-character runs ahead of one of the point's figures in its entry, its
    bound words (不少于, 至少, 须) left out: 路试 and 试骑 of 路试距离不少于五公里, 试骑不少于三公里 name
    what the figure measures, though the segmenter splits them (路/试) and no term holds them."""
    if language != "zh":
        return []
    runs = []
    for entry in _ENTRIES.split(point):
        for figure in wanted:
            if figure.written and figure.written in entry:
                ahead = entry[: entry.index(figure.written)]
                runs += [m.group(1) for m in _CJK_RUN.finditer(ahead)]
    return [run for run in runs if not set(run) & _BOUND_CHARACTERS]


def _same_value(figure: Figure, other: Figure) -> bool:
    """The same value in the same unit, whatever bound or negation each is said with (another
    point's 不得超过三人 is the 三人 an answer gives)."""
    a, b = figure.quantity, other.quantity
    return a is not None and b is not None and (a.value, a.unit) == (b.value, b.unit)
