"""A short answer's marks per scoring point, as a teacher writes them: whole or half marks.

A 5-mark question with 3 scoring points gives 2/2/1, never 1.66667 each. Assembly stores the
split on the question (`Question.point_scores`); the grader credits each point by its marks, and
an exam written before the field existed is split here the same way when it is graded.

The split: equal shares when they are whole or half marks (2.5/2.5 for 5 marks over 2 points);
else whole marks (2/2/1), as long as every point gets at least one, the larger ones to the points
with more to state (the longer ones; in order when alike: a point of two rules before one of one); else
half marks (1/1/1/1/0.5/0.5 for 5 marks over 6 points); a score finer than that is split in tenths,
then hundredths. The marks always sum to the score.
"""

from __future__ import annotations

from collections.abc import Sequence

_UNITS = (1.0, 0.5, 0.1, 0.01)


def split_marks(score: float, points: Sequence[str]) -> list[float]:
    """`score` shared over `points` in whole or half marks (see the module)."""
    count = len(points)
    if count <= 0:
        return []
    if _fits(score / count, 0.5):
        return [score / count] * count
    larger_first = sorted(range(count), key=lambda i: -len(points[i].strip()))
    for unit in _UNITS:
        if _fits(score, unit) and score / unit >= count:
            base, extra = divmod(round(score / unit), count)
            more = set(larger_first[:extra])
            return [round((base + (i in more)) * unit, 2) for i in range(count)]
    return [round(score / count, 2)] * count


def point_marks(points: Sequence[str], marks: Sequence[float], score: float) -> list[float]:
    """Each point's marks: the question's own (`marks`, when they are one per point and sum to
    `score`), else the split of `score`; equal shares of 1 when the score is not known."""
    if len(marks) == len(points) and points and abs(sum(marks) - score) < 0.005:
        return [float(m) for m in marks]
    if score <= 0:
        return [1.0] * len(points)
    return split_marks(score, points)


def _fits(value: float, unit: float) -> bool:
    return abs(value / unit - round(value / unit)) < 1e-9
