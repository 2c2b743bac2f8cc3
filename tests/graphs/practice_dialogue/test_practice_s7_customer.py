"""What the session-7 cycle-2 trainer found in the practice customer, one test per fault, through
the real flow (offline engine, shipped scenarios), in wording of its own.

Faults: a slip put right in the same turn was punished as a lie, while false terms left standing
(a wrong instalment, an over-limit voucher, another engineer slot, a longer free-cancel window)
passed; honest lines were flagged; violations got another's label, or none; after a lie her
next words opened pleased; pressed again, she repeated her whole line.
"""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.script_lines import WARM_OPENER
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn


def _fact_lines(scenario_id: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    return [fact.line for fact in scenario.facts if fact.line]


@pytest.mark.parametrize(
    ("scenario", "reply", "point"),
    [
        ("objection-handling", "年卡一年能冻结30天——哦不对，说错了，应该是60天。", "freeze"),
        (
            "english-upsell",
            "The suite comes with late check-out at 5 pm... I mean 2 pm, and breakfast for two.",
            "extras",
        ),
        (
            "broadband-retention",
            "Your loyalty price would be 28, sorry, 31 pounds a month.",
            "loyalty",
        ),
    ],
)
async def test_a_slip_put_right_in_the_turn_is_no_false_claim(
    offline_context: FlowContext, scenario: str, reply: str, point: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"] == [], evaluation
    assert f"covered:{point}" in evaluation["tags"], evaluation
    assert not any(fact_line in line for fact_line in _fact_lines(scenario)), line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "年卡一年能冻结30天。"),
        (
            "broadband-retention",
            "Your loyalty price would be 28 pounds, sorry for the 2 hour wait.",
        ),
    ],
)
async def test_a_slip_left_standing_is_still_a_false_claim(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"], evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "claim", "truth"),
    [
        ("objection-handling", "办分期一个月才一百五十块。", "分期月供", "三百三十多"),
        ("complaint-handling", "我做主给您一张三百元的代金券。", "抵用券", ""),
        (
            "broadband-retention",
            "An engineer could come out on Monday evening.",
            "engineer slot",
            "Thursday morning",
        ),
        (
            "broadband-retention",
            "On a new contract you can cancel for free within 90 days.",
            "cancellation window",
            "",
        ),
    ],
)
async def test_a_false_term_left_standing_is_a_false_claim(
    offline_context: FlowContext, scenario: str, reply: str, claim: str, truth: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert any(claim in made for made in evaluation["forbidden"]), evaluation
    assert truth in line, line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        # declining to judge the rival names it and says nothing of it
        ("objection-handling", "隔壁那家我就不多评价了，您可以两边都去看看。"),
        # the learner's own act now is when the refund starts, not when it arrives
        ("complaint-handling", "我马上给您申请退款，到账了会短信通知您。"),
    ],
)
async def test_an_honest_line_is_no_violation(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"] == [], evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "claim", "reaction"),
    [
        ("objection-handling", "那家的器材设备太烂了，根本没法练。", "贬低竞争对手", ""),
        ("objection-handling", "明天就涨到四千五了，今天定最划算。", "限时", ""),
        ("english-upsell", "Honestly, don't be cheap, it's your holiday.", "Insulting", "rude"),
        (
            "english-upsell",
            "Take the suite, I'll add free drinks at the bar.",
            "free dinner",
            "website",
        ),
        (
            "english-upsell",
            "I'll just put you in the suite now and we'll sort out the price later.",
            "without consent",
            "haven't agreed",
        ),
        (
            "broadband-retention",
            "Actually I've already signed you up to the new plan.",
            "without her consent",
            "haven't agreed",
        ),
        ("broadband-retention", "To be honest it's probably your router.", "equipment", "router"),
        ("broadband-retention", "Their network is awful in your area.", "rival", ""),
    ],
)
async def test_a_violation_gets_its_own_label_and_reaction(
    offline_context: FlowContext, scenario: str, reply: str, claim: str, reaction: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert any(claim in made for made in evaluation["forbidden"]), evaluation
    assert "The upgrade is free" not in evaluation["forbidden"], evaluation
    assert reaction in line, line


async def test_after_a_lie_her_next_words_do_not_open_pleased(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Evening! Our suites are going fast, it's the last room in the city.",
    )
    after_reaction = re.split(r"(?<=[.?!])\s+", line)[1:]
    assert not any(WARM_OPENER.match(part) for part in after_reaction), line


async def test_pressed_again_she_asks_her_question_not_her_whole_line(
    offline_context: FlowContext,
) -> None:
    _, first = await turn(offline_context, "objection-handling", "年卡可以分12期免息。")
    _, line = await turn(
        offline_context,
        "objection-handling",
        "年卡可以分12期免息。",
        "我们这边团课也很多，器械种类也全。",  # 器械都是新的 is a made-up claim (unsupported_claims.py)
    )
    asked = first.split("，")[-1]
    assert asked.endswith("？") and asked in line, (first, line)
    assert first not in line and "," not in line and "?" not in line, line


async def test_a_goodbye_that_closes_the_day_is_taken_as_leave(
    offline_context: FlowContext,
) -> None:
    evaluation, line = await turn(
        offline_context,
        "complaint-handling",
        "您觉得怎么处理您才满意？",
        "行，那今天就先这样吧，再见。",
    )
    assert not evaluation["off_topic"], evaluation
    off_reaction = next(
        r.line
        for r in ContentLibrary.load().get(Scenario, "complaint-handling").behaviour
        if r.when == "off_topic"
    )
    assert off_reaction is not None and off_reaction not in line, line


async def test_after_a_push_her_answer_does_not_open_pleased(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Evening. Honestly, the standard room is poky, you really should upgrade.",
        "Only one suite left and another guest wants it, you need to book it now.",
    )
    after_reaction = re.split(r"(?<=[.?!])\s+", line)[1:]
    assert not any(WARM_OPENER.match(part) for part in after_reaction), line


async def test_a_word_for_the_speed_keeps_a_line_on_topic(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context,
        "broadband-retention",
        "Can I ask why you want to leave?",
        "It ought to be quicker once that's done.",
    )
    assert not evaluation["off_topic"], evaluation
    assert "got to do with" not in line, line
