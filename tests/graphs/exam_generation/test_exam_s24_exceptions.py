"""Session 24 (H3, issue 11): a special case does the rule's act for the rule's subject kind.

The session 23 reviewers found exceptions lost: 「单人不得进入冷冻库」 keyed 对 beside the 值班主管 who
may enter alone, "Members must be 18 or over" keyed true beside under-18s who may borrow tools, a
'refunded' option keyed false beside a refund case. Session 23 read a special case loosely (any
rule on the same subject with another modal or figure, an "only" anywhere) for false statements
and strictly for true ones. One reading serves both now: the case must do the rule's act (enter
the room, join the picking, get a refund) for the rule's subject kind, on other terms.

Own materials: a tea estate, in Chinese and in English.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.library import ContentLibrary
from graphs.text.special_cases import special_case
from tests.graphs.test_model_path import compiled, model_context, run_graph
from tests.support.exam_flow import delivered_exam
from tests.support.openai_stub import ChatRequest, OpenAIStub

TEA_ZH = """# 云雾茶园采制与参观管理规程

## 一、采摘
1. 采茶工须在每日上午10点前完成头茬鲜叶采摘。
2. 采摘标准为一芽二叶，不得采摘老叶和鱼叶。
3. 鲜叶须在采摘后2小时内送到萎凋间。

## 二、萎凋与炒制
4. 单人不得进入杀青车间。
5. 萎凋间温度应保持在22℃至28℃之间。
6. 炒茶师不得在杀青车间内使用手机。
7. 只有持有上岗证的炒茶师才能操作杀青机。

## 三、参观
8. 游客须年满12周岁方可参加采茶体验。
9. 参观预约费用一经支付不予退还。
10. 游客须在茶园入口登记姓名和联系电话。

## 四、特殊情况
11. 值班组长在夜间巡检时可单人进入杀青车间，但须随身携带对讲机。
12. 未满12周岁的儿童在家长陪同下可以参加亲子采茶体验。
13. 因暴雨取消参观的，预约费用予以退还。
14. 鲜叶须在过磅棚称重后方可入库。
"""

TEA_EN = """# Highland Tea Estate Rules

## Picking
- Pickers must finish the first flush picking before 10 am.
- Pickers must pick two leaves and a bud only.
- Fresh leaves must reach the withering shed within 2 hours of picking.

## Withering and rolling
- No one may enter the rolling room alone.
- The withering shed must be kept between 22°C and 28°C.
- Only licensed rollers may operate the rolling machine.
- Fresh leaves must be weighed at the weighing shed only.

## Visitors
- Visitors must be 12 or over.
- Tour fees already paid are not refunded when you cancel.
- Visitors must sign the gate register on arrival.

## Special cases
- The night supervisor may enter the rolling room alone on the night round, carrying a radio.
- Visitors under 12 may join the family picking walk with a parent.
- Tour fees paid within the last 3 days are refunded in full.
"""


@pytest.mark.parametrize(
    ("rule", "material", "language", "case"),
    [
        ("单人不得进入杀青车间。", TEA_ZH, "zh", "值班组长在夜间巡检时可单人进入杀青车间"),
        # The threshold's other side: children under 12 join a picking all the same.
        ("游客须年满12周岁方可参加采茶体验。", TEA_ZH, "zh", "未满12周岁的儿童"),
        # 「不予退还」 names its subject before the refusal, with no modal.
        ("参观预约费用一经支付不予退还。", TEA_ZH, "zh", "因暴雨取消参观的"),
        ("No one may enter the rolling room alone.", TEA_EN, "en", "The night supervisor"),
        ("Visitors must be 12 or over.", TEA_EN, "en", "Visitors under 12 may join"),
        ("Tour fees already paid are not refunded when you cancel.", TEA_EN, "en", "last 3 days"),
    ],
)
def test_a_case_doing_the_rules_act_on_its_own_terms_is_found(
    rule: str, material: str, language: str, case: str
) -> None:
    found = special_case(rule, rule, material, "zh" if language == "zh" else "en")
    assert found is not None and case in found, found


@pytest.mark.parametrize(
    ("rule", "material", "language"),
    [
        # Another rule on pickers or visitors, with its own figure or 方可: no act of this one.
        ("采茶工须在每日上午10点前完成头茬鲜叶采摘。", TEA_ZH, "zh"),
        ("游客须在茶园入口登记姓名和联系电话。", TEA_ZH, "zh"),
        # 方可 is a condition (only after weighing), no grant against 须.
        ("鲜叶须在采摘后2小时内送到萎凋间。", TEA_ZH, "zh"),
        # An "only" in another rule ("a bud only") is no case of who alone may operate.
        ("Only licensed rollers may operate the rolling machine.", TEA_EN, "en"),
        # "within" the last 3 days is no measure of "within 2 hours of picking".
        ("Tour fees paid within the last 3 days are refunded in full.", TEA_EN, "en"),
        # The special case itself is excepted by nothing.
        ("值班组长在夜间巡检时可单人进入杀青车间，但须随身携带对讲机。", TEA_ZH, "zh"),
    ],
)
def test_a_rule_sharing_only_a_subject_or_a_word_is_no_case(
    rule: str, material: str, language: str
) -> None:
    found = special_case(rule, rule, material, "zh" if language == "zh" else "en")
    assert found is None, found


# --- the model path (issue 11): a model's absolute true statement is refused ----------------


def _true_false(statement: str, quote: str) -> dict[str, Any]:
    return {
        "type": "true_false",
        "stem": f"判断正误：{statement}",
        "answer": ["true"],
        "explanation": f"材料原文：{quote}",
        "knowledge_point": "杀青车间进出",
        "difficulty": "easy",
        "source_quote": quote,
    }


def test_a_model_statement_keyed_true_against_an_exception_is_refused() -> None:
    rule = "单人不得进入杀青车间。"
    _, problems = validate_question(_true_false(rule, rule), TEA_ZH, [])
    assert any("makes an exception" in p for p in problems), problems
    # Scoped, it carries its exception; the exception itself is no absolute either.
    scoped = "除值班组长夜间巡检外，单人不得进入杀青车间。"
    _, problems = validate_question(_true_false(scoped, rule), TEA_ZH, [])
    assert not [p for p in problems if "makes an exception" in p], problems
    case = "值班组长在夜间巡检时可单人进入杀青车间，但须随身携带对讲机。"
    _, problems = validate_question(_true_false(case, case), TEA_ZH, [])
    assert not [p for p in problems if "makes an exception" in p], problems


class _AbsoluteFirst:
    """A model that keys the general rule true first, and its special case when asked again."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: ChatRequest) -> dict[str, Any]:
        prompt = request.messages[-1]["content"]
        slots = json.loads(prompt.partition("Slots:\n")[2].partition("\nMaterial:")[0])
        self.calls += 1
        statement, quote = (
            ("单人不得进入杀青车间。", "单人不得进入杀青车间。")
            if self.calls == 1
            else (
                "值班组长在夜间巡检时可单人进入杀青车间，但须随身携带对讲机。",
                "值班组长在夜间巡检时可单人进入杀青车间，但须随身携带对讲机。",
            )
        )
        questions = []
        for slot in slots:
            question = _true_false(statement, quote)
            question.update(slot_id=slot["id"], difficulty=slot["difficulty"])
            questions.append(question)
        return {"questions": questions}


