"""Session 9, round 2 of issue 12's faults, through the real flow (offline engine, shipped
scenarios), in wording of our own: a clock time is when the learner calls back, no figure of a
price or a term; a time inside the true range is vague, not false."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.practice_dialogue.fact_figures import false_facts
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.understanding import understand
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


@pytest.mark.parametrize(
    ("scenario", "replies", "slot"),
    [
        (
            "objection-handling",
            ("您好，我是会籍顾问小林。", "冻结的事我下午四点给您发个详细说明，可以吗？"),
            "下午四点",
        ),
        (
            "complaint-handling",
            ("非常抱歉让您久等了。", "退款的事我今晚八点再给您回个电话确认，好吗？"),
            "今晚八点",
        ),
    ],
)
async def test_a_clock_time_is_a_slot_not_a_false_figure(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], slot: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, *replies)
    assert evaluation["forbidden"] == [], evaluation
    assert slot in line, line


@pytest.mark.parametrize(
    ("reply", "false"),
    [
        ("抛光费给您退了，钱过两天就到账。", False),
        ("抛光费给您退了，钱三天内到账。", False),
        ("抛光费给您退了，钱一周后到账。", True),
        ("抛光费给您退了，钱四个工作日到账。", True),
    ],
)
async def test_a_refund_time_inside_the_true_range_is_no_false_figure(
    offline_context: FlowContext, reply: str, false: bool
) -> None:
    evaluation, _ = await turn(offline_context, "complaint-handling", "非常抱歉。", reply)
    said = any("谎报退款到账时间" in claim for claim in evaluation["forbidden"])
    assert said is false, evaluation


def test_a_clock_time_still_misstates_a_term_told_by_one() -> None:
    scenario = ContentLibrary.load().get(Scenario, "english-upsell")
    said = TurnText.of("Late check-out until 5 pm is no problem.", "en")
    assert [f.claim for f in false_facts(scenario, said)] == ["A wrong late check-out time (2 pm)"]


@pytest.mark.parametrize(
    "reply",
    [
        "How about Thursday evening for the engineer?",
        "Is Thursday evening good for the technician?",
        "How does Thursday evening sound for a line check?",
    ],
)
async def test_a_proposed_evening_asks_nothing_of_her_evenings(
    offline_context: FlowContext, reply: str
) -> None:
    evaluation, _ = await turn(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, thanks for calling Northline. I'm sorry the evenings have been slow.",
        reply,
    )
    tags = {c["tag"] for c in evaluation["covered"]}
    assert "usage" not in tags and "engineer" in tags, evaluation


async def test_a_voucher_offered_is_no_amount_of_finding_out(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    values = await session.play(
        "complaint-handling",
        [
            "非常抱歉让您久等了，这是我们的问题。",
            "您当时是几点到的？是哪位医生看的？多收的120元是抛光费对吧？我再送您一张100元抵用券。",
            "结束",
        ],
    )
    criteria = {c["id"]: c["explanation"] for c in values["report"]["criteria"]}
    assert "120元" in criteria["discovery"] and "100元" not in criteria["discovery"], criteria
    assert "100元" in criteria["solution"], criteria


@pytest.mark.parametrize(
    "reply",
    ["一次掏三千九百八确实肉疼，这个我明白。", "三千九百八一下子拿出来，确实肉疼，我明白。"],
)
async def test_the_price_said_to_hurt_acknowledges_her_concern(
    offline_context: FlowContext, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, "objection-handling", "您好，我是顾问小林。", reply)
    assert "price-concern" in {c["tag"] for c in evaluation["covered"]}, evaluation


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "这个还请您多体谅，价格是总部定的。"),
        ("objection-handling", "您理解一下嘛，我们这已经是最低价了。"),
        ("broadband-retention", "You have to understand, the loyalty price is set centrally."),
    ],
)
async def test_understanding_asked_of_her_is_no_empathy(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(
        offline_context, scenario, "Hello." if "band" in scenario else "您好。", reply
    )
    assert evaluation["empathy"] == [], evaluation
    assert not {"price-concern", "concern"} & {c["tag"] for c in evaluation["covered"]}


def test_a_question_why_is_no_warm_phrase_said_in_passing() -> None:
    scenario = ContentLibrary.load().get(Scenario, "broadband-retention")
    heard = understand(scenario, "Could I ask why you want to cancel today?")
    assert [p["tag"] for p in heard.points] == ["reason"] and heard.said_in_passing == []


@pytest.mark.parametrize(
    ("scenario", "opening", "reply"),
    [
        ("complaint-handling", "您好。", "让您白白等了那么久，这确实不应该。"),
        ("broadband-retention", "Hello Ms Shah.", "Let me just cancel the contract then, alright?"),
        ("broadband-retention", "Hello Ms Shah.", "I'll process the cancellation now, OK?"),
        (
            "english-upsell",
            "Good evening Mr Harper.",
            "Honestly, it comes out cheaper than the other hotels on the harbour.",
        ),
    ],
)
async def test_on_the_subject_by_what_it_does_is_not_off_topic(
    offline_context: FlowContext, scenario: str, opening: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, opening, reply)
    assert evaluation["off_topic"] is False, evaluation


@pytest.mark.parametrize(
    ("reply", "claim"),
    [
        ("前面的病人超时了，我们也没办法。", "推卸责任给医生或其他患者"),
        ("这个我们也没有办法，您看怎么办吧。", "推说无能为力"),
    ],
)
async def test_helplessness_is_told_from_the_buck_passed_without_authored_patterns(
    offline_context: FlowContext, reply: str, claim: str
) -> None:
    evaluation, _ = await turn(offline_context, "complaint-handling", "您好。", reply)
    assert evaluation["forbidden"] == [claim], evaluation


async def test_her_own_price_question_lets_i_hear_you_acknowledge_the_price(
    offline_context: FlowContext,
) -> None:
    # nothing priced by the learner: the price came up in her line ("How much more…?"), which
    # the evaluator now reads (nodes.evaluate_turn passes her lines)
    session = Session(offline_context)
    await session.start("english-upsell")
    await session.reply("Good evening Mr Harper, welcome!")
    values = await session.reply(
        "We have a harbour-view suite free tonight, would that interest you?"
    )
    her = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    assert "how much" in her[-1].lower(), her
    values = await session.reply("I hear you, fair enough.")
    assert "concern" in {c["tag"] for c in values["turn_evaluations"][-1]["covered"]}


def test_without_her_lines_i_hear_you_acknowledges_no_price() -> None:
    scenario = ContentLibrary.load().get(Scenario, "english-upsell")
    evaluator = OfflineEvaluator(coaching=False)
    stage = scenario.stage("discovery")
    said = "I hear you, fair enough."
    alone = evaluator.evaluate_now(scenario, stage, said, {}, 3)
    asked = evaluator.evaluate_now(
        scenario,
        stage,
        said,
        {},
        3,
        her_lines=[scenario.opening_line, "How much extra would that be?"],
    )
    assert "concern" not in {c["tag"] for c in alone["covered"]}
    assert "concern" in {c["tag"] for c in asked["covered"]}
