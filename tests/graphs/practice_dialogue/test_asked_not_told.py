"""A point that tells or offers is not made by asking her about herself (asked_not_told.py): a
question about how she came, what she already used or ate names the point's word and tells her
nothing; a question that tells from the learner's side or offers is still the point. Through the
real evaluator and the real flow's report."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _tags(name: str, reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation")
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 3)
    return [c["tag"] for c in evaluation["covered"]]


@pytest.mark.parametrize(
    ("name", "reply", "tag"),
    [
        ("objection-handling", "您是坐地铁过来的吧？", "location-hours"),
        ("complaint-handling", "之前的抵用券您用过吗？", "voucher"),
        ("broadband-retention", "Has an engineer ever been out to you?", "engineer"),
    ],
)
def test_a_question_about_her_tells_nothing(name: str, reply: str, tag: str) -> None:
    assert tag not in _tags(name, reply)


@pytest.mark.parametrize(
    ("name", "reply", "tag"),
    [
        ("objection-handling", "您知道我们离地铁只有三分钟吗？", "location-hours"),
        ("complaint-handling", "要不要再给您一张100元抵用券？", "voucher"),
        ("english-upsell", "Would you like breakfast for two with it?", "extras"),
        (
            "broadband-retention",
            "An engineer can come Thursday morning, does that suit you?",
            "engineer",
        ),
    ],
)
def test_a_question_that_tells_or_offers_is_the_point(name: str, reply: str, tag: str) -> None:
    assert tag in _tags(name, reply)


async def test_the_report_credits_no_telling_for_a_question(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，我是这里的会籍顾问小林。",
        "今天风挺大的，您是坐地铁过来的吧？",
        "结束",
    )
    lines = " ".join(c["explanation"] for c in values["report"]["criteria"])
    assert "做到：说明离地铁近" not in lines.replace("没做到：说明离地铁近", "")
    assert "部分：说明离地铁近" not in lines