async def test_the_model_path_refuses_a_rule_keyed_true_against_its_exception(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    writer = _AbsoluteFirst()
    openai_stub.responder = writer
    request = {"material": TEA_ZH, "true_false": 1, "difficulty": "easy"}
    run = await run_graph(
        compiled("graphs.exam_generation.build"),
        request,
        "s24-tea",
        model_context(library, openai_stub),
    )
    (question,) = run.values["exam"]["questions"]
    assert question["stem"] != "判断正误：单人不得进入杀青车间。", question
    assert "值班组长" in question["stem"]
    assert writer.calls == 2  # the absolute was refused and asked for again


# --- scoped, not dropped: a true statement carries its exception -------------------------


def _keyed_true(question: Question) -> list[str]:
    if question.type == "true_false" and question.answer == ["true"]:
        return [statement_of(question.stem)]
    if question.type == "multiple_choice":
        return [o.text for o in question.options if o.key in question.answer]
    return []


SCOPED_EN = {
    "No one may enter the rolling room alone, except": "The night supervisor may enter",
    "Visitors must be 12 or over, except that": "Visitors under 12 may join",
    "Tour fees already paid are not refunded when you cancel, except that": "last 3 days",
}
SCOPED_ZH = {
    "单人不得进入杀青车间，但值班组长在夜间巡检时除外": "值班组长在夜间巡检时可单人",
    "参观预约费用一经支付不予退还，但因暴雨取消参观的除外": "因暴雨取消参观的",
    "游客须年满12周岁，但未满12周岁的儿童在家长陪同下除外": "未满12周岁的儿童在家长陪同下可以",
}


@pytest.mark.parametrize(
    ("material", "absolutes", "scoped"),
    [
        (
            TEA_EN,
            ("No one may enter the rolling room alone.", "Visitors must be 12 or over."),
            SCOPED_EN,
        ),
        (TEA_ZH, ("单人不得进入杀青车间。", "参观预约费用一经支付不予退还。"), SCOPED_ZH),
    ],
)
async def test_an_excepted_rule_is_keyed_true_with_its_exception(
    offline_context: Any, material: str, absolutes: tuple[str, ...], scoped: dict[str, str]
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "true_false": 8})
    said_true = [s for q in exam.questions for s in _keyed_true(q)]
    assert not set(absolutes) & set(said_true), said_true
    delivered = {p: c for p, c in scoped.items() for s in said_true if s.startswith(p) and s != p}
    assert delivered, said_true  # at least one rule is stated with its exception
    # A scoped statement tells its case: no other item on the paper asks the case.
    for prefix, case in delivered.items():
        others = [
            " ".join([q.stem, *(o.text for o in q.options)])
            for q in exam.questions
            if not statement_of(q.stem).startswith(prefix)
        ]
        assert not [t for t in others if case in t], others
