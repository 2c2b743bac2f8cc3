"""Who a fill-in asks for, described by the work (session 22 held-out teacher: 售票岗位的员工 and
卖票的 for 售票员 were 0/2 用词不对, "harsh: the right role, described"; pattern 5: "no partial
credit for an everyday name of the right role").

The rule, documented in role_wording.py: a description naming the key post's act and object is the
post, full credit: the act's object named more narrowly (卖门票的人 for 售票员: 门票 is a kind of
票), the place where the work is done (售票处的, 站收银台的), and in English the act and its object
("the person who sells permits" for permit seller: role_descriptions.py). Another act or another
object is not the post and stays 0. Own trade: a bird-watching reserve (观鸟保护区) and its hides."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

SELLER = fill_blank("观鸟保护区的____须在开园前清点当日门票存根。", "售票员")
TILL = fill_blank("观鸟小屋纪念品店打烊后，____须将备用金交回办公室。", "收银员")
PERMITS = fill_blank(
    "The ____ must log every day permit sold before the hides open.", "permit seller"
)
BOATS = fill_blank("Only the ____ may start the engine of the reserve's launch.", "boat operator")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (SELLER, "卖门票的人"),
        (SELLER, "售门票的员工"),
        (SELLER, "售票处的"),
        (SELLER, "售票窗口的工作人员"),
        (TILL, "站收银台的"),
        (TILL, "收银台的员工"),
    ],
)
def test_a_post_described_by_its_work_is_the_post(question: Question, answer: str) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 1.0, judgement.reason
    assert "回答正确" in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (PERMITS, "the person who sells permits"),
        (PERMITS, "someone selling the permits"),
        (PERMITS, "whoever sells permits"),
        (BOATS, "the one who operates the boat"),
    ],
)
def test_an_english_post_described_by_its_act_and_object(question: Question, answer: str) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 1.0, judgement.reason
    assert "Correct" in note or "correct" in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (SELLER, "检门票的人"),  # another act
        (SELLER, "卖东西的"),  # 卖 alone is any selling
        (SELLER, "卖望远镜的"),  # another object
        (SELLER, "售票处"),  # the place, not its people
        (TILL, "站门口的"),
        (PERMITS, "the person who checks permits"),
        (PERMITS, "the person who sells binoculars"),
        (BOATS, "the one who cleans the boat"),
    ],
)
def test_another_act_or_object_stays_0(question: Question, answer: str) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0.0, judgement.reason


@pytest.mark.parametrize(
    "answer", ["the one at the permit desk", "the person in the permit office"]
)
def test_the_post_placed_at_its_desk_is_part_of_the_blank(answer: str) -> None:
    """The desk names the right function, not the act done there (a permit desk has sellers and
    checkers): half, its note saying it names the place."""
    judgement, note = judged(PERMITS, answer)
    assert judgement.ratio == 0.5, judgement.reason
    assert "names where the post works" in note, note


@pytest.mark.parametrize("answer", ["the one at the boat desk", "the person at the desk"])
def test_another_desk_or_any_desk_stays_0(answer: str) -> None:
    judgement, _ = judged(PERMITS, answer)
    assert judgement.ratio == 0.0, judgement.reason
