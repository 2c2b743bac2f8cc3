"""Session 12 (issue 11), a lead's own paper: durations said in words, as a learner says them.

"fifteen dollars for every quarter hour" was partial (missing: 15 minutes) for "$15 per 15 minutes"
(a dog-grooming salon). Own examples, other trades: a car park, a bicycle hire, a print shop.
"""

from __future__ import annotations

import pytest

from graphs.exam_grading.matching import match_blank
from graphs.text.quantities import Quantity, parse_quantities, same_quantity
from tests.support.grading import judged
from tests.support.grading import short_answer as _item

MINUTES_15 = Quantity(15, "minute", "duration")
MINUTES_30 = Quantity(30, "minute", "duration")
MINUTES_90 = Quantity(90, "minute", "duration")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("parking is billed by the quarter hour", MINUTES_15),
        ("a quarter-hour grace period", MINUTES_15),
        ("each half hour of hire", MINUTES_30),
        ("a half-hour break", MINUTES_30),
        ("within an hour and a half", MINUTES_90),
        ("it takes one and a half hours", MINUTES_90),
        ("2 hours and a half", Quantity(150, "minute", "duration")),
        ("两个半小时", Quantity(150, "minute", "duration")),
        ("一刻钟", MINUTES_15),
        ("半小时", MINUTES_30),
        ("一个半小时", MINUTES_90),
    ],
)
def test_a_duration_said_in_words_is_its_minutes(text: str, figure: Quantity) -> None:
    found = [quantity for quantity, _, _ in parse_quantities(text)]
    assert len(found) == 1 and same_quantity(found[0], figure), found


def test_and_a_half_is_no_share_of_fifty_percent() -> None:
    # "an hour and a half" read as 1 hour and a 50% share; no percent is said
    found = [
        quantity for quantity, _, _ in parse_quantities("Loans end within an hour and a half.")
    ]
    assert [q.dimension for q in found] == ["duration"], found


def test_a_short_answer_may_say_the_minutes_in_words() -> None:
    car_park = _item(
        "How is parking charged?",
        "Parking costs $2 per 15 minutes, and vehicles left more than 90 minutes are clamped",
        "Hire bikes must be returned within 30 minutes of the booked time",
    )
    judgement, note = judged(
        car_park,
        "Parking is two dollars every quarter hour, and a car left over an hour and a half is "
        "clamped. Bikes go back within half an hour of the booked time.",
    )
    assert judgement.ratio == 1, (judgement.reason, note)
    judgement, note = judged(
        car_park,
        "Parking is two dollars every half hour, and a car left over an hour and a half is "
        "clamped. Bikes go back within half an hour of the booked time.",
    )
    assert judgement.ratio < 1, (judgement.reason, note)


def test_a_fortnight_and_two_weeks_are_fourteen_days() -> None:
    shop = _item("印刷品多久可以取？", "客户须在14天内取走印好的物料，逾期收取保管费")
    judgement, note = judged(shop, "客户要在两周内取走印好的物料，超过时间收保管费。")
    assert judgement.ratio == 1, (judgement.reason, note)
    english = _item("When must prints be collected?", "Prints must be collected within 14 days")
    judgement, note = judged(english, "Prints must be picked up within a fortnight.")
    assert judgement.ratio == 1, (judgement.reason, note)


def test_a_fill_in_may_say_the_minutes_in_words() -> None:
    assert match_blank("a quarter hour", "15 minutes").credit == 1
    assert match_blank("half-hour", "30 minutes").credit == 1
    assert match_blank("an hour and a half", "90 minutes").credit == 1
    assert match_blank("half an hour", "15 minutes").credit == 0
