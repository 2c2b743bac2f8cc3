"""Session 18 (fault 6): a refusal said with the learner's own verb of refusal is the rule.

「5岁以下的孩子不收」 for 「未满5周岁的儿童不接受报名」 was 未答到, and "We don't take kids under 5" for
"Children under 5 are not accepted for enrolment" was contradicted ("denies under"): the answer
turns the same people away with another verb. Now a point that refuses is credited where an answer
clause refuses with the point's figure on the same side (refusals.py); the other side (5岁以上,
over 5) or an acceptance (也收) earns nothing. Own course: a swim school, zh and en, through the
real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

AGE_ZH = "未满5周岁的儿童不接受报名"
AGE_EN = "Children under 5 are not accepted for enrolment"


async def _graded(
    point: str, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    stem = "游泳班有什么规定？" if language == "zh" else "What are the swim school's rules?"
    return await graded_short_answer(
        stem, [point], answer, context, title="swim school", language=language
    )


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (AGE_ZH, "5岁以下的孩子不收。", "zh"),
        (AGE_ZH, "不满5岁不收。", "zh"),
        (AGE_EN, "We don't take kids under 5.", "en"),
    ],
)
async def test_the_refusal_in_other_words_is_credited(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 2, note


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (AGE_ZH, "5岁以上的孩子不收。", "zh"),
        (AGE_ZH, "5岁以下的孩子也收。", "zh"),
        (AGE_EN, "We don't take kids over 5.", "en"),
    ],
)
async def test_the_other_side_or_an_acceptance_earns_nothing(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 0, note
