"""Which of the answer's figures stands for which of the point's: in order, where both give as
many figures of one kind.

"客户投诉要在48小时内回访，72小时内给出方案" for "投诉须在24小时内回访，48小时内给出处理方案" gives
48 hours for the visit (24) and 72 for the plan (48). Its 48 is the value of the point's second
figure, but it stands first, where the point's 24 stands: the learner wrote 48 for 24, not 72
(session 16 end designer D9: the note said 「答成：72小时，要点为24小时」). Where the answer has
fewer figures of the kind than the point, an own value is the point's ("within 2 hours" of "for
over 30 min, … within 2 hours"), and contradictions.nearest_rival looks for the nearest other.
"""

from __future__ import annotations

from graphs.exam_grading.figures import Figure


def paired_in_order(figure: Figure, given: list[Figure], wanted: list[Figure]) -> Figure | None:
    """The answer's figure at the place of the point's `figure` among the figures of its kind,
    where the answer gives none of `figure`'s value and as many figures of the kind as the point
    (two or more; a period is of another kind than a span); None otherwise."""

    def alike(other: Figure) -> bool:  # of its kind, a period for a period (每30日, not 30日)
        return figure.rivals(other) and other.every == figure.every

    kind = [w for w in wanted if w is figure or alike(w)]
    theirs = sorted((g for g in given if alike(g)), key=lambda g: g.clause)  # in the answer's order
    if len(kind) < 2 or len(kind) != len(theirs) or any(figure.matches(g) for g in given):
        return None
    at = next((i for i, w in enumerate(kind) if w is figure), None)
    return None if at is None else theirs[at]
