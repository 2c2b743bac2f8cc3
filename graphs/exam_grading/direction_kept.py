"""A point that is one direction, said the learner's own way: credited, not missing.

"Pour the developer powder into the water, never water onto the powder" answered "Tip the powder
into the water", "Water first, then the powder" or "Never pour water onto the powder" states the
rule, though it leaves out words of the point (pour, developer) or denies them where the point
does too (directed_acts.py reads the direction). Only a point that is that direction and nothing
else (each clause moves its things, no figure) is read so, and only an answer that never turns it
round; a judgement that rests on a figure, a flipped modality or the learner's own turned-round
sentence stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.directed_acts import direction_of, only_direction, readings
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


def direction_kept(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing, partial, or contradicted only by words it denies) credited where the point is
    one direction and nothing else (each clause moves its things, no figure) and the answer says
    it its own way and never the other: "Tip the powder into the water", "Water first, then the
    powder", "Never pour water onto the powder" (a denied clause of the point's turned round)."""
    if judged.verdict == "credited" or judged.flipped or judged.said:
        return judged
    if judged.wrong_figure or not only_direction(judged.point, language):
        return judged
    direction = direction_of(vocabulary.canonical(judged.point), language)
    if direction is None:
        return judged
    said = [kept for kept, _ in readings(vocabulary.canonical(answer), direction, language)]
    if not said or not all(said):
        return judged
    return replace(judged, verdict="credited", reason="states its direction", named=True)
