"""A fill-in's blank covers the term only: the verb before a listed thing stays printed
(「须互相核查____、急救箱和对讲机」, key 救生杆, not 核查救生杆), a preposition before a role is no
part of it (须通过____考核, key 救生员, not 通过救生员), and an English department keeps the
person word after it ("the desk staff", not "the ____ staff"). A model's key that holds the verb
its listed neighbours share is refused. Own materials, through the reader, the real flow and the
validator."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.fill_keys import check_fill_key_is_term
from graphs.exams import Question
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


def _model_fill_in(stem: str, key: str) -> Question:
    return Question(
        type="fill_blank",
        stem=stem,
        answer=[key],
        knowledge_point="交接",
        difficulty="easy",
        source_quote="救生员交接班时，双方须互相核查救生圈、急救箱和对讲机。",
    )


def test_a_written_key_holding_the_verb_its_list_shares_is_refused() -> None:
    verb_kept_out = _model_fill_in(
        "填空：救生员交接班时，双方须互相____、急救箱和对讲机。", "核查救生圈"
    )
    [problem] = check_fill_key_is_term(verb_kept_out, "zh")
    assert "核查救生圈" in problem and "list" in problem
    term_only = _model_fill_in(
        "填空：救生员交接班时，双方须互相核查____、急救箱和对讲机。", "救生圈"
    )
    assert check_fill_key_is_term(term_only, "zh") == []
    # items of one kind, each opening on a verb: 培训记录 beside 检查记录
    same_kind = _model_fill_in("填空：前台须保存维修记录、____和培训记录。", "检查记录")
    assert check_fill_key_is_term(same_kind, "zh") == []
