"""Session 26: a ban said to be allowed with the core character of its verb is contradicted.

「翻新胎可以装在任何车上」 against a rule that bans fitting retreads on some vehicles was only 未答到
(session 26 teacher T19, e2 weak Q15): the learner's 装 is 安装's own act, but only an act's
first character (安) was read as naming it. Now an act's last character, said as a verb of its
own in a clause that permits it on the rule's matter, names the act too, and the answer is told it
turns the safety rule round. Own course: a coastal salt works.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM = "卤水泵和盐包的安放有什么规定？"
PUMP = "卤水泵不得安装在结晶池的进水口上"


@pytest.mark.parametrize("answer", ["卤水泵可以装在任何池子上", "卤水泵随便装在哪个池子都可以。"])
def test_the_ban_said_allowed_is_contradicted(answer: str) -> None:
    judgement, note = judged(short_answer(STEM, PUMP), answer)
    assert judgement.ratio == 0, note
    assert "有误" in note, note


@pytest.mark.parametrize(
    "answer", ["卤水泵不能装在结晶池进水口上。", "卤水泵不得安装在结晶池的进水口上。"]
)
def test_the_ban_said_its_way_is_no_contradiction(answer: str) -> None:
    judgement, note = judged(short_answer(STEM, PUMP), answer)
    assert "有误" not in note, note
    assert judgement.ratio > 0, note


def test_another_permission_names_no_act_of_the_ban() -> None:
    _, note = judged(short_answer(STEM, PUMP), "卤水泵可以用在储卤池。")
    assert "有误" not in note, note
