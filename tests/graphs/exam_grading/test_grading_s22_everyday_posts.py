"""Who a fill-in asks for, said in everyday words (session 22 held-out teacher: 售票岗位的员工 and
卖票的 for 售票员 were 0/2 用词不对, "it names the right role"; 老板 for a 店长-like key was 0/2
另一个岗位, "harsh, the material has no 老板 role").

The post described by its work (X岗位的员工, 负责X的人, X的) is the post whose work X is, the
everyday 卖票 for 售票 too (synonyms.yaml `trades:`): full credit. Another work stays 0, 另一个岗位.
A word for whoever is in charge (老板, 负责人, boss; 经理 for a 店长) is no post of the material:
用词不对, half the blank where the key is the head, 0 where it is not (boss_words.py).
Own trades: an amusement-park ticket office (游乐园售票处) and a ski lift."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

SELLERS = fill_blank("游乐园开园前，____必须核对当日票价牌。", "售票员")
HEAD = fill_blank("售票处现金短缺时须立即报告____。", "店长")
LIFT_HEAD = fill_blank("If a chair stops twice in an hour, call the ____ at once.", "lift manager")
TEAM_HEAD = fill_blank("售票处换班时，交接表由____签字。", "班长")
OPERATOR = fill_blank("The ____ stops the lift when gusts pass 60 km/h.", "lift operator")


@pytest.mark.parametrize(
    "answer", ["售票岗位的员工", "卖票的", "负责卖票的员工", "售票岗位的人员", "负责售票的人"]
)
def test_the_post_described_by_its_work_is_the_post(answer: str) -> None:
    judgement, note = judged(SELLERS, answer)
    assert judgement.ratio == 1.0, judgement.reason
    assert "回答正确" in note, note


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("检票的", "另一个岗位"),
        ("负责检票的人", "另一个岗位"),
        ("检票岗位的员工", "另一个岗位"),
        ("红色的", "用词不对"),  # no work of any post: no post
        ("卖东西的", "用词不对"),  # 卖 alone is any selling, not 售票
        ("售票处", "用词不对"),  # the place, not its people
    ],
)
def test_another_work_or_no_post_stays_0(answer: str, label: str) -> None:
    judgement, note = judged(SELLERS, answer)
    assert judgement.ratio == 0.0, judgement.reason
    assert label in note, note


@pytest.mark.parametrize(
    ("question", "answer", "ratio", "label"),
    [
        (HEAD, "老板", 0.5, "用词不对"),
        (HEAD, "负责人", 0.5, "用词不对"),
        (HEAD, "经理", 0.5, "用词不对"),
        (LIFT_HEAD, "the boss", 0.5, "not the key's word"),
        (LIFT_HEAD, "the person in charge", 0.5, "not the key's word"),
        (SELLERS, "老板", 0.0, "用词不对"),  # the boss is not who sells the tickets
        (OPERATOR, "boss", 0.0, "not the key's word"),
        # real posts stay another post
        (HEAD, "副经理", 0.0, "另一个岗位"),
        (HEAD, "收银员", 0.0, "另一个岗位"),
        (LIFT_HEAD, "lift attendant", 0.0, "another post"),
        (LIFT_HEAD, "assistant manager", 0.0, "another post"),
        (TEAM_HEAD, "负责人", 0.0, "用词不对"),  # one team's head is not the boss of the place
    ],
)
def test_a_word_for_whoever_is_in_charge_is_no_other_post(
    question: Question, answer: str, ratio: float, label: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == ratio, judgement.reason
    assert label in note, note
