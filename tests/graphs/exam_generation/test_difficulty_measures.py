"""Difficulty is measured, and its reason says what was measured: a short answer is rated by its
points and the things they hold between them (two points of four conditions are no easy recall),
and a true/false that widens who alone may act says so, not "must and must not swapped". Through
the real flow, on material written for it."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.difficulty import rate, recall_elements, short_answer_score
from tests.support.exam_flow import delivered_exam

KARTS = (
    "# 卡丁车场安全管理规定\n\n"
    "## 一、驾驶资格\n"
    "驾驶者须年满16周岁，身高不低于150厘米，且已观看安全讲解视频。\n"
    "未满18周岁的驾驶者须由监护人签署免责协议。\n"
)

KIOSK = (
    "# Phone Repair Kiosk Handbook\n\n"
    "## Complaints\n"
    "If a phone is damaged at the kiosk, apologise, take photos, and report it to the area "
    "supervisor the same day. Refunds are capped at 3 times the repair fee.\n"
)

GYM = (
    "# Gym Opening Rules\n\n"
    "## Keys and safe\n"
    "Only the duty manager may open the cash safe. Members must show their card at the desk.\n"
)

PHARMACY = "# 药房管理\n\n## 一、钥匙\n只有值班药师才能打开麻醉药品柜。\n"


def test_a_point_counts_what_it_asks_to_write_not_its_case() -> None:
    assert recall_elements("驾驶者须年满16周岁，身高不低于150厘米，且已观看安全讲解视频") == 3
    assert recall_elements("If a tent is returned wet, dry it, log it, and tell the manager") == 3
    assert recall_elements("Deposits over $1,000 are paid by card") == 1
    assert rate(short_answer_score(2, 0.0, 2)) == "easy"
    assert rate(short_answer_score(2, 0.0, 4)) == "medium"
    assert rate(short_answer_score(4, 0.0, 4)) == "hard"


async def test_two_points_of_four_conditions_are_not_easy(offline_context: FlowContext) -> None:
    for material, words in ((KARTS, "多项内容"), (KIOSK, "several things to write")):
        exam = await delivered_exam(offline_context, {"material": material, "short_answer": 1})
        [question] = exam.questions
        assert len(question.scoring_points) == 2
        assert question.difficulty == "medium", question.difficulty_reason
        assert words in (question.difficulty_reason or "")


async def test_a_widened_who_may_says_what_was_changed(offline_context: FlowContext) -> None:
    for material, words in (
        (GYM, "who may act widened"),
        (PHARMACY, "只限某一岗位"),
    ):
        payload = {"material": material, "true_false": 1, "difficulty": "medium"}
        exam = await delivered_exam(offline_context, payload)
        [question] = exam.questions
        assert question.answer == ["false"]
        reason = question.difficulty_reason or ""
        assert words in reason, reason
        assert "must and must not" not in reason and "必须/不得" not in reason
