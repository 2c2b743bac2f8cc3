"""The verdict on one scoring point (scoring_points.judge_point gives it): credited, partial,
missing or contradicted, with what the learner's note needs to say why (the point's figure and
the one given instead, the learner's sentence, the rule left out)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from graphs.exam_grading.contradictions import wrong_figure_reason
from graphs.exam_grading.figures import Figure
from graphs.exam_grading.point_terms import Term
from graphs.exam_grading.same_figures import WORKING_DAYS_AS_DAYS_CREDIT, working_days_as_days

PointVerdict = Literal["credited", "partial", "missing", "contradicted"]

PARTIAL_CREDIT = WORKING_DAYS_AS_DAYS_CREDIT
"""Credit for a point whose topic is there but whose figure is missing (or its working days said
as days: the same half a blank earns)."""
CREDIT: dict[PointVerdict, float] = {
    "credited": 1.0,
    "partial": PARTIAL_CREDIT,
    "missing": 0.0,
    "contradicted": 0.0,
}


@dataclass(frozen=True)
class PointJudgement:
    """The verdict on one scoring point and why."""

    point: str
    verdict: PointVerdict
    reason: str
    wrong_figure: bool = False
    """Contradicted by a figure of the point's kind with another value (12小时 for 2小时)."""
    flipped: bool = False
    """Contradicted by the opposite modality (可以 where the point says 不得; modality.py) or by a
    listed opposite word where the point stands (warmer for colder; synonyms.yaml)."""
    named: bool = False
    """The answer names the point: two of its terms, or one with its figures, and does not
    contradict it (what a bare keyword list earns a little for; keyword_lists.py)."""
    figure: Figure | None = None
    """partial: the point's figure the answer lacks; wrong_figure: the point's figure."""
    rival: Figure | None = None
    """wrong_figure: the figure the answer gave instead (for the learner's note)."""
    said: str = ""
    """contradicted: the learner's own sentence that turns the rule round, when one does
    (order_rules.py: 先收下衣服，回店里再检查), for the note to say what they said."""
    lacks: str = ""
    """partial: the rule of the point the answer leaves out, when it states another (point_rules.py),
    for the note to name what is missing."""

    part: float | None = None
    """partial: the share earned where it is not PARTIAL_CREDIT (a topic without two or more of
    the point's figures earns less: point_rules.py)."""

    @property
    def credit(self) -> float:
        """The share of the point's marks this verdict earns."""
        if self.verdict == "partial" and self.part is not None:
            return self.part
        return CREDIT[self.verdict]


def denial(
    texts: Sequence[str], terms: Sequence[Term], written: Callable[[Sequence[str]], str]
) -> str:
    """Why denied words contradict the point: "denies 封存" for a word the point asserts; for one
    the point rules out and the answer asserts (16岁以上可以上网 for 不得上网), "says 上网 where the
    point rules it out", never "denies 上网" of a learner who affirmed it."""
    ruled_out = {t.text for t in terms if t.negated}
    denied = [t for t in texts if t not in ruled_out]
    asserted = [t for t in texts if t in ruled_out]
    reasons = [f"denies {written(denied)}"] if denied else []
    if asserted:
        reasons.append(f"says {written(asserted)} where the point rules it out")
    return "; ".join(reasons)


def wrong_figure(point: str, figure: Figure, rival: Figure) -> PointJudgement:
    """The point told with another figure of its kind (`rival`) where it says `figure`; partial
    where the rival is its working days said as days (3天 for 3个工作日: same_figures.py)."""
    if (
        figure.quantity is not None
        and rival.quantity is not None
        and not (rival.said or rival.opposes(figure) or rival.negated != figure.negated)
        and working_days_as_days(rival.quantity, figure.quantity)
    ):
        return PointJudgement(
            point,
            "partial",
            f"gives {rival.describe()} where the point says {figure.describe()}: days, "
            "not working days",
            named=True,
            figure=figure,
            rival=rival,
        )
    return PointJudgement(
        point,
        "contradicted",
        wrong_figure_reason(rival, figure),
        wrong_figure=True,
        figure=figure,
        rival=rival,
    )
