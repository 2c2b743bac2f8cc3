"""What was left of the session-7 trainer's review after cycle 2, one test per fault, through the
real flow (offline engine, shipped scenarios), in wording of its own.

Faults: a goodbye credited as the opening's greeting (she then gave her name); a vague "soon"
left without her asking how soon; her line naming the half of an offer nobody made (breakfast
after a late check-out); a sorry for the learner's own digression heard as an apology to her.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.nodes import LEAVING_DISPLEASED, LEAVING_UNDECIDED
from tests.graphs.practice_dialogue.test_practice_hearing import turn


@pytest.mark.parametrize(
    ("scenario", "replies", "language"),
    [
        (
            "broadband-retention",
            (
                "Could I ask what has made you want to leave?",
                "Right, thanks for calling, take care!",
            ),
            "en",
        ),
        ("objection-handling", ("您主要是担心价格吗？", "好的，感谢您来咨询，再见。"), "zh"),
    ],
)
async def test_a_goodbye_opens_nothing(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], language: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, *replies)
    assert evaluation["covered"] == [], evaluation
    assert line in (LEAVING_UNDECIDED[language], LEAVING_DISPLEASED[language]), line


async def test_a_vague_time_gets_her_question_of_how_soon(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "真对不起，让您久等了。",
        "这一百二的抛光费我们给您退掉。",
        "退款尽快就会打到您账上的。",
    )
    assert "多久" in line, line


async def test_a_time_limit_given_is_no_vague_time(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "真对不起，让您久等了。",
        "这一百二的抛光费我们给您退掉，尽快处理，三个工作日内到账。",
    )
    assert "多久" not in line, line


async def test_she_hears_only_the_half_of_an_offer_that_was_said(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Welcome, Ms Harper. Is it a special occasion?",
        "Our harbour-view suite is free tonight, and you could keep it until a late check-out.",
    )
    assert "breakfast" not in line.lower(), line


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "english-upsell",
            (
                "Welcome! Is it a special occasion?",
                "Did you catch the tennis last night? Sorry, I got sidetracked, back to your stay.",
            ),
        ),
        ("objection-handling", ("您主要是担心价格吗？", "您喜欢看球吗？不好意思，扯远了。")),
    ],
)
async def test_a_sorry_for_wandering_off_is_no_apology_to_her(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    evaluation, _ = await turn(offline_context, scenario, *replies)
    assert evaluation["empathy"] == [], evaluation
    assert "empathy" not in evaluation["tags"], evaluation
