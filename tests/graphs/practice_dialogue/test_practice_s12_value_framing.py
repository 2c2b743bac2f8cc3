"""Session 12, lead: what a thing is worth is no offer. "Breakfast alone would be worth about 30
dollars for two, and … I can offer a special rate of 45 dollars a night" was reported as "An offer
beyond what you may offer" (the strong builders' learner lost 11 points and the customer doubted
an offer nobody made); a real offer beyond the limits in the same words is still reported."""

from __future__ import annotations

from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario


def _scenario(name: str) -> Scenario:
    return ContentLibrary.load().get(Scenario, name)


def test_a_value_beside_the_offer_is_no_offer_beyond_the_limits() -> None:
    scenario = _scenario("english-upsell")
    reply = (
        "A bottle of sparkling wine alone is worth 40 dollars, and for your anniversary I can "
        "offer the suite at 45 a night."
    )
    assert claims_said(scenario, reply) == {}


def test_an_offer_beyond_the_limits_is_still_heard() -> None:
    scenario = _scenario("english-upsell")
    said = claims_said(scenario, "A bottle of wine is on us, and I can give you 30 dollars off.")
    assert "An offer beyond what you may offer" in said


def test_a_chinese_value_is_no_offer_either() -> None:
    scenario = _scenario("complaint-handling")
    assert claims_said(scenario, "这项抛光价值200元，这次我给您免掉。") == {}
    assert claims_said(scenario, "这项抛光价值200元，我再送您一张200元的抵用券。") != {}
