"""Before anything is offered she should ask about no offer ("And what exactly are you offering me?",
"Hm. What else comes with it?"), whatever the turn did: a line of the offer's stage or a later
one reacts to an offer (script_lines.in_stage_order, `nothing_offered`). Through the real flow,
in learner lines of our own."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played

SESSIONS = [
    (
        "broadband-retention",
        [
            "Hello, how can I help?",
            "Sure, I'll close it down for you.",
            "Right, I'll put that through now.",
            "Okay, we can switch it off for you.",
        ],
    ),
    (
        "english-upsell",
        [
            "Good evening.",
            "Could I see your passport?",
            "We'll get that sorted for you.",
            "I'll do that right now.",
            "We can take care of it.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("scenario", "turns"),
    [
        pytest.param(
            *SESSIONS[0],
            marks=pytest.mark.xfail(
                strict=True,
                reason="not fixed: holding back every offer-stage line before an offer made her "
                "repeat earlier lines (bench builders: repeated lines 7 -> 18)",
            ),
        ),
        SESSIONS[1],
    ],
)
async def test_no_question_about_an_offer_nobody_made(
    offline_context: FlowContext, scenario: str, turns: list[str]
) -> None:
    values = await played(offline_context, scenario, *turns)
    library = offline_context.library
    offer_lines = {
        line.text
        for stage in library.get(Scenario, scenario).stages
        if stage.id in {"presentation", "objections", "closing"}
        for line in stage.persona_lines
    }
    said = her_lines(values)[1:]
    assert not [line for line in said if any(o in line for o in offer_lines)], said
