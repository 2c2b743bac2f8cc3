"""What counts as off topic (issue 12): own scripted learners through the real flow, English and
Chinese.

- Saying honestly that one does not know what she asked ("I don't know the exact amount",
  「这个我一时也说不准」) answers her: no small talk, though it earns nothing (not_known.py).
- A courtesy normal in the scenario's trade (its `rapport`: a meal on the way or a first stay at
  a hotel desk, a first visit at a gym) is answered kindly with the persona's own line and is not
  small talk, once; a second small-talk turn in a row, or last night's match, is (rapport.py).
- A complaint has no such courtesies: she stays impatient with small talk.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played

REBUKES = ("has to do with", "有什么关系", "扯别的", "没心情", "聊这些", "the room, though")


def _last(values: dict[str, Any]) -> tuple[bool, str]:
    return values["turn_evaluations"][-1]["off_topic"], her_lines(values)[-1]


def _rapport_lines(context: FlowContext, scenario: str) -> list[str]:
    return [r.line for r in context.library.get(Scenario, scenario).rapport]


NOT_KNOWING = [
    (
        "english-upsell",
        (
            "Good evening, welcome to the Harbourview.",
            "We also have a bigger room with a view tonight, if you like.",
            "To be honest I don't know the exact amount off-hand.",
        ),
    ),
    (
        "complaint-handling",
        ("您好，请问有什么可以帮您？", "这个我一时也说不准。"),
    ),
    (
        "objection-handling",
        (
            "王女士您好，欢迎来动力健身。",
            "我们的年卡挺划算的，您考虑一下？",
            "这个嘛，我也说不上来。",
        ),
    ),
]


@pytest.mark.parametrize(("scenario", "turns"), NOT_KNOWING)
async def test_not_knowing_is_no_small_talk(
    offline_context: FlowContext, scenario: str, turns: tuple[str, ...]
) -> None:
    values = await played(offline_context, scenario, *turns)
    off_topic, line = _last(values)
    evaluation = values["turn_evaluations"][-1]
    assert off_topic is False, line
    assert evaluation["questions"] == 0 and evaluation["empathy"] == [], evaluation  # no credit
    assert not any(rebuke in line for rebuke in REBUKES), line


async def test_not_knowing_about_her_is_still_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview.",
        "I don't know about you, but I never miss a rugby match on a Saturday.",
    )
    off_topic, line = _last(values)
    assert off_topic is True, line
    assert "find out" not in line, line  # no press for an answer nobody owed her


RAPPORT = [
    (
        "english-upsell",
        "Good evening Mr Harper.",
        "Did you manage to grab a bite to eat on the way?",
    ),
    ("english-upsell", "Good evening Mr Harper.", "Have you stayed with us before?"),
    ("objection-handling", "王女士您好，我是会籍顾问小李。", "您是第一次来我们店吗？"),
]


@pytest.mark.parametrize(("scenario", "welcome", "courtesy"), RAPPORT)
async def test_a_courtesy_of_the_trade_gets_her_own_kind_answer(
    offline_context: FlowContext, scenario: str, welcome: str, courtesy: str
) -> None:
    values = await played(offline_context, scenario, welcome, courtesy)
    off_topic, line = _last(values)
    assert off_topic is False, line
    assert values["turn_evaluations"][-1]["questions"] == 0, line  # a courtesy, no asking
    assert any(line.startswith(answer) for answer in _rapport_lines(offline_context, scenario)), (
        line
    )
    assert not any(rebuke in line for rebuke in REBUKES), line


async def test_a_run_of_courtesies_is_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper.",
        "Did you manage to grab a bite to eat on the way?",
        "And have you stayed with us before?",
    )
    flags = [e["off_topic"] for e in values["turn_evaluations"]]
    assert flags == [False, False, True], flags


async def test_match_talk_at_the_desk_stays_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper.",
        "Did you see the rugby at the weekend? What a finish!",
    )
    off_topic, line = _last(values)
    assert off_topic is True, line
    assert not any(line.startswith(a) for a in _rapport_lines(offline_context, "english-upsell"))


@pytest.mark.parametrize("courtesy", ["您中午吃过饭了吗？", "您是头一次来我们这儿吗？"])
async def test_a_complaint_keeps_its_impatience_with_small_talk(
    offline_context: FlowContext, courtesy: str
) -> None:
    assert _rapport_lines(offline_context, "complaint-handling") == []
    values = await played(
        offline_context, "complaint-handling", "您好，请问有什么可以帮您？", courtesy
    )
    off_topic, line = _last(values)
    assert off_topic is True, line
    assert any(rebuke in line for rebuke in REBUKES), line
