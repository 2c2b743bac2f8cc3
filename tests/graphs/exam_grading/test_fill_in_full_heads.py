"""A fill-in key's one-character head said by its full word (issue 11, session 15 GZ; word_forms.
full_head): 窑炉操作资格证 for 窑炉操作证 is the certificate itself, as 教练资格证 is 教练证 (T7/D7 scored
such answers 0 '用词不对'). Another modifier or another head stays wrong."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

KILN = fill_blank("陶艺馆使用窑炉的员工须持有____。", "窑炉操作证")
FORM = fill_blank("温泉客人入池前须填写____。", "健康登记表")


@pytest.mark.parametrize(
    ("question", "answer", "credit"),
    [
        (KILN, "窑炉操作资格证", 1.0),
        (KILN, "窑炉操作证书", 1.0),
        (KILN, "窑炉的操作资格证", 1.0),
        (FORM, "健康登记表格", 1.0),
        # counter-cases: another modifier, another head
        (KILN, "电工操作资格证", 0.0),
        (KILN, "窑炉操作手册", 0.0),
        (FORM, "健康承诺书", 0.0),
    ],
)
def test_a_head_said_in_full_is_the_key(question: Question, answer: str, credit: float) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == credit, judgement.reason
    if credit:
        assert "用词不对" not in note, note
