"""A bare ultimatum is pressure, not her decision asked (issue 12, session 15): "…gone the minute
you put the phone down. So, staying? Yes or no?", 「办还是不办？一句话。」 are listed as pressure
and earn no "Ask for her decision". Through the real flow, in learner lines of our own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_a_bare_ultimatum_is_pressure_not_her_decision_asked(
    offline_context: FlowContext,
) -> None:
    """ "That price is gone the minute you put the phone down. So, staying? Yes or no?" wrings a
    decision out of her: the report lists the pressure and does not credit her decision asked."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, you're through to the retention team. Why do you want to cancel?",
        "I can book a free engineer visit for Thursday morning and put you on 31 pounds a month.",
        "That price is gone the minute you put the phone down. So, staying? Yes or no?",
        "quit",
    )
    compliance = _criterion(values, "compliance")
    assert 3 in compliance["turns"] and "Pressure in turn 3" in compliance["explanation"], (
        compliance
    )
    closing = _criterion(values, "closing")
    assert "Done: Ask for her decision" not in closing["explanation"], closing


async def test_a_chinese_ultimatum_is_pressure_not_her_decision_asked(
    offline_context: FlowContext,
) -> None:
    """「办还是不办？一句话。」: pressure on her, not 确认客户的意愿, and never small talk."""
    values = await played(
        offline_context,
        "objection-handling",
        "您好，请问您以前练过吗？",
        "我们年卡三千九百八，能冻结，晚上开到十点。",
        "办还是不办？一句话。",
        "结束",
    )
    last = values["turn_evaluations"][-1]
    assert last["pushy"] and not last["off_topic"], last
    compliance = _criterion(values, "compliance")
    assert "第3轮施压" in compliance["explanation"], compliance
    closing = _criterion(values, "closing")
    assert "做到：确认客户的意愿" not in closing["explanation"].replace("没做到", ""), closing


async def test_she_answers_an_ultimatum_with_where_she_stands(
    offline_context: FlowContext,
) -> None:
    """ "Well? Yes or no?" earns no credit, but it is about the deal: she pushes back and says
    where she stands, not a question of her script about something else."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome. Anything special this trip?",
        "The harbour-view junior suite is free tonight, 55 dollars extra a night.",
        "Well? Yes or no?",
    )
    stances = [
        line.text
        for stage in offline_context.library.get(Scenario, "english-upsell").stages
        for line in stage.persona_lines
        if "decision" in line.answers and not line.agrees
    ]
    last = her_lines(values)[-1]
    assert any(s in last for s in stances), last
