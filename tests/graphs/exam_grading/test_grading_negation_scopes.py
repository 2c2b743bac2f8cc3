"""A cue denies its own duty, not the next one joined with a modal of its own.

A point "must not X and must Y" read Y as denied too, so an answer that stated both duties ("never
X; do Y") was marked contradicted for Y. A second duty joined by "and"/并 and a modal of its own
(must, should, 须, 要) is a clause of its own (graphs/text/negation_clauses.py); a bare "or"/并
still shares the cue ("must not smoke or drink"). Own example: a cashier and personal cheques.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Question
from graphs.text.negation import negated_terms
from tests.support.grading import graded_paper, short_answer

CHEQUES_EN = short_answer(
    "What should a cashier do when offered a personal cheque?",
    "the cashier must not accept a personal cheque and should call the duty manager",
)
CHEQUES_ZH = short_answer(
    "收银员遇到顾客用个人支票付款时应怎么做？",
    "收银员不得收取个人支票并须通知值班经理",
)


async def _ratio(question: Question, answer: str, context: FlowContext, language: str) -> float:
    results = await graded_paper(
        [question],
        {"1": answer},
        context,
        title="cheques",
        language=language,  # type: ignore[arg-type]
    )
    return results[1]["score"] / results[1]["max_score"]


async def test_both_duties_stated_are_the_point_en(offline_context: FlowContext) -> None:
    answer = "Never take the cheque; call the duty manager."
    assert await _ratio(CHEQUES_EN, answer, offline_context, "en") == 1


async def test_both_duties_stated_are_the_point_zh(offline_context: FlowContext) -> None:
    answer = "个人支票不能收；要通知值班经理。"
    assert await _ratio(CHEQUES_ZH, answer, offline_context, "zh") == 1


async def test_the_second_duty_denied_is_still_contradicted(offline_context: FlowContext) -> None:
    answer = "Never take the cheque, and there is no need to call the duty manager."
    assert await _ratio(CHEQUES_EN, answer, offline_context, "en") < 1 / 2
    answer_zh = "个人支票不能收，也不用通知值班经理。"
    assert await _ratio(CHEQUES_ZH, answer_zh, offline_context, "zh") < 1 / 2


def test_a_cue_shared_by_a_bare_or_still_denies_both() -> None:
    assert negated_terms(
        "Staff must not smoke or drink in the store", ["smoke", "drink"], "en"
    ) == {
        "smoke",
        "drink",
    }
    assert negated_terms("收银员不得收取个人支票并须通知值班经理", ["收取", "通知"], "zh") == {
        "收取"
    }
    assert negated_terms(
        "must not accept it and must call the manager", ["accept", "call"], "en"
    ) == {"accept"}
