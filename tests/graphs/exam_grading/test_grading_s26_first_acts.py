"""Session 26: an English point's first act said on its subject is part of the point.

"Take the mould out of use." for a point that takes a damaged mould out of use at once and tags
it red was 'missing' (session 26 teacher T19, e3 average Q12): the learner does the act the rule
is for, on the thing it names. A teacher gives at least half; the note names what is left out.
The second act alone, or the first on another thing, is no part. Own course: a quarry's
screening plant.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM = "What is done with a damaged vibrating screen?"
POINT = "A vibrating screen with a split or slack mesh must be taken out of service at once and tagged red"


@pytest.mark.parametrize(
    "answer",
    ["Take the vibrating screen out of service.", "The screen is taken out of service."],
)
def test_the_first_act_on_its_subject_is_part(answer: str) -> None:
    judgement, note = judged(short_answer(STEM, POINT), answer)
    assert judgement.ratio >= 0.5, note
    assert "partial" in note or judgement.ratio == 1, note


def test_the_whole_point_is_credited() -> None:
    answer = "A screen with a split or slack mesh is taken out of service at once and tagged red."
    judgement, note = judged(short_answer(STEM, POINT), answer)
    assert judgement.ratio == 1, note


@pytest.mark.parametrize(
    "answer",
    ["Take the conveyor out of service.", "Keep the vibrating screen in service."],
)
def test_another_thing_or_act_is_no_part(answer: str) -> None:
    judgement, note = judged(short_answer(STEM, POINT), answer)
    assert judgement.ratio == 0, note
