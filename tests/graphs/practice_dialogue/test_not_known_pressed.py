"""Told that the learner does not know what she asked ("I'm not sure how much exactly"), she
presses for it instead of dropping her question or taking it for small talk (not_known.py). Own
wording, through the real flow, English and Chinese."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

NOT_KNOWN = [
    (
        "english-upsell",
        (
            "Evening, welcome to the hotel.",
            "We do have suites available as well, if you're interested.",
            "It's pricier, I'm not sure how much exactly.",
        ),
        ("price", "how much"),
    ),
    (
        "complaint-handling",
        ("您好，真对不起让您等了这么久。", "多收的钱我们肯定会退给您的。", "这个我也不太清楚。"),
        ("多少",),
    ),
]


@pytest.mark.parametrize(("scenario", "turns", "asks"), NOT_KNOWN)
async def test_not_knowing_gets_her_question_pressed(
    offline_context: FlowContext, scenario: str, turns: tuple[str, ...], asks: tuple[str, ...]
) -> None:
    values = await played(offline_context, scenario, *turns)
    lines = her_lines(values)
    assert "?" in lines[-2] or "？" in lines[-2], lines  # she had asked
    line = lines[-1]
    assert any(word in line for word in asks), line  # she asks for it again
    assert "有什么关系" not in line and "has to do with" not in line, line
    assert values["turn_evaluations"][-1]["pushy"] == [], line
