"""A floor said in the learner's own words (issue 11, session 15 GZ; floor_faces.py).

A sailing school's weight rule: "男的至少45公斤，女的至少40公斤" states 男性学员体重低于45公斤不得单独驾驶
帆船 (the floor said as what is required, and 男的 for 男性), and it is a statement, not a keyword
list; 不少于 / 40公斤以上 state 不低于. A ceiling at the floor (不超过45公斤, "may sail under 45 kg")
turns the rule round, and another figure is another floor. English alike: "a man must weigh at
least 45 kg" for "men under 45 kg may not sail alone".
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper, judged, short_answer

WEIGHT_ZH = short_answer(
    "帆船学校报名单人驾驶前要查哪几项？体重有什么要求？",
    "报名前须检查心率、体重、游泳能力三项",
    "男性学员体重低于45公斤不得单独驾驶帆船，女性学员体重低于40公斤不得单独驾驶帆船",
)
FLOOR_ZH = short_answer(
    "帆船学校对单人驾驶帆船的学员有什么体重要求？",
    "男性学员体重不低于45公斤，女性学员体重不低于40公斤",
)
WEIGHT_EN = short_answer(
    "What weight must a student have to sail a dinghy alone?",
    "men under 45 kg may not sail alone; women under 40 kg may not sail alone",
)


@pytest.mark.parametrize(
    ("question", "answer", "low", "high"),
    [
        (
            WEIGHT_ZH,
            "报名前要查心率、体重、游泳能力三项；体重方面男的至少45公斤，女的至少40公斤",
            1,
            1,
        ),
        (WEIGHT_ZH, "初筛查心率、体重、游泳能力三项；男的至少45公斤，女的至少40公斤", 1, 1),
        (
            WEIGHT_ZH,
            "查心率、体重、游泳能力三项；男的45公斤以上才能一个人开船，女的40公斤以上",
            1,
            1,
        ),
        (FLOOR_ZH, "男的不少于四十五公斤，女的40公斤以上", 1, 1),
        (WEIGHT_EN, "A man must weigh at least 45 kg and a woman at least 40 kg.", 1, 1),
        (WEIGHT_EN, "Men need 45 kg or more to sail alone, women 40 kg or more.", 1, 1),
        # counter-cases: a ceiling turns the rule round; another figure is another floor
        (WEIGHT_ZH, "查心率、体重、游泳能力三项；男的不超过45公斤，女的不超过40公斤", 0.5, 0.5),
        (WEIGHT_ZH, "查心率、体重、游泳能力三项；男的至少50公斤，女的至少35公斤", 0.5, 0.5),
        (FLOOR_ZH, "男的至少50公斤，女的至少40公斤", 0, 0.5),
        (WEIGHT_EN, "Men under 45 kg may sail alone, and women under 40 kg may too.", 0, 0),
        (WEIGHT_EN, "A man must weigh at least 50 kg and a woman at least 45 kg.", 0, 0),
        # a bare list stays a list
        (WEIGHT_ZH, "心率、体重、游泳能力；男45公斤，女40公斤", 0.2, 0.2),
    ],
)
def test_a_floor_is_credited_from_either_face(
    question: Question, answer: str, low: float, high: float
) -> None:
    judgement, note = judged(question, answer)
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, judgement.reason
    if judgement.ratio >= 0.5:
        assert "只列出关键词" not in note, note


def test_a_ceiling_at_the_floor_is_told_as_the_rule_turned_round() -> None:
    _, note = judged(WEIGHT_ZH, "查心率、体重、游泳能力三项；男的不超过45公斤，女的不超过40公斤")
    assert "有误" in note and "未答到" not in note, note


async def test_the_weight_rule_in_everyday_words_through_the_flow(
    offline_context: FlowContext,
) -> None:
    """The learner's statements earn the full mark and no keyword-list label on the paper."""
    results = await graded_paper(
        [WEIGHT_ZH],
        {"1": "初筛查心率、体重、游泳能力三项；男的至少45公斤，女的至少40公斤"},
        offline_context,
        title="帆船学校",
        language="zh",
    )
    assert results[1]["score"] == results[1]["max_score"], results[1]
    assert "只列出关键词" not in str(results[1]), results[1]


@pytest.mark.parametrize(
    "answer", ["男的不超过四十五公斤，女的不超过40公斤", "男的最多45公斤，女的40公斤以下"]
)
def test_a_ceiling_where_the_point_sets_a_floor_is_named_as_the_rule_turned_round(
    answer: str,
) -> None:
    """不低于45公斤 answered 不超过45公斤 is the rule reversed: 有误 with both bounds, not 未答到
    (T7: the Chinese reversal was scored 0 with a list of missing words only)."""
    judgement, note = judged(FLOOR_ZH, answer)
    assert judgement.ratio == 0, judgement.reason
    assert "有误" in note and "最多" in note and "至少45公斤" in note, note
    assert "未答到" not in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            short_answer("单人驾驶帆船有什么体重要求？", "男性学员体重低于45公斤不得单独驾驶帆船"),
            "男的低于45公斤也可以单独驾驶帆船",
        ),
        (WEIGHT_ZH, "查心率、体重、游泳能力三项；男的低于45公斤可以单独驾驶帆船"),
    ],
)
def test_permitting_under_a_floor_the_point_forbids_under_is_no_limit_stated(
    question: Question, answer: str
) -> None:
    """低于45公斤也可以驾驶 was credited in full for 低于45公斤不得驾驶: read as "at most 45 minutes
    may" is "must not exceed 45 minutes" (limits.bounded_alike). Under a floor, it is the flip."""
    judgement, note = judged(question, answer)
    assert judgement.ratio <= 0.5 and "有误（答成：男的低于45公斤" in note, judgement.reason
