"""Terms jieba fuses from a rule's parts are found by those parts (fused_terms.py): a fine for an
act says the act is banned, and 罚 before the figure is the violators' 罚款 (session 23, issue 11
leftovers: 「吸烟的罚款200元」 was 未答到 for 「严禁吸烟，违者罚款200元」). Own shooting range."""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

RANGE = short_answer("靶场对吸烟有什么规定？", "靶场内严禁吸烟，违者罚款200元")


@pytest.mark.parametrize("answer", ["吸烟的罚款200元", "抽烟罚200", "不能抽烟，抽了罚200"])
def test_a_fine_for_the_act_states_the_ban_and_its_fine(answer: str) -> None:
    judgement, note = judged(RANGE, answer)
    assert judgement.ratio == 1.0, note


def test_a_fine_of_another_amount_is_told_wrong() -> None:
    judgement, note = judged(RANGE, "吸烟的罚款500元")
    assert judgement.ratio == 0.0
    assert "有误（答成：500元" in note, note


def test_a_fine_for_another_act_states_no_ban() -> None:
    judgement, note = judged(RANGE, "喧哗的罚款200元")
    assert judgement.ratio < 1.0, note
