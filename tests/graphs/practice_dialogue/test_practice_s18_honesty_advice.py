"""Advice on honesty and tone names what fell short (session 17 held-out trainer P10, eu-weak).

Own learners, through the real flow: a receptionist who hands over a key and a bill and says
nothing of the customer's matter scores 0 on honesty and tone because nothing showed it, not
because anything was pressed; the advice says to speak to the matter, never "do not pressure".
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


@pytest.mark.parametrize(
    ("scenario", "replies", "name", "advice", "pressure"),
    [
        (
            "english-upsell",
            [
                "Harper, right. Room 305, your key.",
                "Checkout is at eleven, the lift is on the right.",
            ],
            "Honesty and tone",
            "speak to what the customer came about and answer honestly",
            "pressure",
        ),
        (
            "complaint-handling",
            ["李先生，请到这边来结账。", "卡放这儿就行，稍等。"],
            "合规与态度",
            "围绕客户关心的事如实说明，回答客户的问题",
            "施压",
        ),
    ],
)
async def test_nothing_said_of_her_matter_is_no_pressure(
    offline_context: FlowContext,
    scenario: str,
    replies: list[str],
    name: str,
    advice: str,
    pressure: str,
) -> None:
    values = await played(offline_context, scenario, *replies, "quit")
    report = values["report"]
    criterion = next(c for c in report["criteria"] if c["name"] == name)
    assert criterion["score"] == 0, criterion
    tips = [tip["advice"] for tip in report["improvements"] if tip["name"] == name]
    assert tips == [advice], tips
    assert pressure not in tips[0]
