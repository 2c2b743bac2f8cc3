"""What an independent trainer's trial found, one test per class of defect, through the real flow
(offline engine, shipped scenarios) and in wording of its own (not the trial's sentences).

Classes: negation scoped over promises and 要不 as a suggestion; reassurance is no empathy; a false
figure for a scenario fact is a false claim the customer corrects; off-topic by rule; the customer
answers the latest question and never quotes an offer nobody made; a decision asked before anything
was offered is no decision; the customer answers the decision before the session closes; a session
quit at once gets a short report; a criterion shown at all is not reported as never shown.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.replies import correction
from graphs.scenarios import Scenario
from tests.support.practice import Session


async def turn(context: FlowContext, scenario: str, *replies: str) -> tuple[dict[str, Any], str]:
    """The last turn's evaluation and the customer's line after it."""
    session = Session(context)
    await session.start(scenario)
    values: dict[str, Any] = {}
    for reply in replies:
        values = await session.reply(reply)
    persona = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    return values["turn_evaluations"][-1], persona[-1]


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "我没办法保证您一定能瘦，得看您自己练不练。"),
        ("complaint-handling", "以后完全不等，我们真不敢保证不会再有，但会提前短信告诉您。"),
        (
            "broadband-retention",
            "I can't promise it will never slow down again, nobody honest can.",
        ),
    ],
)
async def test_a_promise_denied_is_no_promise(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"] == [], evaluation
    rules = {r.when: r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour}
    reaction = rules["forbidden_claim"]
    assert reaction is not None and reaction not in line


async def test_a_promise_made_is_still_one(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(offline_context, "objection-handling", "放心，办了一定能瘦下来。")
    assert evaluation["forbidden"] == ["保证减重效果"]


async def test_yaobu_suggests_a_next_step(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(
        offline_context,
        "objection-handling",
        "可以12期免息分期，每个月三百多。",
        "要不我先帮您预约个体测？",
    )
    assert "next-step" in [c["tag"] for c in evaluation["covered"]]


async def test_reassurance_in_a_refusal_is_no_empathy(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "complaint-handling", "别担心，这一百二是不给退的。"
    )
    assert evaluation["empathy"] == []
    assert evaluation["forbidden"] == ["拒绝退还未告知的抛光费"]
    assert line.startswith("你这是什么话")


@pytest.mark.parametrize(
    ("scenario", "reply", "claim_start", "credited"),
    [
        (
            "broadband-retention",
            "We can do the loyalty rate at twenty-eight a month.",
            "A wrong loyalty",
            set(),
        ),
        (
            "complaint-handling",
            "抛光费给您退，不过退款大概两周才能到账。",
            "谎报退款到账时间",
            {"refund"},
        ),
    ],
)
async def test_a_false_figure_is_a_false_claim_she_corrects(
    offline_context: FlowContext, scenario: str, reply: str, claim_start: str, credited: set[str]
) -> None:
    session = Session(offline_context)
    await session.start(scenario)
    values = await session.reply(reply)
    evaluation = values["turn_evaluations"][-1]
    assert [c[: len(claim_start)] for c in evaluation["forbidden"]] == [claim_start]
    # the lie earns no credit for the offer it garbles; a clause of its own beside it still does
    # ("抛光费给您退", with the wrong time flagged as its own break)
    assert {p["tag"] for p in evaluation["covered"]} & {"refund", "loyalty"} == credited
    fact = next(f for f in ContentLibrary.load().get(Scenario, scenario).facts if f.line)
    lines = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    if fact.claim.startswith(claim_start):
        # without an opening echo of a figure the learner did not say (replies.correction)
        language = ContentLibrary.load().get(Scenario, scenario).language
        assert lines[-1].endswith(correction(fact.line or "", reply, language))
    values = await session._run(Command(resume={"action": "end"}))
    honesty = next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")
    assert honesty["score"] < 100 and honesty["turns"] == [1]


@pytest.mark.parametrize(
    ("scenario", "reply", "off"),
    [
        ("complaint-handling", "您这口音是东北那边的吧？", True),
        ("complaint-handling", "李先生您好，今天路上堵车了吧？", True),
        ("complaint-handling", "我们医生楼上新开了家健身房，您有空去看看。", True),
        ("broadband-retention", "Any big plans for the summer holidays?", True),
        (
            "broadband-retention",
            "Why are you thinking of leaving us, if you don't mind me asking?",
            False,
        ),
        ("objection-handling", "你平常下班都几点了？", False),
        ("english-upsell", "So is it just the two of you staying with us?", False),
    ],
)
async def test_small_talk_is_off_topic_and_questions_about_her_are_not(
    offline_context: FlowContext, scenario: str, reply: str, off: bool
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["off_topic"] is off, evaluation
    if off:
        assert evaluation["empathy"] == [] and evaluation["questions"] == 0


async def test_the_reason_question_gets_the_reason(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "broadband-retention", "What's pushing you to leave, can I ask?"
    )
    assert evaluation["asked"][:1] == ["reason"]
    assert "speed" in line


async def test_she_answers_the_latest_question_and_quotes_no_offer_unsaid(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Good evening! I've got you down for two nights in a city-view room, correct?",
    )
    assert "two nights" in line.lower() and "view would be" not in line
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Why do you want to go?",
        "I could move you to the 500 Mb plan for 36 pounds a month.",
    )
    assert "thirty-one" not in line.lower() and "thirty-six" in line.lower()


async def test_asking_to_talk_is_not_asking_for_the_decision(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "objection-handling", "能占用您两分钟吗，可以吗？"
    )
    assert "confirm" not in [c["tag"] for c in evaluation["covered"]]
    assert "周六" not in line  # she does not book anything before hearing a word of it


async def test_the_decision_is_answered_before_the_session_closes(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    values = await session.play(
        "broadband-retention",
        [
            "Hello, thanks for calling Northline. I understand you want to cancel, I can help.",
            "That must be frustrating. What's made you want to go?",
            "I'm sorry about the evenings. How do you use the connection?",
            "I'll book a free engineer visit for Thursday morning, and I can offer the loyalty "
            "price of 31 a month for 12 months.",
            "That's fair. Their 30 goes up after six months, and you can cancel within 30 days.",
            "Shall I book the engineer and move you to 31 a month?",
        ],
    )
    assert "go on" in values["transcript"][-1]["text"].lower()  # she answers the decision
    values = await session.reply(
        "To confirm: the engineer is booked for Thursday and it's 31 a month from your next bill."
    )
    # her yes was the goal: the learner's next line wraps up, she answers it, and it ends
    assert values["ended"] == "goal" and values["report"]["turns"] == 7
    assert [e["role"] for e in values["transcript"][-2:]] == ["learner", "persona"]


async def test_quitting_at_once_gives_a_short_report(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("english-upsell")
    values = await session.reply("quit")
    report = values["report"]
    assert report["turns"] == 0 and report["criteria"] == []
    assert report["improvements"] == [] and report["strengths"] == []
    assert report["note"].startswith("No turns to evaluate")


async def test_empathy_shown_once_is_not_reported_as_never_shown(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    for reply in [
        "您好，我是会籍顾问小周。",
        "这个钱确实不是小数目，换作是我也会犹豫。您办卡主要想练出什么效果？",
        "您平时几点下班？",
        "我们营业到晚上11点。",
    ]:
        await session.reply(reply)
    values = await session._run(Command(resume={"action": "end"}))
    empathy = next(c for c in values["report"]["criteria"] if c["id"] == "empathy")
    assert empathy["turns"] == [2] and empathy["level"] > 0
    assert "没有回应客户的情绪" not in empathy["explanation"]
