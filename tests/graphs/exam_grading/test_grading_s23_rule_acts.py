"""A rule under a condition is stated only with its own act (rule_acts.py): 「醉酒闹事的，马上提醒
他」 held the condition and a manner adverb of 「顾客醉酒闹事的，立即请其离场」 and was credited,
though reminding a guest is not sending him away (session 23, issue 11 leftovers). Own karaoke
bar."""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

ROWDY = short_answer("卡拉OK包厢内顾客醉酒闹事怎么处理？", "顾客醉酒闹事的，立即请其离场")


@pytest.mark.parametrize(
    "answer", ["醉酒闹事的，马上提醒他", "醉酒闹事的马上劝他", "醉酒闹事的，马上报警"]
)
def test_another_act_under_the_condition_is_no_credit(answer: str) -> None:
    judgement, note = judged(ROWDY, answer)
    assert judgement.ratio == 0.0, note


@pytest.mark.parametrize("answer", ["醉酒闹事的马上请他离开", "喝醉了闹事的，立刻让他走"])
def test_the_rule_in_other_words_is_credited(answer: str) -> None:
    judgement, note = judged(ROWDY, answer)
    assert judgement.ratio == 1.0, note
