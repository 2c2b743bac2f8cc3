"""Session 26: a ban said with one character of its verb is the ban (verb_cores.py).

Session 25 teacher T18 (e2 average Q9): 「禁止放鞭炮」 was 未答到 for a ban on 燃放鞭炮: jieba
fuses the act and its object into one noun, and the learner says the act by its core character
(放 of 燃放, 收 of 收受). Own trade: a vinegar brewery (醋坊) yard.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM = "醋坊院内有哪些禁止事项？请写出两条。"
FIREWORKS = "严禁在醋坊院内燃放烟花"
GIFTS = "严禁员工收受供货商礼品"
BANS = short_answer(STEM, FIREWORKS, GIFTS)


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("禁止放烟花。", "(1) 已答到"),
        ("院内不准放烟花。", "(1) 已答到"),
        ("不能收礼品。", "(2) 已答到"),
    ],
)
def test_the_act_by_its_core_character_states_the_ban(answer: str, label: str) -> None:
    _judgement, note = judged(BANS, answer)
    assert label in note, note
    assert "有误" not in note, note


@pytest.mark.parametrize("answer", ["禁止放烟花；禁止收礼品。", "不准放烟花；不能收供货商礼品。"])
def test_both_bans_by_their_core_characters_earn_full_marks(answer: str) -> None:
    judgement, note = judged(BANS, answer)
    assert judgement.ratio == 1.0, note


@pytest.mark.parametrize(
    "answer",
    [
        "可以放烟花。",  # the ban turned round
        "禁止放烟。",  # the object not said whole
        "禁止放音乐。",  # another object
    ],
)
def test_the_core_character_elsewhere_states_no_ban(answer: str) -> None:
    _judgement, note = judged(BANS, answer)
    assert "(1) 已答到" not in note, note


def test_the_ban_turned_round_by_its_core_character_is_contradicted() -> None:
    _judgement, note = judged(BANS, "可以放烟花；可以收礼品。")
    assert "(1) 有误" in note and "(2) 有误" in note, note
