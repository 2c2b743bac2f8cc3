"""Who a fill-in asks for, named by the everyday word for the same work (session 21 end teacher
T14: 送货员 for 配送员 was 用词不对; end designer D14: 装修工人 for 施工人员 0/2, "Same people; a
trainer accepts it").

A person word made of a word for the key's work (synonyms.yaml `trades:`) and a word for a person
is the key's people (trade_people.py); a word for another post stays 0, its note saying 另一个岗位 /
"another post", not 用词不对 (which says the right person in the wrong words). Own trades: a
planetarium (天文馆), a ferry terminal (渡轮码头), a glassblowing studio."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

GUARDS = fill_blank("天文馆闭馆后由____巡查各展厅。", "安保人员")
BUILDERS = fill_blank("天象厅改造期间，____必须佩戴安全帽并在围挡内作业。", "施工人员")
SUPPLIES = fill_blank("____送货到码头商铺时必须走货运通道。", "配送员")
TICKETS = fill_blank("____负责候船厅检票和登船引导。", "检票员")
PIECES = fill_blank("Finished pieces are handed to the ____ at the studio's back door.", "courier")
PIER_WORKS = fill_blank("码头____期间，候船厅西侧通道关闭。", "施工")
OVEN = fill_blank("Only the ____ may open the annealing oven after a firing.", "studio manager")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (GUARDS, "保安"),
        (GUARDS, "保安员"),
        (BUILDERS, "装修工人"),
        (BUILDERS, "装修师傅"),
        (SUPPLIES, "送货员"),
        (SUPPLIES, "送货司机"),
        (SUPPLIES, "快递员"),  # a courier brings the goods the same way
        (PIECES, "delivery driver"),
        (PIECES, "a delivery man"),
    ],
)
def test_the_everyday_word_for_the_same_work_names_the_keys_people(
    question: Question, answer: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 1.0, judgement.reason
    assert "回答正确" in note or "Correct" in note, note


@pytest.mark.parametrize(
    ("question", "answer", "label"),
    [
        (TICKETS, "站长", "另一个岗位"),
        (TICKETS, "值班站长", "另一个岗位"),
        (GUARDS, "讲解员", "另一个岗位"),
        (GUARDS, "清洁工", "另一个岗位"),
        (SUPPLIES, "收货员", "另一个岗位"),  # 收货 is no 送货, however close the strings
        (BUILDERS, "维修工人", "另一个岗位"),  # 维修 is no trade of 施工
        (PIECES, "the studio manager", "another post"),
        (OVEN, "courier", "another post"),
        (OVEN, "furnace technician", "another post"),
        # no post at all: a word for the work alone, or staff in general
        (GUARDS, "安保", "用词不对"),
        (GUARDS, "工作人员", "用词不对"),
        (PIECES, "delivery", "not the key's word"),
        (PIER_WORKS, "加工", "用词不对"),  # an act for an act: no post on either side
    ],
)
def test_another_post_stays_0_and_the_note_says_it_is_another_post(
    question: Question, answer: str, label: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 0.0, judgement.reason
    assert label in note, note
