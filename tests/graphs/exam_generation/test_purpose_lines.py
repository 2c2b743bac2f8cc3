"""A material's purpose line (为规范…，制定本规定; "The purpose of this policy is …") is no rule of
the trade: a fill-in 「为____，保障顾客和员工安全，制定本规定」 tested the preamble, not a duty."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.importance import is_document_admin
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

FERRY_PIER = (
    "游船码头员工守则\n\n"
    "第一条 为加强游船码头安全管理，保障乘客和船员安全，特制定本守则。\n"
    "第二条 检票员须在开船前10分钟停止检票，核对乘客人数不得超过核定载客量。\n"
    "第三条 乘客上船前必须穿好救生衣，6岁以下儿童须由成人陪同。\n"
    "第四条 风力达到6级时，值班船长须立即停航，并通知码头主管。\n"
    "第五条 船员每天出航前须检查救生圈和灭火器，发现缺失须在30分钟内补齐。\n"
    "第六条 乘客落水时，船员须立即抛投救生圈，同时拨打110。\n"
)
DOG_PARK = (
    "# Hillside Dog Park: Staff Rules\n\n"
    "The purpose of this policy is to keep dogs, owners and staff safe in the park.\n"
    "Dogs must be kept on a lead in the car park. Only 3 dogs may be walked by one person.\n"
    "Staff must check the water bowls every 2 hours in summer.\n"
    "Any dog bite must be reported to the park manager within 1 hour.\n"
    "Owners must pick up after their dogs; bins are emptied at 6 pm.\n"
)


@pytest.mark.parametrize(
    ("material", "purpose"),
    [(FERRY_PIER, "特制定本守则"), (DOG_PARK, "The purpose of this policy")],
)
async def test_a_purpose_line_is_asked_by_no_question(
    offline_context: FlowContext, material: str, purpose: str
) -> None:
    read = [f for f in facts_for(analyse(material)) if purpose in f.text]
    assert all(is_document_admin(f) for f in read)
    exam = await delivered_exam(
        offline_context,
        {"material": material, "single_choice": 2, "true_false": 2, "fill_blank": 3},
    )
    assert exam.questions
    assert not any(purpose in q.stem or purpose in q.source_quote for q in exam.questions)


def test_a_rule_with_its_reason_stays_a_rule() -> None:
    """为保证…，员工须… is a duty with its reason, not the document's preamble."""
    material = "为保证乘客安全，检票员须在开船前10分钟停止检票。\n"
    assert not any(is_document_admin(f) for f in facts_for(analyse(material)))
