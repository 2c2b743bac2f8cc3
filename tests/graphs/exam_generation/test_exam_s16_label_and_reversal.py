"""Session 16 (R2): a section label before a colon is never a blank nor a key, on the model path
as on the offline one (「____：甲方须提供安全的工作环境」 keyed 甲方义务, end D8's terms); a
reversed exception drops the exception's own consequence; a clause whose act lost its object to
the clause before is not asked alone."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.cut_objects import lost_object
from graphs.exam_generation.exception_reversals import reversed_exception
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import true_false
from graphs.exams import Exam
from graphs.library import ContentLibrary
from graphs.text.document import analyse
from tests.graphs.exam_generation.test_exam_generation_model import (
    ScriptedChatModel,
    retrying_responder,
    run,
)

VET_RULES = """# 宠物诊所前台规程

第一条 接诊登记：前台须在接诊前核对宠物的疫苗证明，无证明的须先做登记。
第二条 处方药：处方药须凭兽医处方发放，前台不得自行售卖。
第三条 候诊秩序：犬只在候诊区须系牵引绳，猫须装入航空箱。
"""
LABEL_KEYED = {
    "stem": "填空：____：前台须在接诊前核对宠物的疫苗证明，无证明的须先做登记。",
    "answer": ["接诊登记"],
    "explanation": "第一条的标题。",
    "source_quote": "接诊登记：前台须在接诊前核对宠物的疫苗证明，无证明的须先做登记。",
}
TERM_KEYED = {
    "stem": "填空：前台须在接诊前核对宠物的____，无证明的须先做登记。",
    "answer": ["疫苗证明"],
    "explanation": "前台须在接诊前核对宠物的疫苗证明。",
    "source_quote": "前台须在接诊前核对宠物的疫苗证明，无证明的须先做登记。",
}


async def test_a_model_fill_in_keyed_on_a_section_label_is_refused(library: ContentLibrary):
    responder, _ = retrying_responder(
        lambda slot, first: LABEL_KEYED if first else TERM_KEYED, lambda slot: "疫苗证明"
    )
    model = ScriptedChatModel(responder=responder)
    context = FlowContext(library=library, models=(model,))
    values = await run(context, {"material": VET_RULES, "fill_blank": 1})

    exam = Exam.model_validate(values["exam"])
    assert [q.answer for q in exam.questions] == [["疫苗证明"]]
    assert any("section label" in p for p in values["rejections"]["fill_blank-1"])


async def test_offline_fill_ins_never_blank_a_label(library: ContentLibrary):
    context = FlowContext(library=library)
    values = await run(context, {"material": VET_RULES, "fill_blank": 3, "single_choice": 2})
    exam = Exam.model_validate(values["exam"])
    labels = {"接诊登记", "处方药", "候诊秩序"}
    for question in exam.questions:
        keys = set(question.answer)
        keys |= {o.text for o in question.options if o.key in question.answer}
        assert not keys & labels, question.stem
        assert "____：" not in question.stem and "（    ）：" not in question.stem


# A reversed exception drops the exception's own consequence ("in which case …"): the
# trampoline FAQ's "…, even when we cancel the session, in which case you receive a full refund"
# said the rule and its exception at once (session 16, end D8).
BUS_DEPOT = (
    "# Eastgate Bus Depot: Staff Pass Rules\n\n"
    "## Passes\n"
    "Every driver must carry a staff pass on duty.\n"
    "Staff passes may not be lent to anyone, unless the holder is in hospital, in which case a "
    "family member may use the pass.\n"
    "A lost pass must be reported to the depot office within 24 hours.\n\n"
    "## Bank counter\n"
    "Large cash withdrawals must be booked a day ahead, except when the customer is a "
    "business client; then the branch manager may approve them on the spot.\n"
    "Counter staff must check photo ID for every withdrawal above 500 dollars.\n"
)


@pytest.mark.parametrize(
    ("sentence", "false"),
    [
        (
            "Staff passes may not be lent to anyone, unless the holder is in hospital, in which "
            "case a family member may use the pass.",
            "Staff passes may not be lent to anyone, even if the holder is in hospital.",
        ),
        (
            "Large cash withdrawals must be booked a day ahead, except when the customer is a "
            "business client. Then the branch manager may approve them on the spot.",
            "Large cash withdrawals must be booked a day ahead, even when the customer is a "
            "business client.",
        ),
    ],
)
def test_a_reversed_exception_drops_its_consequence(sentence: str, false: str) -> None:
    reversed_ = reversed_exception(sentence, False)
    assert reversed_ is not None and reversed_[0] == false


@pytest.mark.parametrize("needle", ["lent to anyone", "cash withdrawals"])
def test_a_true_false_on_a_reversed_exception_reads_as_one_rule(needle: str) -> None:
    material = Material.of(analyse(BUS_DEPOT), "en")
    fact = next(f for f in material.facts if needle in f.text)
    made = [
        true_false(material, fact, level, "Passes", False, only_preferred=True)
        for level in ("easy", "medium", "hard")
    ]
    reversals = [q for q in made if q is not None and re.search(r"\beven (?:if|when)\b", q.stem)]
    assert reversals, "the exception is reversed at some difficulty"
    for question in reversals:
        assert not re.search(r"in which case|\bthen\b", question.stem, re.IGNORECASE), question.stem
        assert question.answer == ["false"]


# A clause cut from its rule, whose own subject is not the sentence's first noun and whose act
# takes that noun as its object, is no statement alone: 「前台不得自行售卖」 of 「处方药须凭兽医
# 处方发放，前台不得自行售卖」 (session 16, a helper's vet rules) sold nothing named.
HARDWARE_STORE = """# 五金建材店门店规范

## 一、工具租赁
电锯须由持证员工操作，学徒不得单独使用。
租赁押金为每件200元，归还时无损坏的全额退还。
租期超过3天的，每天加收租金20元。

## 二、酒水区
样品酒须锁入展柜，店员不得私自开封。
酒水区每日须盘点一次，盘点表须由店长签字。

## 三、收银
收银员每班结束须在10分钟内完成对账。
退货须凭购物小票办理，超过7天不予退货。
"""
_CUT = re.compile(r"(?:学徒|店员)(?:不得|可以|可|无须)?(?:单独使用|私自开封)[。]?$")


async def test_a_clause_whose_act_lost_its_object_is_not_asked_alone(library: ContentLibrary):
    context = FlowContext(library=library)
    values = await run(context, {"material": HARDWARE_STORE, "true_false": 6, "fill_blank": 3})
    exam = Exam.model_validate(values["exam"])
    assert exam.questions
    for question in exam.questions:
        assert not _CUT.search(question.stem), question.stem
        assert not _CUT.search(question.source_quote), question.source_quote


def test_a_clause_keeping_its_object_or_whole_in_itself_is_kept() -> None:
    assert lost_object("学徒不得单独使用", HARDWARE_STORE) == "电锯"
    assert lost_object("店员不得私自开封", HARDWARE_STORE) == "样品酒"
    assert lost_object("电锯须由持证员工操作", HARDWARE_STORE) is None
    assert lost_object("盘点表须由店长签字", HARDWARE_STORE) is None
