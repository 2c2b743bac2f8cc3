"""Two faults of the customer's reply (session 16, end trainer P8 scripts), in words of our own.

- Pressure at the opening is heard as pressure (pressure.py): "you absolutely have to take our
  harbour-view suite" as the first line got her welcome thanks ("Thank you, nice to be here at
  last") and no mention in the report. A sale of the company's own product told as a must
  ("You simply have to go for our harbour-view upgrade") is pressure; an errand told as a must
  ("You need to take your card to the desk", "You should get the room key at reception") is not.
- Her reply says each truth once (her_corrections.py): one discount read both as 打折 and as a
  wrong annual price got 「打折？前台刚跟我说年卡就是三千九百八…三千出头？你们前台刚跟我说的
  可是三千九百八…」, the same figure corrected twice in one breath.

Through the real flow, and the real pressure patterns for the honest errands.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.pressure import pressure_in
from tests.support.practice import her_lines, played

WELCOME_THANKS = "Thank you, nice to be here at last."


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_pushed_at_the_door_she_objects_and_the_report_says_so(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper! You simply have to go for our harbour-view upgrade tonight.",
        "quit",
    )
    first = her_lines(values)[1]
    assert WELCOME_THANKS not in first and "push" in first.lower(), her_lines(values)
    compliance = _criterion(values, "compliance")
    assert 1 in compliance["turns"] and "Pressure in turn 1" in compliance["explanation"], (
        compliance
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Shah, you really need to take our 500 Mb plan, honestly.",
        "You totally must get the premium bundle before you go.",
    ],
)
def test_a_product_told_as_a_must_is_pressure(sentence: str) -> None:
    assert pressure_in(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You need to take your card to the desk on the left.",
        "You should get the room key at reception.",
        "You have to take the lift to the third floor.",
    ],
)
def test_an_errand_told_as_a_must_is_no_pressure(sentence: str) -> None:
    assert not pressure_in(sentence), sentence


async def test_one_discount_is_corrected_once(offline_context: FlowContext) -> None:
    """「给您打七折，两千七百九就能办」 is a discount and a wrong price: she gives 三千九百八 once."""
    lines = await lines_after_one(offline_context, "年卡今天给您打七折，两千七百九就能办下来。")
    assert lines[1].count("三千九百八") == 1, lines


async def lines_after_one(context: FlowContext, reply: str) -> list[str]:
    return her_lines(await played(context, "objection-handling", reply, "结束"))


@pytest.mark.parametrize(
    "brush_off",
    [
        "OK, noted, thanks for letting me know.",
        "Fine, I've made a note of that.",
        "Got it. I'll pass that on.",
    ],
)
async def test_her_reason_only_taken_down_is_a_brush_off(
    offline_context: FlowContext, brush_off: str
) -> None:
    """Her reason noted and nothing done, with an offer still open, sends her off: she asks if
    she is being got rid of, not what small talk has to do with her broadband (brush_offs.py)."""
    values = await played(
        offline_context,
        "broadband-retention",
        "Can I ask why you're leaving?",
        "I can offer you GBP 31 a month if you stay for 12 months.",
        brush_off,
        "quit",
    )
    last = her_lines(values)[3]
    assert "get rid of me" in last and "got to do with" not in last, her_lines(values)
