"""Session 9, round 2 of issue 12's faults, through the real flow (offline engine, shipped
scenarios), in wording of our own: a clock time is when the learner calls back, no figure of a
price or a term; a time inside the true range is vague, not false."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import false_facts
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from tests.graphs.test_practice_dialogue import Session
from tests.graphs.test_practice_hearing import turn


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
