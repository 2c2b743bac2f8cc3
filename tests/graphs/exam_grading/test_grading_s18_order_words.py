"""Session 18 (held-out designer and teacher, fault 1): an order rule said with before/after the
other way round.

"Remove the battery before switching off the power" earned full marks for "Switch off the power
before removing the battery" (every word there, the order turned round), while "Remove the battery
after switching off the power", the rule itself, was contradicted ("says after where the point
says before"), and a reversal's note quoted the synonym-folded sentence with its number ("(1)
delete the battery first…"). Now before/after (前/后) and the acts swapped together keep the rule;
the act put ahead of the point's first act (断电前先拆电池, "X before Y") turns it round. Own
course: an e-bike repair shop, en and zh, through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer, quotes_as_contradicted

POWER_EN = "Switch off the power before removing the battery"
POWER_ZH = "拆电池前须先断开电源"
POWER_AFTER_ZH = "断开电源后才能拆电池"


async def _graded(
    point: str, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    stem = "修电动车前要做什么？" if language == "zh" else "What comes first on an e-bike repair?"
    return await graded_short_answer(
        stem, [point], answer, context, title="e-bike", language=language
    )


@pytest.mark.parametrize(
    ("point", "answer", "language", "said"),
    [
        (POWER_EN, "Remove the battery before switching off the power.", "en", None),
        (POWER_EN, "(1) Remove the battery first, then switch off the power.", "en", None),
        (POWER_EN, "Before switching off the power, remove the battery.", "en", None),
        (POWER_ZH, "（1）断开电源前先拆电池。", "zh", "断开电源前先拆电池"),
        (POWER_ZH, "拆电池后再断开电源。", "zh", None),
        (POWER_AFTER_ZH, "断开电源前先拆电池。", "zh", None),
    ],
)
async def test_order_turned_round_is_contradicted(
    point: str, answer: str, language: Language, said: str | None, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 0, note
    assert quotes_as_contradicted(note, answer, language, said), note


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (POWER_EN, "Remove the battery after switching off the power.", "en"),
        (POWER_EN, "Take out the battery only after the power is switched off.", "en"),
        (POWER_EN, "Before removing the battery, switch off the power.", "en"),
        (POWER_ZH, "断开电源后再拆电池。", "zh"),
        (POWER_ZH, "拆电池之前先断开电源。", "zh"),
        (POWER_AFTER_ZH, "拆电池前先断开电源。", "zh"),
    ],
)
async def test_order_said_the_other_way_round_stays_credited(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 2, note


async def test_word_only_swapped_is_still_contradicted(offline_context: FlowContext) -> None:
    score, note = await _graded(
        POWER_EN, "Switch off the power after removing the battery.", offline_context, "en"
    )
    assert score == 0, note
    assert "(1) contradicted" in note, note
