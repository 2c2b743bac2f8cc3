"""A headingless material's conditional rules are rules: 「X的，…」 is not taken for the answer of
an FAQ question the material never asked.

Every sentence of a material without headings has the section "", and the fact reader's "no FAQ
question read yet" sentinel was "" as well, so each sentence read as the answer to a question and
a rule opening with its case (「未预约的，…」, "If a crate is cracked, …") was dropped as that
question's answer. Own material: a pawnshop counter code of 第N条 articles, and an English
headingless list of warehouse rules."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

PAWNSHOP = (
    "典当行柜台收当规范\n"
    "第一条 收当金银首饰时，鉴定员须当面称重并开具鉴定单。\n"
    "第二条 单件当金超过2万元的，须经店长复核后方可放款。\n"
    "第三条 当户逾期未赎的，柜员应在到期后5日内电话通知当户。\n"
    "第四条 发现当物来路不明的，柜员不得收当，须立即报告店长。\n"
)

WAREHOUSE = (
    "Cold Store Handling Rules\n"
    "Pallets must be wrapped before they leave the dock.\n"
    "If a crate is cracked, the picker must set it aside and tell the shift lead.\n"
    "When the freezer alarm sounds, staff must leave the chamber within 2 minutes.\n"
)


def test_every_conditional_article_of_a_headingless_code_is_a_fact() -> None:
    read = {f.sentence for f in facts_for(analyse(PAWNSHOP))}
    assert read == {1, 2, 3, 4}


def test_conditional_rules_of_a_headingless_english_list_are_facts() -> None:
    read = {f.sentence for f in facts_for(analyse(WAREHOUSE))}
    assert read == {1, 2, 3}


async def test_a_conditional_article_with_figures_is_asked(offline_context: FlowContext) -> None:
    """第二条 and 第三条 hold the code's figures; before the fix neither could be asked."""
    exam = await delivered_exam(
        offline_context, {"material": PAWNSHOP, "single_choice": 2, "difficulty": "mixed"}
    )
    keys = {o.text for q in exam.questions for o in q.options if o.key == q.answer[0]}
    assert keys == {"2万元", "5日"}, (keys, exam.shortfall)
