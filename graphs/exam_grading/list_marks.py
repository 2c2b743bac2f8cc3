"""What a bare keyword list earns, point by point (keyword_lists.py says what is one).

A list states nothing, so it never passes; but a list with every figure of the rules right is
worth more than one that names the rules by a word (session 18 end teacher T11:
"车厢温度记录仪、-18℃、0-4℃、-15℃、整批拒收、20分钟、缓冲冷间" earned the flat fifth a list of nouns
does). Each point the list names (two of its terms, or one with its figure: PointJudgement.named;
the number of one of its figures, `lists_a_figure`, so a point whose figure is on the paper is
never 未答到; or a word of its own, keyword_lists.named_by_a_term) earns KEYWORD_LIST_SHARE of
its marks, as teachers have always given a list ("警示牌 急停 安全带": a fifth of each point), and
up to LIST_CAP as the list gives more of its figures beside half of its own words (not printed by
the stem, not another point's): figures alone ("60秒打电话，2分钟，10分钟") do not say which rule
is which (`Listed.share`). The whole list earns LIST_CAP of the score at most where it gives
every figure of every point (and every point has one), else KEYWORD_LIST_SHARE at most
("前台提交申请 3天 2次 店长", where the manager's rule has no figure). A point's reason says what
the list gives of it, never that the learner "states" it or says what it rules out: a bare word
has no polarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.keyword_lists import KEYWORD_LIST_SHARE, named_by_a_term
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import content_terms, occurrences, shared_terms, term_key
from graphs.exam_grading.vocabulary import default_vocabulary
from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.quantities import Quantity, same_quantity

LIST_CAP = 2 / 5
"""The most a bare list earns of a point, and of the score where it lists every figure of every
point (`as_listed`); otherwise it earns KEYWORD_LIST_SHARE of the score at most."""


@dataclass(frozen=True)
class Listed:
    """What a bare list gives of one point: its figures and its own words, each given / all."""

    figures: int
    of_figures: int
    words: int
    of_words: int

    @property
    def share(self) -> float:
        """The share of the point's marks this earns (module doc)."""
        if not self.of_figures or 2 * self.words < self.of_words:
            return KEYWORD_LIST_SHARE
        return KEYWORD_LIST_SHARE + (LIST_CAP - KEYWORD_LIST_SHARE) * self.figures / self.of_figures

    def describe(self) -> str:
        """What the list gives of the point, for its reason."""
        parts = [f"{self.figures} of {self.of_figures} figure(s)"] if self.of_figures else []
        if self.of_words:
            parts.append(f"{self.words} of {self.of_words} own word(s)")
        return "the list gives " + (" and ".join(parts) or "words of it") + ", no statement"


def listed(point: str, answer: str, others: Sequence[str], stem: str) -> Listed:
    """What the bare list `answer` gives of `point` (the question's other points: `others`)."""
    language = detect_language(point)
    vocabulary = default_vocabulary()
    wanted = [f.quantity for f in figures_of(point, language, in_point=True) if f.quantity]
    given = list_figures(answer, language)
    terms = content_terms(point, language, vocabulary)
    shared = shared_terms(terms, others, language, vocabulary)
    printed = {term_key(t.text, language) for t in content_terms(stem, language, vocabulary)}
    own = [
        t.text for t in terms if t.text not in shared and term_key(t.text, language) not in printed
    ]
    canonical = vocabulary.canonical(answer)
    return Listed(
        figures=sum(any(_lists(q, g) for g in given) for q in wanted),
        of_figures=len(wanted),
        words=sum(bool(occurrences(t, canonical, language)) for t in own),
        of_words=len(own),
    )


def lists_a_figure(point: str, answer: str) -> bool:
    """Whether a bare list gives the number of one of `point`'s figures (97.6% on the paper for
    「…的最大转换效率为97.6%」): the point is listed, never 未答到."""
    language = detect_language(point)
    given = list_figures(answer, language)
    wanted = [f.quantity for f in figures_of(point, language, in_point=True) if f.quantity]
    return any(_lists(q, g) for q in wanted for g in given)


def list_figures(answer: str, language: Language) -> list[Quantity]:
    """The figures a bare list gives. Numbers parted by spaces alone ("55 70 198") read as one
    code (a phone number's groups) where the answer states something; in a list they are its
    entries, each a figure, as "55、70、198" is, so the list names their points as that one does."""
    figures = figures_of(answer, language)
    if any(f.identifier is not None for f in figures):
        figures = [f for entry in answer.split() for f in figures_of(entry, language)]
    return [f.quantity for f in figures if f.quantity]


def _lists(wanted: Quantity, given: Quantity) -> bool:
    """Whether a list's figure `given` is the point's `wanted`: the same quantity, or its number
    bare ("134, 3" for 134 °C for 3 minutes); 2 °C is no "2 hours"."""
    if given.dimension is None:
        return given.value == wanted.value
    return same_quantity(wanted, given)


def as_listed(
    judgements: Sequence[PointJudgement], answer: str, points: Sequence[str], stem: str
) -> tuple[list[PointJudgement], list[float], float]:
    """The points' judgements as a bare list's, the share of its marks each earns and the most
    the list earns of the score (LIST_CAP where it lists every figure of every point, else
    KEYWORD_LIST_SHARE; module doc): a point
    contradicted only by a denied word, or named by a figure's number or a word of its own, is
    named (a figure or a modal word the list gives still contradicts); a named point's reason
    says what the list gives of it."""
    judged: list[PointJudgement] = []
    shares: list[float] = []
    every_figure = True
    for judgement in judgements:
        others = [o for o in points if o != judgement.point]
        if judgement.verdict == "contradicted" and not (
            judgement.wrong_figure or judgement.flipped
        ):
            judgement = replace(judgement, verdict="missing", named=True)
        if judgement.verdict == "missing" and not judgement.named:
            named = lists_a_figure(judgement.point, answer) or named_by_a_term(
                judgement.point, answer, others, stem
            )
            judgement = replace(judgement, named=named)
        given = listed(judgement.point, answer, others, stem)
        every_figure &= 0 < given.figures == given.of_figures
        if judgement.named and judgement.verdict != "contradicted":
            judgement = replace(judgement, reason=given.describe())
            shares.append(given.share)
        else:
            shares.append(0.0)
        judged.append(judgement)
    return judged, shares, LIST_CAP if every_figure else KEYWORD_LIST_SHARE
