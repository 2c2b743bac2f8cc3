"""A list of bare figures is no numbered answer (session 23, issue 11 leftovers): "55、70、198"
for the prices of three karaoke rooms lost its first figure, read as a part number like "1、";
a part number opens a part of text, not one figure of a list of figures."""

from __future__ import annotations

from graphs.exam_grading.echoes import without_echoes
from graphs.exam_grading.part_numbers import without_part_numbers
from tests.support.grading import judged, short_answer

ROOMS = short_answer(
    "卡拉OK小包、中包、大包每小时收费多少元？",
    "小包每小时55元",
    "中包每小时70元",
    "大包每小时198元",
)


def test_a_list_of_figures_keeps_its_first_figure() -> None:
    assert without_echoes("55、70、198", ROOMS.stem) == "55、70、198"


def test_a_numbered_part_that_opens_on_a_figure_is_still_numbered() -> None:
    assert without_part_numbers("1、30分钟内上报。2、交还车主") == "30分钟内上报。交还车主"


def test_the_first_figure_of_a_list_counts_as_the_others_do() -> None:
    _, note = judged(ROOMS, "55、70、198")
    assert "未答到：小包每小时55元" not in note, note
    assert "小包每小时55元（0.8/2分）" in note, note
