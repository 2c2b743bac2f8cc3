"""Session 25, F2: a line that carries the conversation on without naming the scenario is no
small talk (trainer P18: 「要不您看看怎么样比较合适？」, "So, what do you reckon?", 「我们会尽量安排
好的。」, "Maybe later then." each read as small talk, hinted 「别闲聊」), and her leaving waved
through is a brush-off ("Fine, go if you want.", 「您想走就走吧」). Own trades from f2_trades/;
the real graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import Session

F2_TRADES = Path(__file__).parent / "f2_trades"


@pytest.fixture(scope="module")
def f2_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(F2_TRADES))


async def last_turn(
    context: FlowContext, scenario: str, *replies: str
) -> tuple[dict[str, Any], str]:
    """The last reply's evaluation and the hint after it (coaching on)."""
    session = Session(context)
    await session.start(scenario, coaching=True)
    for reply in replies:
        values = await session.reply(reply)
    return values["turn_evaluations"][-1], session.pauses[-1].get("hint") or ""


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        ("termite-complaint", "陈先生您好，真是对不起。", "您说咱们接下来怎么弄比较好？"),
        ("termite-complaint", "陈先生您好，真是对不起。", "那您觉得呢？"),
        ("termite-complaint", "陈先生您好，真是对不起。", "我们会尽量想办法的。"),
        ("gutter-upsell", "Hello, thanks for calling.", "So what do you say?"),
        ("gutter-upsell", "Hello, thanks for calling.", "I'll see what I can do for you."),
        ("gutter-upsell", "Hello, thanks for calling.", "Honestly, if I were you I'd go for it."),
        ("gutter-upsell", "Hello, thanks for calling.", "Perhaps another time, then."),
    ],
)
async def test_a_thin_line_on_her_matter_is_no_small_talk(
    f2_context: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn, hint = await last_turn(f2_context, scenario, opening, line)
    assert not turn["off_topic"], turn
    assert "闲聊" not in hint and "small talk" not in hint, hint


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        ("termite-complaint", "陈先生您好，真是对不起。", "您看今天这天气怎么样？"),
        (
            "gutter-upsell",
            "Hello, thanks for calling.",
            "What do you think of the cricket last night?",
        ),
    ],
)
async def test_chat_asked_as_her_view_is_still_small_talk(
    f2_context: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn, _ = await last_turn(f2_context, scenario, opening, line)
    assert turn["off_topic"], turn


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        ("gutter-upsell", "Hello, thanks for calling.", "Leave if you like, then."),
        ("termite-complaint", "陈先生您好。", "您想走就走吧。"),
    ],
)
async def test_her_leaving_waved_through_is_a_brush_off(
    f2_context: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn, _ = await last_turn(f2_context, scenario, opening, line)
    assert not turn["off_topic"] and turn["forbidden"], turn
