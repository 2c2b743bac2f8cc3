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


async def test_a_refund_sent_to_someone_else_earns_no_part_of_it(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生您好。",
        "您一定要退抛光费的话，得去找护士长说。",
        "结束",
    )
    assert not values["turn_evaluations"][1]["covered"], values["turn_evaluations"][1]
    remedy = criterion(values, "解决方案")["explanation"]
    assert "只做到一部分" not in remedy, remedy
    assert "还差时限" not in (values["turn_evaluations"][1]["hint"] or "")


async def test_a_refund_the_learner_fetches_for_her_still_counts(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生您好。",
        "抛光费我们给您退掉，我去找护士长办。",
        "结束",
    )
    assert values["turn_evaluations"][1]["covered"], values["turn_evaluations"][1]
