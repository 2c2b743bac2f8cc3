"""The session-8 trainer's faults with the customer, one test per fault, through the real flow
(offline engine, shipped scenarios), in wording of its own (not the review8c set's lines).

Faults: a request of the trade (a card, a number, a signature) taken as small talk or answered
with her next scripted line; a turn of two questions, or of two offers, answered on one; a small
service offered with a yes/no question left unanswered; an offer in the learner's own words
("send someone out to check the line") met with "what exactly are you offering me?".
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.turn_moves import requests_in
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn


@pytest.mark.parametrize(
    ("scenario", "replies", "wanted"),
    [
        ("complaint-handling", ("非常抱歉让您久等了。请您出示一下医保卡，我核对一下。",), "医保卡"),
        ("objection-handling", ("您好，我是顾问小王。这边麻烦您先签个名。",), "签哪儿"),
        (
            "broadband-retention",
            ("Hello. Could I take your date of birth for security?",),
            "date of birth",
        ),
        ("english-upsell", ("Good evening! May I see your passport, please?",), "passport"),
    ],
)
async def test_a_request_of_the_trade_is_on_topic_and_answered(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], wanted: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, *replies)
    assert not evaluation["off_topic"], evaluation
    assert wanted.lower() in line.lower(), line


def test_a_request_waived_is_no_request() -> None:
    scenario = ContentLibrary.load().get(Scenario, "objection-handling")
    assert requests_in(scenario, "我们这边不用交押金，您放心。") == []
    assert [r.kind for r in requests_in(scenario, "先交个押金就行。")] == ["pay"]


@pytest.mark.parametrize(
    ("scenario", "replies", "each"),
    [
        (
            "english-upsell",
            ("Welcome! What brings you here this weekend? Do you prefer a quiet room or a view?",),
            (("anniversary",), ("quiet", "view")),
        ),
        (
            "objection-handling",
            ("理解您，价格确实不是小数目。您以前办过卡吗？平时几点能过来？",),
            (("办过",), ("加班", "九点", "晚上")),
        ),
    ],
)
async def test_two_questions_get_two_answers(
    offline_context: FlowContext,
    scenario: str,
    replies: tuple[str, ...],
    each: tuple[tuple[str, ...], ...],
) -> None:
    _, line = await turn(offline_context, scenario, *replies)
    for words in each:
        assert any(w in line.lower() for w in words), (words, line)


async def test_two_offers_get_two_answers(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "真的很抱歉，让您白等了。",
        "一百二的抛光费我们退给您，1到3个工作日到账，再给您一张一百元的抵用券作为补偿。",
    )
    assert "退" in line and "抵用券" in line, line


async def test_a_small_service_offered_gets_her_yes_or_no(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Thanks for calling. Why are you thinking of leaving?",
        "Would you like me to email you a summary of this call?",
    )
    assert "summary" in line.lower() and "got to do with" not in line.lower(), line


async def test_an_offer_in_her_agents_own_words_is_heard(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Thanks for calling. What has made you want to leave?",
        "I can send someone out to check the line on Thursday morning.",
    )
    assert "thursday" in line.lower() and "offering me" not in line.lower(), line
