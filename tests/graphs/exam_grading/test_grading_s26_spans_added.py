"""Session 26: a span added or moved by, said with "a" ("add a day", "extended by a day").

"Add a day to the drying time." was 'missing' for a point that extends the drying time by 24
hours (session 26 teacher T19, e3 average Q13): "a day" after "add" or "by" held no figure, so
the point's figure was never found, while "Add 24 hours" earned the point's part. A day is 24
hours however it is said. Own course: a quarry's gravel washing plant.
"""

from __future__ import annotations

import pytest

from graphs.text.quantities import Quantity, quantities_of
from tests.support.grading import judged, short_answer

STEM = "What happens when the washed gravel is too wet?"
POINT = (
    "If the washed gravel holds more than 8 percent water, its stockpile time is extended by "
    "24 hours and the yard log must state the reason"
)


@pytest.mark.parametrize(
    "answer",
    [
        "Add a day to the stockpile time.",
        "The stockpile time is extended by a day.",
        "Extend the stockpile time by a day.",
    ],
)
def test_a_day_added_is_the_points_24_hours(answer: str) -> None:
    by_hours, _ = judged(short_answer(STEM, POINT), "Add 24 hours to the stockpile time.")
    judgement, note = judged(short_answer(STEM, POINT), answer)
    assert judgement.ratio > 0, note
    assert judgement.ratio == by_hours.ratio, note


def test_another_span_added_is_still_wrong() -> None:
    judgement, note = judged(short_answer(STEM, POINT), "Add a week to the stockpile time.")
    assert judgement.ratio == 0, note


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The belt was late by a day.", [Quantity(1, "day", "duration")]),
        ("Add an hour to the wash.", [Quantity(1, "hour", "duration")]),
        ("Wash the screens once a day.", []),
        ("Pay the haulier by a cheque.", []),
    ],
)
def test_a_span_after_by_or_add_is_a_figure(text: str, figures: list[Quantity]) -> None:
    assert quantities_of(text) == figures
