"""A stage's points made in part, scored on the rubric's levels as a trainer reads them.

A rubric describes its levels by how much of the stage was done: 0 「没有了解客户需求」, 40
「了解了部分需求」, 70 「了解了目标和时间安排」, 90 「全面了解…」. A bare share scored one point of
three 33 and two 67, under the rungs the rubric gives them (40, 70): the session-25 trainer's
average learners, who made about half of each stage, scored 18-31 where 35-62 was expected.

Each point made climbs a rung below the top (a point made in part, part of the way to the next);
a share above its rung keeps the share (two points of three under a 0/50/90 ladder, whose one
rung below the top is "the concern acknowledged only", is 67, not 50); nothing made is 0 and
every point made is full marks, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.rubrics import Level


def on_levels(share: float, points: int, levels: Sequence[Level]) -> int:
    """The score (0-100) of `share` of a stage's `points` made, on the rubric's `levels`."""
    bare = round(100 * share)
    if share <= 0 or share >= 1 or points <= 0:
        return bare
    rungs = sorted({lv.score for lv in levels if lv.score > 0})[:-1]  # below the top
    made = share * points  # a point made in part counts its part (report_coverage.PARTLY_DONE)
    climbed = min(int(made), len(rungs))
    score = float(rungs[climbed - 1]) if climbed else 0.0
    if climbed < len(rungs):  # part of the way to the next rung
        score += (made - climbed) * (rungs[climbed] - score)
    return max(bare, round(score))
