"""A question about her journey here is a welcome, not small talk: she answers it in a word and
goes on with her business (journey_questions.py, courtesies.py). Own wording, through the real
flow, English and Chinese."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

JOURNEY = [
    ("english-upsell", "Have you come far today?", "A fair way"),
    ("english-upsell", "Where are you travelling from?", "A fair way"),
    ("english-upsell", "How was the journey in?", "Not too bad"),
    ("objection-handling", "您过来远不远？", ""),
    ("complaint-handling", "您今天是从哪儿过来的？路上还顺利吗？", ""),
]


@pytest.mark.parametrize(("scenario", "turn", "word"), JOURNEY)
async def test_a_journey_question_gets_a_word_not_a_rebuff(
    offline_context: FlowContext, scenario: str, turn: str, word: str
) -> None:
    values = await played(offline_context, scenario, turn)
    line = her_lines(values)[-1]
    assert values["turn_evaluations"][-1]["off_topic"] is False, line
    assert line.startswith(word), line
    assert "what that has to do" not in line and "跟我有什么关系" not in line, line


async def test_the_learners_own_day_stays_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context, "english-upsell", "My commute was awful, how far is yours?"
    )
    assert values["turn_evaluations"][-1]["off_topic"] is True, her_lines(values)[-1]
