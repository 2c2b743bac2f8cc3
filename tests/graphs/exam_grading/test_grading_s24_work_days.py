"""Working days said otherwise are working days (session 24 teacher T17, e2 average Q8: '5 days'
scored 'Correct: 5 working days (your answer: 5 days)'; calendar days and working days differ).
"5 days" for "5 working days" is half already; a key written "5 work days", "5 workdays",
"5 weekdays" or 5个工作天 was read as a bare 5 and took any unit. Own trade: a key-cutting kiosk and
a seed warehouse."""

from __future__ import annotations

import pytest

from graphs.text.quantities import parse_quantities
from tests.support.grading import fill_blank, judged


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        ("Uncollected cut keys are kept for ____.", "5 work days", "5 days"),
        ("Uncollected cut keys are kept for ____.", "5 workdays", "5 days"),
        ("Uncollected cut keys are kept for ____.", "5 weekdays", "5 days"),
        ("未领取的种子样品保留____。", "5个工作天", "5天"),
    ],
)
def test_days_for_working_days_said_otherwise_are_half(stem: str, key: str, answer: str) -> None:
    judgement, note = judged(fill_blank(stem, key), answer)
    assert judgement.ratio == 0.5, note


def test_the_same_working_days_said_otherwise_are_the_key() -> None:
    judgement, note = judged(
        fill_blank("Uncollected cut keys are kept for ____.", "5 working days"), "5 workdays"
    )
    assert judgement.ratio == 1.0, note


def test_a_weekday_before_a_noun_is_no_unit() -> None:
    ((quantity, _, _),) = parse_quantities("5 weekday mornings")
    assert quantity.unit is None
