"""Session 25: a rule stated as a fact before a further duty is a rule of its own.

The outside teacher: 「出库先进先出」 for 「出库遵循先进先出，须经库主任批准」 was 未答到, "the learner is
told they wrote nothing on a point they did address"; a vague but on-point answer is 部分答到. The
point's first clause has no modal (遵循 states it), so it was read with the duty after it as one
rule, and the answer held too few of that whole's words. A clause with a verb and its object before
a clause opening on its modal with no subject of its own (，须经…) is a rule too
(point_rule_clauses.rules_of). Own course: a honey buying station (蜂蜜收购站).
"""

from __future__ import annotations

from graphs.exam_grading.point_rule_clauses import rules_of
from tests.support.grading import judged, short_answer

HONEY = short_answer(
    "蜂蜜收购和发货有哪些规定？",
    "收购前须检测波美度，波美度低于41度的不得收购",
    "蜂蜜须在阴凉处存放，温度不超过20℃",
    "发货遵循先进先出，须经仓库组长签字",
)


def test_the_fact_said_vaguely_is_part_of_its_point() -> None:
    _, note = judged(HONEY, "收的时候要测波美度，度数低了不能收。发货先进先出。")
    assert "(3) 部分答到（缺少：须经仓库组长签字）" in note, note
    assert "(2) 未答到" in note, note


def test_a_point_not_addressed_is_still_not_answered() -> None:
    _, note = judged(HONEY, "收的时候要测波美度，度数低了不能收。")
    assert "(3) 未答到" in note, note


def test_a_subject_before_its_duty_is_no_rule() -> None:
    assert rules_of("所有蜂蜜桶，须贴批次标签", "zh", duties=True) == ["所有蜂蜜桶，须贴批次标签"]
    assert rules_of("发货遵循先进先出，须经仓库组长签字", "zh", duties=True) == [
        "发货遵循先进先出",
        "须经仓库组长签字",
    ]
