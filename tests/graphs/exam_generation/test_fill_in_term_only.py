"""A fill-in's blank covers the term only: the verb before a listed thing stays printed
(「须互相核查____、急救箱和对讲机」, key 救生杆, not 核查救生杆), a preposition before a role is no
part of it (须通过____考核, key 救生员, not 通过救生员), and an English department keeps the
person word after it ("the desk staff", not "the ____ staff"). Own materials, through the reader
and the real flow."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

HANDOVER = (
    "救生员交接规定\n\n"
    "第一条 救生员交接班时，双方须互相核查救生圈、急救箱和对讲机，并在交接表上签字。\n\n"
    "第二条 救生圈每月由当班主管检查一次。\n"
)

DEEP_WATER = (
    "深水区管理规定\n\n"
    "第一条 会员首次进入深水区前，须通过救生员组织的深水测试。\n\n"
    "第二条 深水证须通过救生员考核后发放，有效期12个月。\n"
)

BIKES = (
    "# Bike Hire Desk Rules\n\n"
    "## Damage\n"
    "Damage found at return is photographed by the desk staff before the hirer leaves.\n"
    "Repairs under £40 are taken from the deposit.\n"
)


def _anchor_texts(material: str, sentence: str) -> list[str]:
    [fact] = [f for f in facts_for(analyse(material)) if sentence in f.text]
    return [a.text for a in fact.anchors]


def test_the_reader_keeps_verbs_and_prepositions_out_of_terms() -> None:
    handover = _anchor_texts(HANDOVER, "互相核查")
    assert "救生圈" in handover, handover
    assert not any(t.startswith("核查") for t in handover), handover
    deep = _anchor_texts(DEEP_WATER, "考核后发放")
    assert "救生员" in deep and "通过救生员" not in deep, deep
    assert "desk staff" in _anchor_texts(BIKES, "photographed"), _anchor_texts(
        BIKES, "photographed"
    )


async def test_blanks_cover_the_term_only(offline_context: FlowContext) -> None:
    for material in (HANDOVER, DEEP_WATER, BIKES):
        exam = await delivered_exam(offline_context, {"material": material, "fill_blank": 2})
        for question in exam.questions:
            for key in question.answer:
                assert not key.startswith(("核查", "通过")), (question.stem, key)
                assert key != "desk", (question.stem, key)
