"""The matter put beyond the desk's reach is passing the buck, not an honest reason
(deflection.py): "大夫拖了时间，我们前台也没办法左右", "不归我们前台管", "down to the network team,
not us" are flagged and credit no explanation; the cause owned ("是我们排班没控制好") is still
the honest reason. Through the real evaluator and the real flow's report."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _evaluate(name: str, reply: str) -> dict:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 3)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("complaint-handling", "大夫拖了时间，我们前台也没办法左右。"),
        ("complaint-handling", "排班是医生自己定的，这个不归我们前台管。"),
        ("complaint-handling", "上一位患者做久了，我们这边也决定不了。"),
        ("broadband-retention", "Evening speeds are down to the network team, not us."),
        ("english-upsell", "The room you get is up to the housekeeping office, not me."),
    ],
)
def test_the_matter_put_beyond_reach_passes_the_buck(name: str, reply: str) -> None:
    evaluation = _evaluate(name, reply)
    assert evaluation["forbidden"], evaluation
    assert "reason" not in [c["tag"] for c in evaluation["covered"]]


@pytest.mark.parametrize(
    "reply",
    ["根管超时是我们排班没控制好，让您白等了。", "前一位患者的治疗比预计久，是我们没安排好。"],
)
def test_the_cause_owned_is_the_honest_reason(reply: str) -> None:
    evaluation = _evaluate("complaint-handling", reply)
    assert evaluation["forbidden"] == []
    assert "reason" in [c["tag"] for c in evaluation["covered"]]


async def test_the_report_does_not_credit_the_excuse(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，让您久等了，真对不起。",
        "上一位患者做久了，我们前台也左右不了。",
        "结束",
    )
    lines = " ".join(c["explanation"] for c in values["report"]["criteria"])
    assert not re.search("(?<!没)做到：如实解释等待的原因", lines)
    assert "推卸责任给医生或其他患者" in lines
