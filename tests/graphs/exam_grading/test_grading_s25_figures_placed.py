"""A figure is read against the point it belongs to (session 25 teacher T18, e3 strong Q10: "the
glazier gets to site at least ten minutes early" was "contradicted (you gave: a day, the point says
10 minutes)", the day being the confirmation's; e3 weak Q10: "confirm 2 hours before and arrive 30
minutes early" was "you gave: 2 hours" for the arrival).

Two causes: "no later than 10 minutes before the agreed time" was read as at most 10 minutes
(bounds._latest_lead: a lead time said as the latest moment is at least that long), so "at least
ten minutes early" gave no figure of it; and of two rivals in one clause the first in the
alphabet was quoted (contradictions.nearest_rival now prefers the point's own unit). Own trade: a
watchmaker's bench.
"""

from __future__ import annotations

from graphs.exam_grading.figures import figures_of
from tests.support.grading import judged, short_answer

STEM = "What must a watchmaker do before the bench opens? Give both rules with their times."
CONFIRM = "The watchmaker must confirm each repair slot with the owner at least 48 hours in advance"
ARRIVE = "Watchmakers must be at the bench no later than 15 minutes before opening time"
RULES = short_answer(STEM, CONFIRM, ARRIVE)


def test_no_later_than_a_span_before_is_at_least_that_span_ahead() -> None:
    (point,) = figures_of(ARRIVE, "en", in_point=True)
    (given,) = figures_of("She is at the bench at least fifteen minutes early", "en")
    assert point.bound == "lower", point
    assert point.matches(given)


def test_a_day_ahead_and_fifteen_minutes_early_are_both_right() -> None:
    answer = (
        "The watchmaker confirms each slot with the owner at least two days (48 h) ahead; the "
        "watchmaker is at the bench at least fifteen minutes early."
    )
    judgement, note = judged(RULES, answer)
    assert "contradicted" not in note, note
    assert judgement.ratio == 1.0, note


def test_the_wrong_figure_quoted_is_the_one_of_the_point() -> None:
    answer = (
        "The watchmaker must confirm the slot 3 hours before and be at the bench 40 minutes early."
    )
    _, note = judged(RULES, answer)
    assert "(2) contradicted (you gave: 40 minutes" in note, note
    assert "(1) contradicted (you gave: 3 hours" in note, note


def test_a_deadline_before_a_time_of_day_stays_an_upper_bound() -> None:
    (figure,) = figures_of("Returns must reach the bench no later than 5 days after pickup", "en")
    assert figure.bound != "lower", figure
