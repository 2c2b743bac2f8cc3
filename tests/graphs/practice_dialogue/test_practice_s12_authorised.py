"""Session 12, helper PR: an offer the scenario authorises is credited, never reported wrong
(authorised_offers.py), through the real evaluator."""

from __future__ import annotations

from graphs.library import ContentLibrary
from graphs.practice_dialogue.authorised_offers import (
    is_authorised,
    says_authorised_price,
    unauthorised,
)
from graphs.practice_dialogue.claims import claims_said
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario


def _scenario(name: str) -> Scenario:
    return ContentLibrary.load().get(Scenario, name)


def _points(name: str, reply: str, her_lines: list[str]) -> list[str]:
    scenario = _scenario(name)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, {}, 4, her_lines=her_lines
    )
    return [c["tag"] for c in evaluation["covered"]]


BIRTHDAY_RATE = (
    "For a birthday trip we have a special rate: 45 dollars a night, which comes to 90 more "
    "across both nights of your 180 a night booking."
)


def test_a_true_total_beside_a_nightly_rate_is_no_wrong_price() -> None:
    # "90 more across both nights" is 45 x 2; only "180 a night" is said as a rate
    scenario = _scenario("english-upsell")
    assert claims_said(scenario, BIRTHDAY_RATE) == {}
    assert is_authorised(scenario, BIRTHDAY_RATE)
    wrong = "For a birthday trip it's 45 dollars a night, which comes to 100 more across both nights of your 180 a night booking."
    assert unauthorised(scenario, wrong) == [
        "A wrong price for the suite (USD 55 extra a night, 45 for an occasion)"
    ]
    assert not is_authorised(scenario, "It's 70 a night extra for the suite.")


def test_the_authorised_rate_is_credited_as_the_offer() -> None:
    her = ["Hi, checking in under Harper.", "Fifty-five a night on top is more than I planned."]
    assert "rate" in _points("english-upsell", BIRTHDAY_RATE, her)


def test_an_authorised_price_without_a_currency_is_a_price() -> None:
    scenario = _scenario("broadband-retention")
    offer = "Stay with us and you can have the 500 Mb plan, it's 36."
    assert says_authorised_price(scenario, offer)
    her = ["Hi. I'd like to cancel my broadband, please.", "What would it cost me to stay, then?"]
    assert "loyalty" in _points("broadband-retention", offer, her)
    # a sum she may not be offered is neither authorised nor the point made with its price
    assert not says_authorised_price(scenario, "You can have the 500 Mb plan, it's 40.")
    assert "loyalty" not in _points(
        "broadband-retention", "You can have the 500 Mb plan, it's 40.", her
    )


def test_a_voucher_counted_out_as_a_bare_quan_is_the_voucher_offered() -> None:
    her = ["你们这怎么回事？约的两点，我等到快三点！结账还多收我一百二，谁同意做抛光了？"]
    assert "voucher" in _points("complaint-handling", "另外再送您一张洁牙券，下次来可以用。", her)
    assert "voucher" not in _points("complaint-handling", "这是我们的停车入场券。", her)


def _points_after(name: str, reply: str, her_lines: list[str], covered: dict[str, list[int]]):
    scenario = _scenario(name)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, covered, 6, her_lines=her_lines
    )
    return [c["tag"] for c in evaluation["covered"]]


OFFERED = {"presentation": [0, 1, 2]}
BROADBAND_HER = [
    "Hi. I'd like to cancel my broadband, please.",
    "Thirty-one a month? That's nearer, but the other lot are still cheaper.",
]


def test_a_recap_opened_with_so_and_a_confirmation_sent_confirms_the_next_steps() -> None:
    recap = "Right, so: the faster 500 Mb plan at 36 a month from Monday. I'll text you the confirmation."
    assert "next-steps" in _points_after("broadband-retention", recap, BROADBAND_HER, OFFERED)


def test_conceding_the_rival_is_cheaper_acknowledges_the_doubt() -> None:
    said = "The other company is cheaper, I'm not going to pretend otherwise, but the first 30 days are risk-free."
    assert "concern" in _points_after("broadband-retention", said, BROADBAND_HER, OFFERED)


def test_an_act_put_to_her_yes_asks_for_her_decision() -> None:
    for asked in ("Let me switch you to the loyalty plan today, alright?", "Loyalty plan or not?"):
        assert "decision" in _points_after("broadband-retention", asked, BROADBAND_HER, OFFERED)
    assert "decision" not in _points_after(
        "broadband-retention", "I'll switch you over today.", BROADBAND_HER, OFFERED
    )


def test_the_remedy_put_to_her_for_her_yes_confirms_it() -> None:
    her = ["你们这怎么回事？约的两点，我等到快三点！结账还多收我一百二，谁同意做抛光了？"]
    asked = "就按这个方案处理，您看可以吗？"
    assert "recap" in _points_after("complaint-handling", asked, her, OFFERED)
    # before anything was offered it confirms nothing
    assert "recap" not in _points_after("complaint-handling", asked, her, {})
