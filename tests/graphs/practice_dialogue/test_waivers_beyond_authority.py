"""A charge waived or refunded beyond what the brief lets the learner waive is an offer beyond
authority: flagged, and no remedy credit for it; the authorised waiver still earns it
(waivers.py). Through the real evaluator and one session through the real flow."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _evaluated(name: str, reply: str) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 3)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("complaint-handling", "今天的洗牙费也不收您的了。"),
        ("complaint-handling", "整单三百二十块都退给您。"),
        ("broadband-retention", "I'll waive this month's bill for you as well."),
        ("broadband-retention", "I'll refund 60 pounds to your account."),
        ("english-upsell", "I'll waive the upgrade charge tonight."),
        ("objection-handling", "首月会费也给您免了。"),
    ],
)
def test_a_waiver_beyond_the_brief_is_flagged(name: str, reply: str) -> None:
    evaluation = _evaluated(name, reply)
    assert evaluation["forbidden"], evaluation
    assert not evaluation["covered"], evaluation["covered"]


@pytest.mark.parametrize(
    ("name", "reply", "tag"),
    [
        ("complaint-handling", "没提前告知的抛光费给您免除，一到三个工作日到账。", "refund"),
        ("broadband-retention", "You can cancel with no fee within 30 days.", "no-fee"),
    ],
)
def test_the_authorised_waiver_is_credited(name: str, reply: str, tag: str) -> None:
    evaluation = _evaluated(name, reply)
    assert not evaluation["forbidden"]
    assert tag in [c["tag"] for c in evaluation["covered"]]


async def test_the_report_flags_the_waiver_and_gives_no_remedy(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了。",
        "今天的洗牙费也不收您的了。",
        "结束",
    )
    criteria = values["report"]["criteria"]
    compliance = next(c for c in criteria if c["measures"] == "compliance")
    assert compliance["score"] < 100, compliance
    assert 2 in compliance["turns"], compliance
