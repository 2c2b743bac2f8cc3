"""A rule's condition turned round: the act kept, the state it applies in reversed.

"脐带未脱落的宝宝沐浴后须用75%酒精消毒脐部" answered "脐带脱落以后用酒精消毒": the act is there
(酒精, 消毒), but for the babies the rule leaves out. Most of the point's words are found, so the
share of its terms looks stated; a teacher marks it wrong (有误), as she marks a wrong figure.

The rule (`reversed_condition`, Chinese): a word the point says is not (yet) so (未脱落, 没有满,
尚未到期) is asserted in the answer's clause that holds most of the point's other words, where
one of the point's own acts is asserted too, and that clause does not turn the rule's modality
as well ("满18岁可以上网" for "未满18岁不得上网" restates the rule from the other side; so does a
prohibition's act said plainly once its condition is met: "检查没问题再出租" for "未检查不得出租").
"""

from __future__ import annotations

import re

from graphs.exam_grading.modality import OPPOSITE, Modality, modality
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, clauses_of
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_NOT_YET = r"(?:尚未|还未|未|还没有|还没|没有|没)"
"""Negators of a state (not yet so), not of an act the rule forbids (不得, 禁止)."""


def reversed_condition(
    point: str,
    terms: list[Term],
    denied: list[Term],
    anchored: dict[str, set[int]],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> str | None:
    """Why the answer (canonical) reverses the point's (canonical) condition, if it does."""
    if language != "zh" or not denied or not anchored:
        return None
    counts: dict[int, int] = {}
    for places in anchored.values():
        for place in places:
            counts[place] = counts.get(place, 0) + 1
    main = {c for c, n in counts.items() if n == max(counts.values())}
    # the rule's acts: found verbs other than the condition's (未接种…须隔离: 隔离, though the
    # segmenter's scope of 未 runs on over it)
    acts = [t.text for t in terms if t.action and t.text in anchored and t not in denied]
    clauses = CLAUSE_BREAK.split(answer)
    wanted = modality(point, language)
    for term in denied:
        if not term.negated or not re.search(_NOT_YET + re.escape(term.text), point):
            continue
        where = clauses_of(term, answer, language, vocabulary) & main
        acted = [c for c in where if any(c in anchored[a] for a in acts)]
        # a prohibition's condition met, its act said without the prohibition, is the rule from
        # the other side ("检查雪板没问题再出租" for "未检查雪板不得出租"), as 满18岁可以上网 is
        other_side: set[Modality | None] = set()
        if wanted is not None:
            other_side = {OPPOSITE[wanted], None} if wanted == "forbidden" else {OPPOSITE[wanted]}
        turned = any(modality(clauses[c], language) in other_side for c in acted)
        if acted and not turned:
            return f"turns its condition round: {term.text} where the point says not {term.text}"
    return None
