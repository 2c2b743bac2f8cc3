"""Time given to decide is a respectful close (issue 12, session 15): "No rush at all, you can let
me know tomorrow", 「不着急的，您明天再给我答复也行」 are on her matter, not small talk, and she
answers where she stands. Through the real flow, in learner lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_time_to_decide_is_a_respectful_close_not_small_talk(
    offline_context: FlowContext,
) -> None:
    """ "No rush at all, you can let me know tomorrow at breakfast." after the price gives her
    time to decide: no small talk in the report, and she answers where she stands (a line of
    hers that answers her decision), not about breakfast."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview. What brings you here, something special?",
        "Lovely. We have a harbour-view junior suite free tonight, with breakfast for two and "
        "late check-out.",
        "It's 55 dollars a night on top of your room.",
        "No rush at all, you can let me know tomorrow at breakfast.",
        "quit",
    )
    last = values["turn_evaluations"][-1]
    assert not last["off_topic"], last
    decision_lines = [
        line.text
        for stage in offline_context.library.get(Scenario, "english-upsell").stages
        for line in stage.persona_lines
        if "decision" in line.answers and not line.agrees
    ]
    assert her_lines(values)[-1] in decision_lines, her_lines(values)[-1]
    compliance = _criterion(values, "compliance")
    assert "Small talk" not in compliance["explanation"], compliance


async def test_a_chinese_respectful_close_is_no_small_talk(offline_context: FlowContext) -> None:
    """「不着急，明天再给我答复也行」 gives her time: on her matter, not small talk."""
    values = await played(
        offline_context,
        "objection-handling",
        "您好，请问您以前练过吗？",
        "我们年卡三千九百八，能冻结，晚上开到十点。",
        "不着急的，您明天再给我答复也行。",
        "结束",
    )
    assert not values["turn_evaluations"][-1]["off_topic"], values["turn_evaluations"][-1]
