"""Session 23, F6: a line that crosses the line earns no point for it (trainer P16: "Do you want
it or not?" credited as "Done: Ask for the decision"). The shipped scenarios with new scripted
lines; the real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import criterion, played


async def test_an_or_not_question_is_no_decision_asked(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Evening. Name on the booking?",
        "The suite upstairs costs more, USD 55 extra a night.",
        "Will you take the suite or not?",
        "quit",
    )
    closing = criterion(values, "Closing")["explanation"]
    assert "Done: Ask for the decision" not in closing, closing
