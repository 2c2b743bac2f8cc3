"""Scarcity invented to hurry her is a false claim, not only pressure (conduct.py): others said
to be about to take the offer, a quota said to run out, an offer said to go fast. It is reported
as the scenario's own claim of that kind when it has one (False scarcity, 虚假的限时优惠), else by
a plain label; a true limit and others' interest are no invention. Through the real evaluator."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario


def _forbidden(name: str, reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 3)["forbidden"]


@pytest.mark.parametrize(
    ("name", "reply", "claim"),
    [
        (
            "english-upsell",
            "Another couple is about to book the suite, so don't wait.",
            "False scarcity",
        ),
        ("broadband-retention", "That loyalty deal is going fast, I'd take it.", "False scarcity"),
        ("objection-handling", "这个价格的名额只剩三个了，您得抓紧。", "虚假的限时优惠"),
        ("complaint-handling", "上午的号别人都在抢，我先给您留一个。", "虚构抢购或名额紧张"),
    ],
)
def test_invented_scarcity_is_a_false_claim(name: str, reply: str, claim: str) -> None:
    assert claim in _forbidden(name, reply)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("english-upsell", "Only one harbour-view suite is free tonight."),
        ("broadband-retention", "Other customers asked about the faster plan too, it's popular."),
        ("complaint-handling", "下次给您优先安排上午的时段。"),
    ],
)
def test_a_true_limit_or_others_interest_is_no_claim(name: str, reply: str) -> None:
    assert _forbidden(name, reply) == []
