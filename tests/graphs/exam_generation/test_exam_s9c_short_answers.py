"""Session 9, fix round 2b (issue 11, exams): a short answer asks questions a trainer would write,
not rules to copy out and complete; its points are whole rules, once each. Through the real flow
on material written for it (a pool's lifeguard rules, a scaffold procedure, a pharmacy counter)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exams import Question
from graphs.text.quantities import parse_quantities
from tests.support.exam_flow import delivered_exam

LIFEGUARDS = (
    "# 游泳馆救生员工作规范\n\n"
    "## 一、上岗要求\n"
    "1. 救生员必须持有有效的《游泳救生员国家职业资格证书》，并通过本馆组织的水中技能考核，"
    "方可独立上岗。\n"
    "2. 新聘救生员须在资深救生员陪同下见习满 20 小时，见习期间不得单独值守。\n"
    "3. 连续 3 个月未上岗的救生员，须重新参加水中技能考核。\n\n"
    "## 二、开馆前检查\n"
    "1. 每日开馆前，值班救生员按《泳池日检表》逐项检查，检查时间不少于 15 分钟，并在表上签字。\n"
    "2. 发现救生设备缺失或损坏，救生员须在 10 分钟内报告值班经理；未经值班经理确认补齐，"
    "不得开放深水区。\n"
)

SCAFFOLDS = (
    "# Harbour Build Ltd: Scaffold Safety Procedure\n\n"
    "## Inspection\n"
    "1. Every scaffold must be inspected by a competent person at least every 7 days and after "
    "severe weather, and the result recorded on the scaffold tag.\n"
    "2. Guard rails must be at least 950 mm high on every working platform.\n\n"
    "## Incidents\n"
    "1. If someone falls, the first person on the scene must call the site first-aider and keep "
    "the area clear.\n"
    "2. Every fall must be reported to the safety manager within 24 hours, using the incident "
    "form.\n"
)

COUNTER = (
    "# Pharmacy Counter Rules\n\n"
    "## Handing over prescriptions\n"
    "Pharmacists must check the patient's date of birth before handing over any prescription; "
    "a prescription must not be handed over without a date-of-birth check. "
    "Controlled drugs must be counted by two members of staff at every hand-over. "
    "Uncollected prescriptions must be returned to stock after 14 days.\n"
)

SHOP = (
    "# 门店食品管理\n\n"
    "## 临期与过期\n"
    "过期食品不得销售。\n"
    "临期食品须在保质期到期前 3 天下架，由店长登记后集中处理。\n"
    "冷藏柜温度须保持在 0–4℃，每 2 小时记录一次。\n"
)


async def _short_answer(context: FlowContext, material: str, point: str) -> Question:
    payload = {"material": material, "short_answer": 1, "knowledge_points": [point]}
    exam = await delivered_exam(context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    return exam.questions[0]


def _asks(question: Question) -> list[str]:
    """The stem's numbered questions, one per scoring point."""
    asks = re.findall(r"[（(]\d[）)]\s*(.+?[？?])", question.stem)
    assert len(asks) == len(question.scoring_points), question.stem
    return asks


async def test_a_chinese_short_answer_asks_by_subject_and_kind_of_fact(
    offline_context: FlowContext,
) -> None:
    """「把下面2条规定补充完整：（1）救生员……」 was a copy-out exercise; a trainer asks what the
    lifeguard must meet before working alone, and what a new lifeguard's trial period requires."""
    question = await _short_answer(offline_context, LIFEGUARDS, "上岗要求")
    assert "补充完整" not in question.stem and "……" not in question.stem
    asks = _asks(question)
    assert "救生员须满足哪些条件才能独立上岗？" in asks
    for ask in asks:
        assert not parse_quantities(ask), ask  # no figure of a point
        assert not re.search(r"不得|禁止|严禁", ask), ask  # nor its verdict


async def test_a_semicolon_restriction_stays_in_its_point(offline_context: FlowContext) -> None:
    """「…报告值班经理；未经值班经理确认补齐，不得开放深水区」: the safety-critical half is the
    same point, asked with it by its condition, never a point or a question of its own."""
    question = await _short_answer(offline_context, LIFEGUARDS, "开馆前检查")
    point = next(p for p in question.scoring_points if "救生设备" in p)
    assert point.endswith("未经值班经理确认补齐，不得开放深水区"), point
    assert sum("深水区" in p for p in question.scoring_points) == 1
    assert "发现救生设备缺失或损坏时，救生员应如何处理？" in question.stem
    assert not any(ask.startswith("未经") for ask in _asks(question))


async def test_an_english_short_answer_asks_when_and_what_without_the_key(
    offline_context: FlowContext,
) -> None:
    """ "(1) Every scaffold must be inspected ..." copied the rule out; a trainer asks "When must
    the scaffold be inspected?" and names neither the figure nor who is told."""
    question = await _short_answer(offline_context, SCAFFOLDS, "Inspection")
    asks = _asks(question)
    assert "When must the scaffold be inspected?" in asks
    for ask in asks:
        assert not parse_quantities(ask), ask
        assert "must not" not in ask
    incidents = await _short_answer(offline_context, SCAFFOLDS, "Incidents")
    reported = next(a for a in _asks(incidents) if "fall" in a and "reported" in a)
    assert "safety manager" not in reported  # who is told is the learner's to write


async def test_one_rule_said_twice_is_one_scoring_point(offline_context: FlowContext) -> None:
    """ "must check the patient's date of birth before handing over" and "must not be handed over
    without a date-of-birth check" are one rule: two points would credit it twice."""
    question = await _short_answer(offline_context, COUNTER, "Handing over prescriptions")
    births = [p for p in question.scoring_points if "birth" in p]
    assert len(births) <= 1, question.scoring_points


async def test_a_rule_that_is_only_its_subject_and_verdict_is_not_asked(
    offline_context: FlowContext,
) -> None:
    """「过期食品不得销售」: asked by its subject (「过期食品有什么规定？」) the answer is given away;
    the short answer asks the shop's other rules."""
    question = await _short_answer(offline_context, SHOP, "临期与过期")
    assert not any(p.startswith("过期食品") for p in question.scoring_points)
    assert "过期食品有什么规定" not in question.stem
    assert any("下架" in p for p in question.scoring_points)
