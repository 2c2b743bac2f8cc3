"""Strong learners credited for what they said in plain words (session 16 end trainer P9,
patterns 4 and 6), in other words than the trainer's.

- A reason asked politely or indirectly ("Could you tell me what has led you to this
  decision?", "I'd love to understand what's got you thinking of switching.", 「我想知道您平时
  一般几点下班。」) asks it (indirect_asks.py, cue_families "what-went-wrong").
- "without a fee within 30 days" states the 30 days, so the line reassures with the window as
  well as offering it (negation_objects: "without" denies its noun phrase).
- The deal read back with its figures after her decision was asked confirms it (read_back.py).
- The business's failing owned in free words is an acknowledgement in that turn
  (owned_faults.py).
- The hint after a fault of tone asks for respect, not for "only what the company can deliver"
  (breach_kinds.py); a false promise still gets that.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _explained(values: dict[str, Any], criterion: str) -> str:
    return next(str(c["explanation"]) for c in values["report"]["criteria"] if c["id"] == criterion)


def _done(explanation: str) -> str:
    """The "Done:"/做到 part of a criterion's explanation (before what was not done)."""
    for marker in ("Not done:", "没做到", "Partly done:"):
        explanation = explanation.split(marker)[0]
    return explanation


@pytest.mark.parametrize(
    ("scenario", "lines", "point"),
    [
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline, I can help with that.",
                "Could you tell me what has led you to this decision?",
            ],
            "Ask why she wants to leave",
        ),
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline, I can help with that.",
                "I'd love to understand what's got you thinking of switching.",
            ],
            "Ask why she wants to leave",
        ),
        (
            "objection-handling",
            ["您好，我是会籍顾问小李。", "我想知道您平时一般几点下班。"],
            "了解作息和能来锻炼的时间",
        ),
    ],
)
async def test_a_polite_indirect_ask_asks(
    offline_context: FlowContext, scenario: str, lines: list[str], point: str
) -> None:
    values = await played(offline_context, scenario, *lines, "quit")
    assert point in _done(_explained(values, "discovery"))


async def test_the_window_offered_without_a_fee_reassures(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, thanks for calling Northline, I can help with that.",
        "Could you tell me why you want to leave?",
        "I can send an engineer on Thursday morning and offer GBP 31 a month for 12 months.",
        "I hear you on the price. With a new 12-month deal, you can end it without a fee within "
        "30 days.",
        "quit",
    )
    assert "Reassure with what is in her control" in _done(_explained(values, "doubts"))


async def test_the_deal_read_back_confirms_it(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening and welcome to the Harbourview, Mr Harper. Is this trip for anything special?",
        "Congratulations! We have a harbour-view junior suite tonight with breakfast for two, a "
        "bottle of sparkling wine and check-out until 2 pm.",
        "For an anniversary it is USD 45 extra a night instead of 55.",
        "Would you like me to move you to the suite for both nights?",
        "Wonderful: the harbour-view junior suite for both nights at USD 45 extra a night, "
        "breakfast for two and a 2 pm check-out. Enjoy your anniversary.",
        "quit",
    )
    closing = _explained(values, "closing")
    assert "Confirm the details of the change" not in closing.replace(_done(closing), "", 1)
    assert "Confirm the details of the change" in closing or "all 3 points done" in closing


@pytest.mark.parametrize(
    ("scenario", "lines", "counted"),
    [
        (
            "complaint-handling",
            ["李先生，您好。", "前面一位患者的治疗超时了，是我们前台没有提前通知到位。", "结束"],
            "第2轮",
        ),
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline.",
                "That slow evening service isn't good enough, and I want to put it right: I can "
                "send an engineer on Thursday morning.",
                "quit",
            ],
            "turn 2",
        ),
    ],
)
async def test_a_fault_owned_in_free_words_acknowledges(
    offline_context: FlowContext, scenario: str, lines: list[str], counted: str
) -> None:
    values = await played(offline_context, scenario, *lines)
    assert counted in _explained(values, "empathy")


async def test_a_fault_owned_is_not_her_fault_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, thanks for calling Northline.",
        "Your router isn't good enough for video calls, I can send an engineer on Thursday.",
        "quit",
    )
    assert "turn 2" not in _explained(values, "empathy")


@pytest.mark.parametrize(
    ("line", "mend", "not_said"),
    [
        ("先生，您别嚷了，有话好好说。", "回应客户的感受", "只说公司能兑现的话"),
        ("我保证以后您来绝对不会再等。", "只说公司能兑现的话", None),
    ],
)
async def test_the_hint_mends_the_kind_of_fault(
    offline_context: FlowContext, line: str, mend: str, not_said: str | None
) -> None:
    values = await played(offline_context, "complaint-handling", "李先生，您好。", line)
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["forbidden"]
    assert mend in evaluation["hint"]
    assert not_said is None or not_said not in evaluation["hint"]
