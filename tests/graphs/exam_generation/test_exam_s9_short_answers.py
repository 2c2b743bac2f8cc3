"""Session 9 (issue 11, exams): a short answer's points hold the whole rule, through the real
flow on material written for it: the list a colon announces, a phrase of place after the action,
and an English reference answer written as sentences."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

WAREHOUSE = (
    "# 仓库收货规范\n\n"
    "## 一、分区存放\n"
    "1. 夜班收货员必须按温区把货物放入对应库位：冷冻品放入A区，冷藏品放入B区，常温品放入C区。\n"
    "2. 验收不合格的货物由收货主管签字后，须在24小时内退回供应商。\n"
)

MOVERS = (
    "# Swiftline Movers: Loading\n\n"
    "## Loading the truck\n"
    "The truck must be loaded heaviest items first, against the front wall; the crew leader "
    "checks every load tie before the truck leaves.\n"
    "No box may weigh more than 25 kg.\n"
)


async def test_a_point_keeps_the_list_its_colon_announces(offline_context: FlowContext) -> None:
    """「…放入对应库位：冷冻品放入A区，冷藏品放入B区，常温品放入C区」: the first item alone
    teaches a third of the rule."""
    payload = {"material": WAREHOUSE, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    point = next(p for p in exam.questions[0].scoring_points if "温区" in p)
    assert point.endswith("常温品放入C区")


@pytest.mark.xfail(
    strict=True,
    reason="the rules' asks ('What is the rule on the truck?', 'the no box') are vague and refused since 007a29a (vague_asks): no short answer is written; its point is built right",
)
async def test_a_point_keeps_the_place_of_its_action(offline_context: FlowContext) -> None:
    """ "loaded heaviest items first, against the front wall": the wall is the rule too; the
    reference answer reads as sentences, not clauses glued with semicolons."""
    payload = {"material": MOVERS, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    point = next(p for p in question.scoring_points if "heaviest" in p)
    assert point.endswith("against the front wall")
    assert "; No box" not in question.answer[0]


LOCKSMITH = (
    "# Keyfast Locksmiths: Call-outs\n\n"
    "## Before opening a door\n"
    "The on-call technician must check the customer's photo ID within 5 minutes of arriving, and "
    "record the ID number on the job sheet.\n"
    "Call-outs costing more than $200 must be approved by the duty manager.\n"
)


async def test_a_point_keeps_the_second_action_of_its_modal(offline_context: FlowContext) -> None:
    """ "must check the customer's photo ID …, and record the ID number": recording is the same
    modal's second duty, kept; as a point of its own with the rule's subject (point_parts), so
    that grading credits each duty."""
    payload = {"material": LOCKSMITH, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    points = exam.questions[0].scoring_points
    assert any(p.endswith("record the ID number on the job sheet") for p in points), points


STERILE_SUPPLY = (
    "# 消毒供应室操作规范\n\n"
    "## 一、清洗前准备\n"
    "1. 器械检查台作业前必须打开放大灯，照度不低于500勒克斯；清洗槽水温超过45℃时不得放入器械。\n"
    "2. 回收的污染器械须在2小时内完成预处理。\n"
)


async def test_a_point_keeps_the_figure_of_its_clause(offline_context: FlowContext) -> None:
    """「必须打开放大灯，照度不低于500勒克斯」: the lux figure makes the rule checkable."""
    payload = {"material": STERILE_SUPPLY, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    point = next(p for p in exam.questions[0].scoring_points if "放大灯" in p)
    assert point.endswith("照度不低于500勒克斯")
