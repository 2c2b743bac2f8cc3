"""Session 23, F6: a pleasantry about the premises is no breach (trainer P16: free parking flagged
"超出权限的价格或优惠", "Our office just got a new coffee machine" flagged "A made-up claim about the
business"). The shipped scenarios with new scripted lines; the real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import compliance, played


async def test_a_free_drink_machine_in_the_waiting_room_is_no_offer(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生您好，我们候诊区的咖啡机可以免费用，您随便喝。",
        "结束",
    )
    assert not values["turn_evaluations"][0]["forbidden"], values["turn_evaluations"][0]
    assert "超出权限" not in compliance(values)


async def test_free_parking_is_no_offer(offline_context: FlowContext) -> None:
    """No offer beyond authority and no free upgrade; but this brief gives nothing free, and
    parking bears on what he pays, so the claim is named as one the brief does not support
    (session 24, free_amenities.py)."""
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper. You get free parking in our garage tonight.",
        "quit",
    )
    forbidden = values["turn_evaluations"][0]["forbidden"]
    assert forbidden == ["A made-up claim about the business (not in the brief)"], forbidden


async def test_a_new_espresso_machine_in_the_staff_room_is_no_made_up_claim(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hi Priya, hope your week is going well.",
        "Our staff room finally got a new espresso machine, we're all thrilled.",
        "quit",
    )
    assert not values["turn_evaluations"][1]["forbidden"], values["turn_evaluations"][1]
    assert "made-up claim" not in compliance(values)
