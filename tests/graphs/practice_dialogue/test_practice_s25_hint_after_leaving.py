"""Session 25, H5 (issue 12, trainer P17 o3): the hint once the customer has taken her leave.

After 「一点余地都没有？那我还是再去别家看看吧。」 and 「没别的了，我先走了。」 the hint still read
「下一步可以：询问健身目标」 and 「了解作息和能来锻炼的时间」: the next step of a sale to a customer
at the door. While she is leaving, the hint coaches the learner to keep her (ask what matters
most, offer a step she can take now); once she has gone, it says so and points to the report,
never to the checklist. The report agrees: no agreement, her last words her going.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import Session

LEAVING = {"zh": "客户要走了", "en": "The customer is leaving"}
GONE = {"zh": "客户已经走了", "en": "The customer has gone"}
CHECKLIST = ("下一步可以", "还没做到", "Next, try to", "Still to do")


@pytest.fixture(scope="module")
def shipped() -> FlowContext:
    """The shipped scenarios."""
    return FlowContext(library=ContentLibrary.load())


async def _hints(context: FlowContext, scenario: str, *replies: str) -> tuple[list[Any], Any]:
    session = Session(context)
    values = await session.play(scenario, list(replies))
    return [p["hint"] for p in session.pauses], values


async def test_the_hint_after_she_leaves_keeps_her_and_after_she_is_gone_ends(
    shipped: FlowContext,
) -> None:
    hints, values = await _hints(
        shipped,
        "objection-handling",
        "三千九百八是统一价，这个我改不了。",
        "我们家就这个价，一分不少。",  # she: 那我还是再去别家看看吧
        "您再琢磨琢磨吧。",  # she: 没别的了，我先走了
        "好的。",
        "结束",
    )
    lines = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    assert "别家" in lines[2] and "走" in lines[3] and "走" in lines[4], lines
    # pause 2 follows her 「那我还是再去别家看看吧」, pauses 3 and 4 her going twice
    assert LEAVING["zh"] in hints[2], hints
    assert GONE["zh"] in hints[3] and GONE["zh"] in hints[4], hints
    assert not any(word in hint for hint in hints[2:] for word in CHECKLIST), hints
    closing = values["report"]["criteria"][-1]["explanation"]
    assert "客户没有同意" in closing and lines[-1] in closing, closing


async def test_the_hint_in_english_once_she_leaves(shipped: FlowContext) -> None:
    hints, values = await _hints(
        shipped,
        "broadband-retention",
        "Hi, it's Sam from the loyalty team.",
        "If you want to go, go.",  # she: Right. I'll leave it there, then.
        "Okay.",
        "Okay.",
    )
    lines = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    assert "leave it there" in lines[2], lines
    assert LEAVING["en"] in hints[2], hints
    assert GONE["en"] in hints[3] and GONE["en"] in hints[4], hints
    assert not any(word in hint for hint in hints[2:] for word in CHECKLIST), hints
