"""Session 25: a responsibility said without what it is for is part of the point.

Designer D18, m1 Q13: 「司炉工负直接责任；班长每天签字检查记录。」 was (1) 未答到 for
「当班司炉工对本班锅炉安全运行负直接责任」: who bears the duty and how are said, what for is
not; a teacher gives it most of its marks (duty_scopes.py). Another bearer, another degree or the
duty denied states no part of it. Own course: a kombucha (红茶菌) brewing room.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM_ZH = "课程材料“责任”部分有哪些规定？请写出全部两条（写明负责人）。"
POINT_ZH = "当班发酵员对本班红茶菌发酵罐卫生负直接责任"
OTHER_ZH = "组长负责检查消毒记录并每日签字"
STEM_EN = "Who is responsible for what in the kombucha brewing room?"
POINT_EN = "The brewer on shift is directly responsible for the hygiene of the fermenting tanks"
OTHER_EN = "The team leader checks and signs the cleaning log daily"


def _first_point(note: str) -> str:
    return note.split("(2)")[0]


@pytest.mark.parametrize(
    "answer", ["发酵员负直接责任；组长每天签字检查记录。", "发酵员应负直接责任。"]
)
def test_the_duty_without_its_scope_is_partial(answer: str) -> None:
    _judgement, note = judged(short_answer(STEM_ZH, POINT_ZH, OTHER_ZH), answer)
    first = _first_point(note)
    assert "部分答到" in first, note
    assert "发酵罐" in first and "卫生" in first, note  # the scope left out is named


def test_the_duty_without_its_scope_is_partial_en() -> None:
    answer = "The brewer is directly responsible. The team leader signs the log daily."
    _judgement, note = judged(short_answer(STEM_EN, POINT_EN, OTHER_EN), answer)
    assert "(1) partial" in note, note
    assert "hygiene" in _first_point(note), note


@pytest.mark.parametrize(
    "answer",
    [
        "组长负直接责任；组长每天签字检查记录。",  # another bearer
        "发酵员不负直接责任；组长每天签字检查记录。",  # denied
        "发酵员负间接责任；组长每天签字检查记录。",  # another degree
    ],
)
def test_another_bearer_degree_or_a_denial_is_no_part(answer: str) -> None:
    _judgement, note = judged(short_answer(STEM_ZH, POINT_ZH, OTHER_ZH), answer)
    assert "部分答到" not in _first_point(note), note
    assert "已答到" not in _first_point(note), note


@pytest.mark.parametrize(
    "answer",
    [
        "The team leader is directly responsible. The team leader signs the log daily.",
        "The brewer is not responsible. The team leader signs the log daily.",
    ],
)
def test_another_bearer_or_a_denial_is_no_part_en(answer: str) -> None:
    _judgement, note = judged(short_answer(STEM_EN, POINT_EN, OTHER_EN), answer)
    assert "(1) partial" not in note and "(1) credited" not in note, note


def test_the_duty_with_its_scope_is_credited() -> None:
    answer = "发酵员对发酵罐卫生负直接责任；组长每天签字检查记录。"
    judgement, note = judged(short_answer(STEM_ZH, POINT_ZH, OTHER_ZH), answer)
    assert judgement.ratio == 1, note
