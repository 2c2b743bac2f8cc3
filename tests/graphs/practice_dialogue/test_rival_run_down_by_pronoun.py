"""The rival run down by a pronoun once named ("that rival offer … their network is hopeless",
隔壁……他们的教练都不专业) is belittling the rival (conduct.py), however far the put-down is from
the rival's name in the sentence; a fact about the rival is not. Through the real evaluator."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario


def _forbidden(name: str, reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("objections")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 4)["forbidden"]


@pytest.mark.parametrize(
    ("name", "reply", "claim"),
    [
        (
            "broadband-retention",
            "I wouldn't trust that rival offer at all, from what I hear their network is hopeless.",
            "Belittling the rival",
        ),
        (
            "broadband-retention",
            "The competitor looks cheaper on paper, but honestly they are a con.",
            "Belittling the rival",
        ),
        ("objection-handling", "隔壁是便宜两千，不过听说他们那儿的教练都不专业。", "贬低竞争对手"),
    ],
)
def test_the_rival_run_down_by_a_pronoun(name: str, reply: str, claim: str) -> None:
    assert claim in _forbidden(name, reply)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("broadband-retention", "The rival is cheaper, and their contract runs for 18 months."),
        ("objection-handling", "隔壁那家是便宜，不过他们晚上九点就关门了。"),
    ],
)
def test_a_fact_about_the_rival_is_no_put_down(name: str, reply: str) -> None:
    assert _forbidden(name, reply) == []
