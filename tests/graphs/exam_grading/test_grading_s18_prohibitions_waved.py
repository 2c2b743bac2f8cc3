"""Session 18 (fault 6): a prohibition answered with its act waved through is turned round; a
prohibition's act said once its condition is met is the rule.

「初级道上竞速没问题」 for 「初级道上禁止竞速」 and "Racing on the beginner slopes is fine" were
credited: every word of the point is there and no 可以 / may said it is allowed. An act waved
through at its clause's end (没问题, 也没关系; is fine, no problem) now permits it (modality.py).
And 「检查雪板没问题再出租」 for 「未检查雪板不得出租」 was 有误 (its condition "turned round"), though it
says the rule from the other side (reversed_conditions.py). Own course: a ski rental desk, zh and
en, through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

RACING_ZH = "初级道上禁止竞速"
BOOTS_ZH = "进入雪具大厅后不能换鞋"
RACING_EN = "Racing is forbidden on the beginner slopes"
CHECKED_ZH = "未检查雪板不得出租"


async def _graded(
    point: str, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    stem = "滑雪场有什么规定？" if language == "zh" else "What are the ski rental rules?"
    return await graded_short_answer(
        stem, [point], answer, context, title="ski rental", language=language
    )


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (RACING_ZH, "初级道上竞速没问题。", "zh"),
        (BOOTS_ZH, "进入雪具大厅后换鞋也没关系。", "zh"),
        (RACING_EN, "Racing on the beginner slopes is fine.", "en"),
        (RACING_EN, "Racing on the beginner slopes is no problem.", "en"),
    ],
)
async def test_act_waved_through_turns_the_prohibition_round(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 0, note
    label = "(1) 有误" if language == "zh" else "(1) contradicted"
    assert label in note, note


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (RACING_ZH, "初级道上不能竞速。", "zh"),
        (RACING_EN, "Racing on the beginner slopes is not fine.", "en"),
        (CHECKED_ZH, "检查雪板没问题再出租。", "zh"),
        (CHECKED_ZH, "雪板检查过才出租。", "zh"),
    ],
)
async def test_the_prohibition_said_its_own_way_stays_credited(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 2, note
