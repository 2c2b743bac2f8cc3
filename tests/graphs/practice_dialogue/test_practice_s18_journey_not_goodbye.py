"""'Did you have a good journey in?' asks about her trip; it takes no leave of her.

The lead's session-18 off-topic upsell learner opened with it and the customer, hearing "have a
good" as a goodbye, left displeased ("Right. I'll leave it there, then."). After a question's
auxiliary and subject, "have a good …" is no farewell (phrases.farewell_words); "Have a good
evening" still is.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.phrases import farewell_in
from tests.support.practice import lines_after

LEAVING = "Right. I'll leave it there, then."


def test_have_a_good_asked_is_no_farewell() -> None:
    assert not farewell_in("Did you have a good journey in?")
    assert not farewell_in("Do you have a good view from the room?")
    assert farewell_in("Have a good evening, enjoy your stay.")
    assert farewell_in("Thanks, and have a lovely weekend.")


async def test_a_journey_asked_in_the_welcome_keeps_her_at_the_desk(
    offline_context: FlowContext,
) -> None:
    customer = await lines_after(
        offline_context,
        "english-upsell",
        "Good evening! Did you have a good journey in? The traffic on the ring road is bad today.",
    )
    assert all(LEAVING not in line for line in customer), customer
