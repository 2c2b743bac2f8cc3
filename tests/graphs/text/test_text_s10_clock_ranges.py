"""Ranges of clock times read whole (graphs/text/figure_ranges.py), session 10.

Teacher T's bakery paper: 「早上六点到八点」 gave only 6:00 (「早上6点到8点」 gave both ends), and a
half of the day said once did not hold for the range's other end. Own examples: a tea house, a
laundry, a sauna, a gym, a ferry kiosk.
"""

from __future__ import annotations

import pytest

from graphs.text.quantities import Quantity, parse_quantities


def _clock(text: str) -> list[float]:
    return [q.value for q, _, _ in parse_quantities(text) if q.dimension == "clock"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("洗衣房六点到九点开放", [6, 9]),
        ("包间只在晚上七点至十点开放", [19, 22]),
        ("桑拿房下午两点半到四点清洁", [14.5, 16]),
        ("售票窗口上午九点到十一点半营业", [9, 11.5]),
        ("晚上九点-十一点不接待", [21, 23]),
        ("下午3-5点是团课时间", [15, 17]),
        ("晚上8点到10点打烊前清点", [20, 22]),
        ("中午12点到2点午休", [12, 14]),
        ("晚上11点到凌晨2点由夜班值守", [23, 2]),
        ("晚上10点到2点营业", [22, 2]),
        ("桑拿房下午2:30-4:00暂停使用", [14.5, 16]),
        ("The spin studio is open from six to nine p.m.", [18, 21]),
        ("Deliveries come from 7 to 9 pm", [19, 21]),
        ("Deliveries come from six to eight a.m.", [6, 8]),
        ("The desk is staffed from 11 to 2 pm", [11, 14]),
        ("between seven and nine pm", [19, 21]),
    ],
)
def test_both_ends_of_a_clock_range_are_read(text: str, hours: list[float]) -> None:
    assert _clock(text) == hours


@pytest.mark.parametrize("text", ["差一点到了", "再多一点至少也行", "有一点到位了"])
def test_a_little_is_still_no_time(text: str) -> None:
    assert _clock(text) == []


def test_a_range_of_other_figures_is_read_as_before() -> None:
    assert [q for q, _, _ in parse_quantities("3-5个工作日")] == [
        Quantity(3, "working_day", "working_day"),
        Quantity(5, "working_day", "working_day"),
    ]
    assert [q.value for q, _, _ in parse_quantities("冷藏在2-8℃")] == [2, 8]
