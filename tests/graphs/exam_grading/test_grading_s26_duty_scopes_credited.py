"""Session 26: a duty said with most of the point's words but not what it is for is half of it.

Session 25 lead: 「当班发酵员要负直接责任」 was 已答到 for 「当班发酵员对本班发酵质量负直接责任」:
the bearer with its shift word and the degree are most of the point's words, so the point read
as stated, though what the duty is for was never said. Decision: the existing partial level
(half), the note naming the scope (duty_scopes.scope_unsaid). Own trade: a beeswax candle
workshop (熬蜡), zh and en.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM_ZH = "制烛坊的岗位职责有哪些？请写出两条。"
DUTY_ZH = "当班熬蜡工对本班蜂蜡熔化温度负直接责任"
OTHER_ZH = "质检员每天抽查蜡烛燃烧时长"
STEM_EN = "Who answers for what in the candle workshop?"
DUTY_EN = "The chandler on shift is directly responsible for the melting temperature of the wax"
OTHER_EN = "The inspector tests the burn time of ten candles daily"


@pytest.mark.parametrize(
    "answer", ["当班熬蜡工要负直接责任。", "当班熬蜡工负直接责任；质检员每天抽查燃烧时长。"]
)
def test_the_duty_without_what_for_is_half(answer: str) -> None:
    _judgement, note = judged(short_answer(STEM_ZH, DUTY_ZH, OTHER_ZH), answer)
    first = note.split("(2)")[0]
    assert "(1) 部分答到" in first, note
    assert "蜂蜡熔化温度" in first, note  # the scope left out is named


def test_the_duty_without_what_for_is_half_en() -> None:
    answer = "The chandler on shift is directly responsible."
    _judgement, note = judged(short_answer(STEM_EN, DUTY_EN, OTHER_EN), answer)
    assert "(1) partial" in note, note


@pytest.mark.parametrize(
    "answer",
    [
        "当班熬蜡工对蜂蜡熔化温度负直接责任；质检员每天抽查燃烧时长。",
        "当班熬蜡工要对本班蜂蜡的熔化温度负直接责任；质检员每天抽查燃烧时长。",
    ],
)
def test_the_duty_with_what_for_is_credited(answer: str) -> None:
    judgement, note = judged(short_answer(STEM_ZH, DUTY_ZH, OTHER_ZH), answer)
    assert judgement.ratio == 1.0, note


@pytest.mark.parametrize(
    "answer", ["质检员要负直接责任。", "当班熬蜡工不负直接责任。", "当班熬蜡工负间接责任。"]
)
def test_another_bearer_a_denial_or_another_degree_earns_nothing(answer: str) -> None:
    _judgement, note = judged(short_answer(STEM_ZH, DUTY_ZH, OTHER_ZH), answer)
    first = note.split("(2)")[0]
    assert "已答到" not in first and "部分答到" not in first, note
