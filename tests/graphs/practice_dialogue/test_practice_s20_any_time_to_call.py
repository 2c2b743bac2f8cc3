"""A "call me any time" is no unlimited term (session 20 end trainer P13: a strong learner's last line
「退款到账前有任何问题随时打给我」 was named 谎报退款到账时间 and cost 40 points of 合规与态度, though
turn 3 had said 1到3个工作日). Own lines first, then the trainer's."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.fact_figures import false_facts
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from tests.support.practice import played


def _scenario(library: ContentLibrary, name: str) -> Scenario:
    return library.get(Scenario, name)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("complaint-handling", "钱到账之前有什么不清楚的，随时联系我。"),
        ("complaint-handling", "退款到账前有任何问题随时打给我。"),  # P13 ch_strong turn 5
        ("broadband-retention", "If the refund has not arrived, call me any time."),
    ],
)
def test_a_time_to_get_in_touch_is_no_term(library: ContentLibrary, name: str, line: str) -> None:
    scenario = _scenario(library, name)
    assert false_facts(scenario, TurnText.of(line, scenario.language)) == []


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("complaint-handling", "退款随时都能到账，您放心。"),
        ("broadband-retention", "You can cancel any time with no fee."),
    ],
)
def test_a_term_said_to_run_any_time_is_still_false(
    library: ContentLibrary, name: str, line: str
) -> None:
    scenario = _scenario(library, name)
    assert false_facts(scenario, TurnText.of(line, scenario.language)) != []


async def test_the_strong_learners_last_line_costs_nothing(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，真的非常抱歉，让您久等了，这是我们的问题。",
        "这120元抛光费事先没有告知，我直接给您免除，按原路退回，1到3个工作日到账。",
        "您看这样处理可以吗？退款到账前有任何问题随时打给我。",
        "结束",
    )
    compliance = next(c for c in values["report"]["criteria"] if c["name"] == "合规与态度")
    assert "谎报退款到账时间" not in str(compliance["explanation"]), compliance
