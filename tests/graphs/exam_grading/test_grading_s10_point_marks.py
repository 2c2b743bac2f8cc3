"""Session 10, teacher T's fault 1: a short answer's scoring points carry whole or half marks.

A 5-mark answer with 3 points is marked 2/2/1 (never 1.66667 each): the exam stores the marks at
assembly (`Question.point_scores`), the grader credits each point by its own, and the learner's
note prints them after each point. An exam written before the field still grades, split the same
way. Own example: a bike-rental counter (not the teacher's cold-store exam).
"""

from __future__ import annotations

import json
import re

from graphs.context import FlowContext
from graphs.exams import Question
from graphs.point_marks import point_marks, split_marks
from tests.support.exam_flow import delivered_exam
from tests.support.grading import graded_paper, judged

BIKES = Question(
    number=1,
    type="short_answer",
    stem="租车时，店员应怎么办理？",
    answer=["出租前须检查刹车和胎压；押金为200元，还车后当场退还；超时每小时加收10元。"],
    scoring_points=[
        "出租前须检查刹车和胎压",
        "押金为200元，还车后当场退还",
        "超时每小时加收10元",
    ],
    source_quote="出租前须检查刹车和胎压；押金为200元，还车后当场退还；超时每小时加收10元。",
    score=5,
)


def test_a_score_is_split_in_whole_or_half_marks_that_sum_to_it() -> None:
    assert split_marks(5, ["p"] * 3) == [2, 2, 1]
    assert split_marks(5, ["p"] * 2) == [2.5, 2.5]
    assert split_marks(5, ["p"] * 4) == [2, 1, 1, 1]
    assert split_marks(5, ["p"] * 6) == [1, 1, 1, 1, 0.5, 0.5]
    assert split_marks(6, ["p"] * 4) == [1.5, 1.5, 1.5, 1.5]
    for score, count in [(5, 3), (10, 3), (3, 7), (1, 3), (2.4, 3)]:
        assert abs(sum(split_marks(score, ["p"] * count)) - score) < 1e-9


def test_the_larger_marks_go_to_the_points_with_more_to_state() -> None:
    points = ["刷卡后须打印小票", "退货须凭小票，并在7天内办理", "会员卡由店长保管，遗失须当天上报"]
    assert split_marks(5, points) == [1, 2, 2]


def test_the_questions_own_marks_count_unless_they_do_not_fit_it() -> None:
    points = ["a", "b", "c"]
    assert point_marks(points, [1, 2, 2], 5) == [1, 2, 2]
    assert point_marks(points, [1, 1], 5) == [2, 2, 1]  # not one per point: split
    assert point_marks(points, [2, 2, 2], 5) == [2, 2, 1]  # not summing to the score: split


def test_each_point_earns_its_own_marks_and_the_note_prints_them() -> None:
    judgement, note = judged(BIKES, "出租前要查刹车和胎压；押金200元，还车后当场退。")
    assert judgement.ratio == 4 / 5  # 2 + 2 of 5, not 2/3 of 5 (3.33)
    assert "（2/2分）" in note and "超时每小时加收10元（0/1分）" in note
    judgement, note = judged(BIKES, "押金200元，还车时当场退；超时每小时多收10元。")
    assert judgement.ratio == 3 / 5
    assert "出租前须检查刹车和胎压（0/2分）" in note
    assert not re.search(r"\d\.\d{3,}", note)


def test_marks_set_on_the_question_are_the_ones_credited() -> None:
    weighted = BIKES.model_copy(update={"point_scores": [1, 1, 3]})
    judgement, note = judged(weighted, "超时每小时加收10元。")
    assert judgement.ratio == 3 / 5
    assert "（3/3分）" in note and "（0/1分）" in note


async def test_an_assembled_exam_carries_its_points_marks(offline_context: FlowContext) -> None:
    material = (
        "# 自行车租赁柜台规范\n\n"
        "出租前，店员须检查刹车和胎压。\n"
        "押金为200元，还车后当场退还。\n"
        "超时归还的，每小时加收10元。\n"
        "儿童车只租给有家长陪同的顾客。\n"
    )
    exam = await delivered_exam(offline_context, {"material": material, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    assert len(question.point_scores) == len(question.scoring_points)
    assert sum(question.point_scores) == question.score
    assert all((2 * m).is_integer() for m in question.point_scores)


async def test_an_exam_without_point_marks_grades_through_the_flow(
    offline_context: FlowContext,
) -> None:
    """An older exam (no `point_scores`, score from the question): split 2/2/1, nothing longer
    than two decimals anywhere in the report."""
    results = await graded_paper(
        [BIKES],
        {"1": "出租前检查刹车和胎压，超时每小时加收10元。"},
        offline_context,
        title="bikes",
        language="zh",
    )
    assert results[1]["score"] == 3
    assert "（0/2分）" in results[1]["review"]
    assert not re.search(r"\d\.\d{3,}", json.dumps(results, ensure_ascii=False))
