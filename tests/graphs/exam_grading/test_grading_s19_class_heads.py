"""A fill-in answered with the whole key and a head naming its class is the key (session 18 end
teacher T11: 「公共设施设备（用词不对）」 0, "fire exit doors" for "fire exits" likewise; class_heads.py).
A word after the key that names another thing, or turns it round, is not."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

ESTATE = fill_blank("业主装修期间不得占用或损坏小区____。", "公共设施")
NET_CAFE = fill_blank("网吧员工每晚闭店前须关闭全部____。", "电脑主机")
BOWLING = fill_blank("Bowling alley staff must keep the ____ clear at all times.", "fire exits")
PARKING = fill_blank("酒店代客泊车员不得在消防通道____。", "停车")


@pytest.mark.parametrize(
    ("question", "answer", "credit"),
    [
        (ESTATE, "公共设施设备", 1.0),
        (ESTATE, "公共设施的设备", 1.0),
        (NET_CAFE, "电脑主机设备", 1.0),
        (BOWLING, "fire exit doors", 1.0),
        (BOWLING, "the fire exit doors", 1.0),
        # counter-cases: another thing after the key, the key turned round, a key that is no thing
        (ESTATE, "公共设施以外", 0.0),
        (ESTATE, "非公共设施", 0.0),
        (NET_CAFE, "电脑主机电源", 0.0),
        (BOWLING, "fire exit signs", 0.0),
        (BOWLING, "fire doors", 0.0),
        (PARKING, "停车区域", 0.0),
    ],
)
def test_the_key_with_its_class_head_is_the_key(
    question: Question, answer: str, credit: float
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == credit, judgement.reason
    if credit:
        assert "用词不对" not in note and "not the key's word" not in note, note
