"""Session 16 end designer D9 and teacher T9: which figure a short-answer note pairs with which,
and the review list's topics.

A point with two figures of one kind answered with two others, the first of which is the
point's second value ("48小时内回访，72小时内给出方案" for 24 and 48 hours), was told 「答成：72小时，
要点为24小时」: the 48 stands where the 24 does. A knowledge point joining two topics
(现场安装、调试与交付) repeated both in 需复习. Own courses: ambulance dispatch (zh), a nail bar
(en). Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_grading.judges import OfflineJudge
from tests.support.grading import graded_report, short_answer

COMPLAINTS = "投诉处理：患者投诉须在24小时内由调度科长回访，48小时内给出处理意见"
REFUNDS = "Refund requests must be answered within 2 days and settled within 5 days"


async def test_a_figure_is_paired_with_the_one_in_its_place_zh(
    offline_context: FlowContext,
) -> None:
    item = short_answer("简答：患者投诉怎么处理？", COMPLAINTS)
    report = await graded_report(
        [item],
        {"1": "患者投诉要在48小时内回访，72小时内给出意见。"},
        offline_context,
        title="dispatch",
        language="zh",
    )
    note = report["questions"][0]["review"]
    assert "答成：48小时，要点为24小时" in note, note
    assert "72小时，要点为24小时" not in note


async def test_a_figure_is_paired_with_the_one_in_its_place_en(
    offline_context: FlowContext,
) -> None:
    item = short_answer("What is the rule on refund requests?", REFUNDS)
    report = await graded_report(
        [item],
        {"1": "Refund requests are answered within 5 days and settled within 7 days."},
        offline_context,
        title="nails",
        language="en",
    )
    reason = report["questions"][0]["reason"]  # the learner's note (session 20: T12)
    assert "(you gave: 5 days, the point says 2 days)" in reason, reason


def test_fewer_figures_than_the_point_keep_an_own_value_as_its_own() -> None:
    # counter-case: one figure given, the point's second value: no pairing by place
    judgement = OfflineJudge().judge_now(
        short_answer("简答：患者投诉怎么处理？", COMPLAINTS), ["患者投诉要在48小时内给出处理意见。"]
    )
    assert "gives 48 hours" not in judgement.reason, judgement.reason
    assert judgement.ratio > 0


async def test_a_knowledge_point_joining_two_topics_adds_each_once(
    offline_context: FlowContext,
) -> None:
    first = short_answer("简答：接警后多久确认地址？", "调度员须在接警后 60 秒内向呼救人确认地址")
    second = short_answer("简答：救护车何时出车？", "救护车出车时间定在派车后 2 分钟")
    third = short_answer("简答：何时通知医院？", "调度员须提前 10 分钟通知医院急诊科")
    for number, (item, topic) in enumerate(
        ((first, "接警受理"), (second, "接警受理、车辆派遣"), (third, "车辆派遣")), start=1
    ):
        item.number, item.knowledge_point = number, topic
    report = await graded_report(
        [first, second, third],
        {"1": "不知道", "2": "不知道", "3": "不知道"},
        offline_context,
        title="dispatch",
        language="zh",
    )
    assert report["review_knowledge_points"] == ["接警受理", "车辆派遣"]
