"""Two scoring points whose consequences the answer swaps: both contradicted, the swap named.

A question may ask two rules of one shape, each a subject and what follows from it: "在厅内吸烟的，
罚款100元" and "在厅内打架的，立即请其离场". An answer that pins each consequence on the other
subject ("打架的罚款100元，吸烟的请其离场") holds every word of both points, so each is credited
when read alone; yet the learner has both rules the wrong way round (session 22 end teacher T15,
C_weak Q10: "The label should be contradicted; the learner is never told they swapped the
penalties").

A point's *subject* is its first clause (a condition "…的", or a rule "厅内严禁吸烟"), its
*consequence* the clauses after it; each is read as its content words that the other point has
nowhere (球厅, which both name, tells them apart nowhere). The two points are *swapped* when an
answer clause holds one point's subject beside the other's consequence, another clause does the
same the other way round, and no clause puts either subject with its own consequence.

A point that labels a role's duties ("叉车司机：负责搬运托盘，必须持证上岗") has the role as its
subject and every duty after the colon as its consequence: "叉车司机负责审批异常，值班主管开叉车搬
托盘" gives each role the other's duty (session 23 held-out teacher T16, C_weak Q10). The role is
read whole there (叉车 in 开叉车 is no 叉车司机), and a clause's roles are left out where it is read
for duties (搬运 in 搬运工 is no 搬运).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import jieba

from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms, occurrences
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


@dataclass(frozen=True)
class _Halves:
    """A point's own words: those of its subject (first clause) and of its consequence."""

    subject: frozenset[str]
    consequence: frozenset[str]
    labelled: bool = False
    """The subject is a label before a colon (a role): read whole, not by its parts."""


_LABEL = re.compile(r"^([^：:，,；;。]{2,10})[：:](.+)$", re.S)
"""A point that labels what follows: "值班主管：负责异常审批和报警处置"."""


def _halves(point: str, other: str, language: Language, words: Vocabulary) -> _Halves | None:
    theirs = {t.text for t in content_terms(other, language, words)}
    if (label := _LABEL.match(point.strip())) and _LABEL.match(other.strip()):
        role = label.group(1).strip()
        duties = {t.text for t in content_terms(label.group(2), language, words)} - theirs
        return _Halves(frozenset({role}), frozenset(duties), labelled=True) if duties else None
    clauses = [c.strip() for c in CLAUSE_BREAK.split(point) if c.strip()]
    if len(clauses) < 2:
        return None
    head = {t.text for t in content_terms(clauses[0], language, words)} - theirs
    tail = {
        t.text for c in clauses[1:] for t in content_terms(c, language, words) if t.text not in head
    } - theirs
    if not head or not tail:
        return None
    return _Halves(frozenset(head), frozenset(tail))


def _cores(term: str, language: Language) -> set[str]:
    """A term and, for a Chinese compound, the words it is built of that are no modal (吸烟 of
    不得吸烟) and its head, its last two characters (罚款 of 违者罚款): "吸烟的罚款100元" names
    both halves of 严禁吸烟，违者罚款100元."""
    if language != "zh" or len(term) < 4:
        return {term}
    parts = {p for p in jieba.lcut(term) if len(p) > 1 and not modality(p, language)}
    return {term, term[-2:], *parts}


def _holds(clause: str, terms: frozenset[str], language: Language, *, whole: bool = False) -> bool:
    return any(
        occurrences(core, clause, language)
        for term in terms
        for core in ({term} if whole else _cores(term, language))
    )


def _without(clause: str, halves: Sequence[_Halves]) -> str:
    """`clause` with the labelled roles of `halves` blanked out, to be read for duties."""
    for h in halves:
        if h.labelled:
            for role in h.subject:
                clause = clause.replace(role, "\u3000" * len(role))
    return clause


def _crossed(
    mine: _Halves, theirs: _Halves, clauses: Sequence[str], language: Language
) -> str | None:
    """The answer clause that gives `mine`'s subject `theirs`' consequence and not its own."""
    for clause in clauses:
        duties = _without(clause, (mine, theirs))
        if (
            _holds(clause, mine.subject, language, whole=mine.labelled)
            and _holds(duties, theirs.consequence, language)
            and not _holds(duties, mine.consequence, language)
            and not _holds(clause, theirs.subject, language, whole=theirs.labelled)
        ):
            return clause
    return None


def _kept(halves: _Halves, clauses: Sequence[str], language: Language) -> bool:
    return any(
        _holds(c, halves.subject, language, whole=halves.labelled)
        and _holds(_without(c, (halves,)), halves.consequence, language)
        for c in clauses
    )


def _said(clause: str, swapped_with: int, language: Language) -> str:
    if language == "zh":
        return f"{clause}，与第{swapped_with}点的处理答反了"
    return f"{clause}, swapped with point {swapped_with}"


def swapped_points(
    points: Sequence[str],
    judgements: Sequence[PointJudgement],
    answer: str,
    language: Language,
    words: Vocabulary,
) -> list[PointJudgement]:
    """`judgements` (one per point, in order) with each pair of points whose consequences the
    answer swaps (module doc) contradicted, each note quoting the learner's clause for it and
    naming the point it was swapped with."""
    result = list(judgements)
    canonical = words.canonical(answer)
    clauses = [c.strip() for c in CLAUSE_BREAK.split(canonical) if c.strip()]
    written = [c.strip() for c in CLAUSE_BREAK.split(answer) if c.strip()]
    if len(clauses) < 2:
        return result
    for i, first in enumerate(points):
        for j in range(i + 1, len(points)):
            second = points[j]
            a = _halves(first, second, language, words)
            b = _halves(second, first, language, words)
            if a is None or b is None or _kept(a, clauses, language) or _kept(b, clauses, language):
                continue
            a_said, b_said = _crossed(a, b, clauses, language), _crossed(b, a, clauses, language)
            if a_said is None or b_said is None:
                continue
            for at, said, other in ((i, a_said, j), (j, b_said, i)):
                shown = written[clauses.index(said)] if len(written) == len(clauses) else said
                result[at] = replace(
                    result[at],
                    verdict="contradicted",
                    reason=f"gives it point {other + 1}'s consequence: {shown}",
                    flipped=True,
                    figure=None,
                    rival=None,
                    said=_said(shown, other + 1, language),
                    lacks="",
                    part=None,
                )
    return result
