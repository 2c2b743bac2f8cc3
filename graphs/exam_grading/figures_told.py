"""A scoring point whose topic an answer states, judged by its figures (scoring_points.py).

The topic there, each figure of the point is looked for among the answer's figures where the
point stands; a wrong one comes before a missing one:
- two figures of the point given each in the other's place is wrong (离地10厘米、离墙15厘米 for 离墙
  10、离地15: figure_subjects.py), as is a later day for a same-day rule (下周再录入 for 当天录入);
- a figure of the point's kind with another value beside its words is the point told wrong
  (contradicted, naming both);
- a limit the answer lifts ("as long as they like" for "at most 45 minutes") turns it round;
- else the figure is left out: partial, naming it (and every figure of the list left out with it:
  缺少：2℃、6℃), unless the answer's figure is another point's matter (other_matter.py).
Figures (figures.py) are quantities and identifiers: a phone number or code is compared digit by
digit, never as a number; 一个 counts people as well as items. In an answer to a point with a
figure and no same-day word of its own, 当天 / the same day is a deadline of one day (it rivals
"3个工作日"). A figure bounded the other way is another figure, as is one put with another
figure's word (figure_subjects.py): "after 15 minutes" for "within 15 minutes", 2小时以后 for 2小时内.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.contradictions import (
    allowed_without_limit,
    later_than_same_day,
    limit_denied,
    nearest_rival,
)
from graphs.exam_grading.figure_subjects import misplaced_figure
from graphs.exam_grading.figures import Figure
from graphs.exam_grading.method_names import all_left_out, figure_left_out
from graphs.exam_grading.other_matter import about_another_point, places_of_its_own
from graphs.exam_grading.point_judgement import PointJudgement, wrong_figure
from graphs.exam_grading.point_terms import Term
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


def judged_by_figures(
    point: str,
    answer: str,
    canonical: tuple[str, str],
    terms: Sequence[Term],
    found: Sequence[str],
    figures: tuple[list[Figure], list[Figure]],
    where: tuple[set[int], set[int]],
    lang: Language,
    words: Vocabulary,
    others: Sequence[str],
    stem: str,
    *,
    figures_stated: bool,
) -> PointJudgement | None:
    """The verdict on a point whose topic is there where a figure of it is wrong or left out
    (module doc); None where the answer gives every figure. `canonical`: the point and the answer
    read through the synonyms; `figures`: the point's (wanted) and the answer's where the point
    stands (given); `where`: the answer's clauses of the point's terms and of its own words."""
    canonical_point, canonical_answer = canonical
    wanted, given = figures
    places, anchors = where
    if misplaced := figures_stated and misplaced_figure(
        canonical_point, canonical_answer, terms, lang
    ):
        return wrong_figure(point, *misplaced.figures())  # 离地10厘米、离墙15厘米 for 15、10
    if not wanted and (later := later_than_same_day(point, given, anchors or places)):
        return wrong_figure(point, *later)  # 下周再录入 for 当天录入
    rivalled = [f for f in wanted if nearest_rival(f, given, wanted, places, anchors)]
    for figure in rivalled + [f for f in wanted if f not in rivalled]:  # wrong before missing
        if any(figure.matches(g) for g in given):
            continue
        rival = nearest_rival(figure, given, wanted, places, anchors)
        if rival is not None:
            return wrong_figure(point, figure, rival)
        own = places_of_its_own(point, answer, places, lang, vocabulary=words, others=others)
        if unlimited := allowed_without_limit(
            point, wanted, given, canonical_answer, own
        ) or limit_denied(point, canonical_answer, places, lang):
            return PointJudgement(point, "contradicted", unlimited, flipped=True)
        unsaid = [t.text for t in terms if t.text not in found]  # all_left_out: 缺少：2℃、6℃
        partial = figure_left_out(point, all_left_out(figure, wanted, given, lang), "", unsaid)
        # 普通衣物不收加急费 for 普通衣物3个工作日内完成: another point's matter (other_matter.py)
        return about_another_point(
            partial, answer, language=lang, vocabulary=words, others=others, stem=stem
        )
    return None


def rival_beside(
    point: str,
    figures: tuple[list[Figure], list[Figure]],
    where: tuple[set[int], set[int]],
    beside: set[int],
    share: float,
) -> PointJudgement | None:
    """A point whose topic is not there told wrong: every word it needs is there (`share` 1), or
    a figure of its kind stands with another value in a clause that names it (`beside`): "free
    check within 6 months" for 6 weeks; None otherwise."""
    (wanted, given), (places, anchors) = figures, where
    for figure in wanted:
        rival = nearest_rival(figure, given, wanted, places, anchors)
        if rival is None or any(figure.matches(g) for g in given):
            continue
        if share == 1 or rival.clause in beside:
            return wrong_figure(point, figure, rival)
    return None
