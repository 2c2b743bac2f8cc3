"""Session 8 (issue 11, exams): a short answer's points are whole rules, through the real flow on
material written for it. A rule whose action waits for a condition ends with that condition."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.scoring_points import check_scoring_points
from graphs.exams import Question
from graphs.text.lexicon import Lexicon
from tests.support.exam_flow import delivered_exam

ROOFING = (
    "# 屋面防水施工规范\n\n"
    "## 开工准备\n"
    "项目经理须在开工前3天向业主提交施工方案。\n"
    "发现基层含水率超过8%的，施工员须暂停铺设并上报监理，监理书面同意后才能继续施工。\n"
)

GARAGE = (
    "# Quick Fit Garage: Workshop Procedure\n\n"
    "## Quotes\n"
    "The technician must phone the customer within 20 minutes when a part costs more than "
    "$150, and work continues only after the customer agrees.\n"
    "Every quote above $600 must be signed off by the workshop manager.\n"
)


async def test_a_point_keeps_the_condition_its_action_waits_for_zh(
    offline_context: FlowContext,
) -> None:
    """「…上报监理，监理书面同意后才能继续施工」: stopping before 才能 teaches that the crew may
    go on once it has reported; the point and the reference end with the condition."""
    payload = {"material": ROOFING, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    point = next(p for p in question.scoring_points if "含水率" in p)
    assert point.endswith("监理书面同意后才能继续施工")
    assert "监理书面同意后才能继续施工" in question.answer[0]


async def test_a_point_keeps_the_condition_its_action_waits_for_en(
    offline_context: FlowContext,
) -> None:
    """ "…, and work continues only after the customer agrees" is the rule's end, not a rule of
    its own."""
    payload = {"material": GARAGE, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    point = next(p for p in exam.questions[0].scoring_points if "phone" in p)
    assert point.endswith("only after the customer agrees")


def test_the_validator_refuses_a_point_cut_before_its_condition() -> None:
    """On the model's path too: a point that stops before 「监理书面同意后才能继续施工」 is
    refused as stopping before the rest of its rule; the whole rule passes."""
    cut = "发现基层含水率超过8%的，施工员须暂停铺设并上报监理"
    whole = cut + "，监理书面同意后才能继续施工"
    other = "项目经理须在开工前3天向业主提交施工方案"

    def question(points: list[str]) -> Question:
        return Question(
            type="short_answer",
            stem="根据课程材料“开工准备”部分，说明开工准备的规定。",
            answer=["；".join(points)],
            scoring_points=points,
            knowledge_point="开工准备",
            source_quote=ROOFING.splitlines()[3],
        )

    lexicon = Lexicon.of(ROOFING, "zh")
    problems = check_scoring_points(question([other, cut]), lexicon, "zh")
    assert any("stops before the rest of its rule" in p for p in problems), problems
    assert not check_scoring_points(question([other, whole]), lexicon, "zh")


DENTAL_FAQ = (
    "# 悦齿口腔诊所 前台问答\n\n"
    "前台接待员回答患者来电时使用以下口径。\n\n"
    "### 洗牙需要提前预约吗？\n\n"
    "初次洗牙的患者须至少提前1天通过小程序预约，迟到超过15分钟的预约自动取消。\n\n"
    "### 洗牙多久做一次比较合适？\n\n"
    "医生建议每6个月洗牙一次，孕妇须先征得产科医生同意。\n\n"
    "### 诊所几点下班？\n\n"
    "诊所每天18:30停止接诊。\n"
)

PET_HOTEL_FAQ = (
    "# Paws Inn: Reception FAQ\n\n"
    "Reception staff give these answers to owners on the phone.\n\n"
    "### How is a grooming session booked?\n\n"
    "A grooming session must be booked at least 48 hours ahead at the reception desk.\n\n"
    "### What does grooming cost?\n\n"
    "A full grooming session costs 45 dollars for dogs under 10 kilograms.\n\n"
    "### Can owners visit during a stay?\n\n"
    "Visits are allowed between 2 pm and 4 pm only.\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="its rules' asks are refused as vague since 007a29a (vague_asks) and no whole-section ask fits an FAQ: no short answer is written (session 14, recorded)",
)
async def test_faq_questions_on_one_subject_make_a_short_answer_zh(
    offline_context: FlowContext,
) -> None:
    """Each FAQ question a heading of its own holds one answer: the two questions on 洗牙 make a
    short answer on 洗牙, with a rule from each, and the stem names 洗牙, not another question."""
    payload = {"material": DENTAL_FAQ, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    assert question.knowledge_point == "洗牙"
    assert "“洗牙”" in question.stem
    points = question.scoring_points
    assert any("提前1天" in p for p in points) and any("6个月" in p for p in points)


async def test_faq_questions_on_one_subject_make_a_short_answer_en(
    offline_context: FlowContext,
) -> None:
    """ "How is a grooming session booked?" and "What does grooming cost?" are one subject: the
    short answer asks about grooming over both answers."""
    payload = {"material": PET_HOTEL_FAQ, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0]
    assert "grooming" in question.knowledge_point
    assert "Visits" not in question.answer[0]
    points = question.scoring_points
    assert any("48 hours" in p for p in points) and any("45 dollars" in p for p in points)


def test_an_announcing_sentence_is_no_fact() -> None:
    """「以下是…的统一口径」 announces the answers that follow: 以下 bounds no figure there, and the
    sentence is no rule to ask true or false about."""
    from graphs.text import analyse
    from graphs.text.facts import facts_for

    facts = facts_for(analyse(DENTAL_FAQ.replace("使用以下口径", "以下是统一的回答口径")))
    assert not any("口径" in f.text for f in facts)
