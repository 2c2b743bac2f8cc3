"""Session 9's trainer faults with the customer (issue 12), through the real flow (offline engine,
shipped scenarios), in wording of their own: a time the learner proposes is taken, not read as a
question about her habits; a goodbye after the conversation is a closing, not a digression; an
offer beyond what the learner may give is doubted (「这个你能做主吗？」), not met with the generic
angry line, and her mood does not fall for it (the report still flags the rule break)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.granted import request_granted
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


async def test_a_proposed_evening_is_when_not_her_evenings(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, thanks for calling Northline. I'm sorry the evenings have been slow.",
        "I can send an engineer out to check the line, free of charge.",
        "How about Thursday evening for the engineer, would that suit you?",
    )
    assert line.startswith("Thursday evening?"), line
    assert "video calls" not in line, line


async def test_a_call_back_time_is_taken(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了，这是我们的问题。",
        "抛光费120元给您全额免除，1到3个工作日退回原卡。",
        "我明天下午三点给您回个电话，可以吗？",
    )
    assert "明天下午三点" in line, line


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "broadband-retention",
            (
                "Hello Ms Shah, I'm sorry the evenings have been slow.",
                "I can send an engineer out to check the line, free of charge.",
                "Thanks, that's all for today.",
            ),
        ),
        ("english-upsell", ("Good evening Mr Harper.", "OK, I think we're done here, thanks.")),
        ("objection-handling", ("您好，理解您觉得价格贵。", "今天就先到这儿吧，谢谢您。")),
    ],
)
async def test_a_goodbye_closes(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    evaluation, line = await turn(offline_context, scenario, *replies)
    assert not evaluation["off_topic"], evaluation
    assert evaluation["leaving"], evaluation
    assert "?" not in line and "？" not in line, line


async def test_small_talk_after_thanks_is_still_small_talk(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(
        offline_context, "broadband-retention", "Thanks! Did you watch the match last night?"
    )
    assert evaluation["off_topic"], evaluation


@pytest.mark.parametrize(
    ("scenario", "replies", "doubt"),
    [
        (
            "complaint-handling",
            ("非常抱歉让您久等了，这是我们的问题。", "再送您一张200元的洁牙抵用券。"),
            "能做主",
        ),
        (
            "objection-handling",
            ("您好，理解您觉得价格贵。", "这样，我给您打五折，一千九百九就能办。"),
            "能做主",
        ),
        (
            "broadband-retention",
            (
                "Hello Ms Shah, I'm sorry the evenings have been slow.",
                "I can put you on the 150 Mb plan at GBP 20 a month for 12 months.",
            ),
            "Can you actually do that?",
        ),
    ],
)
async def test_an_offer_beyond_the_limits_is_doubted_not_scolded(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], doubt: str
) -> None:
    session = Session(offline_context)
    await session.start(scenario)
    for reply in replies[:-1]:
        before = await session.reply(reply)
    after = await session.reply(replies[-1])
    line = [e["text"] for e in after["transcript"] if e["role"] == "persona"][-1]
    rules = {r.when: r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour}
    assert after["turn_evaluations"][-1]["forbidden"], after["turn_evaluations"][-1]
    assert doubt in line, line
    assert rules["forbidden_claim"] not in line, line
    assert after["mood"] >= before["mood"], (before["mood"], after["mood"])


@pytest.mark.parametrize(
    ("grant", "said_back"),
    [
        ("您要是这周能抽出时间来，那就先体验一次。", "这周能抽出时间来的话，那就先体验一次"),
        ("可以，先体验一次没问题。", "那就先体验一次"),
    ],
)
async def test_her_request_granted_on_a_condition_is_a_yes(
    offline_context: FlowContext, grant: str, said_back: str
) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "您好，理解您觉得价格贵。",
        "我们可以12期免息分期，每个月三百多。",
        grant,
    )
    assert said_back in line, line


async def test_her_request_refused_is_no_yes(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "您好，理解您觉得价格贵。",
        "我们可以12期免息分期，每个月三百多。",
        "不行，体验得先办卡。",
    )
    assert "那就先体验一次" not in line, line


def test_an_english_grant_is_said_back_from_her_side() -> None:
    choice = request_granted(
        "Thanks. Can I try it first?", "If you can come in before six, yes.", "en"
    )
    assert choice is not None
    assert choice.text == "Alright, as long as I can come in before six, I'll try it first."
    assert request_granted("Can I try it first?", "I'm afraid not, sorry.", "en") is None


async def test_a_sum_does_not_tell_her_when(offline_context: FlowContext) -> None:
    # the sum answers 退多少, not 多久能到账: she still asks when the money arrives
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "李先生，真是对不住，让您白等了。",
        "查过了，确实没提前说，这一百二十元给您退回去。",
    )
    assert line.startswith("多久能到账"), line


async def test_a_vague_time_after_her_question_is_pressed(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "李先生，真是对不住，让您白等了。",
        "查过了，确实没提前说，这一百二十元给您退回去。",
        "放心，退款很快就到账。",
    )
    assert "很快是多久" in line, line


async def test_asked_for_her_decision_she_gives_it(offline_context: FlowContext) -> None:
    # her goal earned and the price named in the question: she tells it, then says yes
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hi, Northline, how can I help?",
        "Oh no, sorry to hear that. Why do you want to leave?",
        "Right. We can send an engineer, Thursday morning is free.",
        "And I can do 31 pounds a month if you stay 12 months.",
        "The other company is cheaper at first but they go up after six months.",
        "And if it doesn't work out you can cancel within 30 days, no fee.",
        "So shall I book the engineer and the 31 pound price?",
    )
    assert "book the engineer" in line, line
    assert line.index("rather not") < line.index("Go on then"), line


def test_a_filler_yes_that_moves_on_grants_nothing() -> None:
    previous = "能分期免息的话压力小多了，能先体验一次再说吗？"
    assert request_granted(previous, "好的。我们还有私教课，教练都很专业。", "zh") is None
    assert request_granted(previous, "好的。体验课随时可以约。", "zh") is not None
