"""The purpose of her stay asked in other words (session 17 held-out trainer P10, eu-average).

"Any particular reason for the trip?" asks what the occasion point asks, though none of the
author's phrasings (purpose, what brings you, business or pleasure) is in it: the purpose-ask cue
family (cue_families.py, over question_forms.PURPOSE) hears it. Said, not asked, it is no question.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import criterion, played

OCCASION = "Ask about the purpose of the stay or any special occasion"


@pytest.mark.parametrize(
    "reply",
    [
        "Good evening, welcome. Any particular reason for the trip?",
        "Welcome in! Are you here on business or for a holiday this time?",
    ],
)
async def test_the_purpose_asked_in_other_words_is_the_occasion_point(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(offline_context, "english-upsell", reply, "quit")
    finding = criterion(values, "Finding the need")["explanation"]
    assert f"Done: {OCCASION}" in finding, finding


async def test_a_reason_told_is_no_purpose_asked(offline_context: FlowContext) -> None:
    values = await played(
        offline_context, "english-upsell", "The reason for the delay is the lift.", "quit"
    )
    assert f"Done: {OCCASION}" not in criterion(values, "Finding the need")["explanation"]
