"""Session 8, third trainer's report faults (issue 12), through the real evaluator
(`OfflineEvaluator`) in wording of its own (her lines are held out; the point cases of batch s8r3
in practice_points_cases.yaml cover the credit side).

- Rule breaks she found unheard: the fault put on the customer (您当时也没拒绝啊, "your own
  router") and the rival run down with no fact; a bare comparison with a figure stays no break.
- A matter put off to someone else confirms nothing with her; a stock goodbye is no wish of her
  occasion.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario


def _evaluate(scenario_id: str, stage: str, reply: str) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, turn=3
    )


@pytest.mark.parametrize(
    ("scenario_id", "stage", "reply", "claim"),
    [
        (
            "complaint-handling",
            "presentation",
            "做抛光的时候您自己也没反对呀。",
            "把责任推给客户（他准时到了）",
        ),
        (
            "broadband-retention",
            "objections",
            "To be fair, the dropouts are most likely your own Wi-Fi kit.",
            "Blaming her equipment",
        ),
        (
            "objection-handling",
            "presentation",
            "别家那些器材都太差了，去了也白去。",
            "贬低竞争对手",
        ),
        (
            "broadband-retention",
            "objections",
            "Honestly, the other company is hopeless once you've signed.",
            "Belittling the rival",
        ),
    ],
)
def test_the_fault_put_on_her_and_the_rival_run_down_are_rule_breaks(
    scenario_id: str, stage: str, reply: str, claim: str
) -> None:
    assert claim in _evaluate(scenario_id, stage, reply)["forbidden"]


def test_a_comparison_with_a_figure_is_no_rule_break_and_is_credited() -> None:
    evaluation = _evaluate(
        "broadband-retention", "objections", "We come in at a pound more than the other company."
    )
    assert evaluation["forbidden"] == []
    assert "compare" in {p["tag"] for p in evaluation["covered"]}


@pytest.mark.parametrize(
    ("scenario_id", "stage", "reply", "point"),
    [
        ("complaint-handling", "closing", "您的账单我先跟财务核对一下再说。", "recap"),
        ("complaint-handling", "discovery", "收费的事我得先跟医生核实一下。", "bill"),
        ("complaint-handling", "closing", "麻烦报一下您的手机号，我查一下记录。", "follow-up"),
        ("english-upsell", "closing", "Lovely to meet you both, enjoy your stay!", "wishes"),
    ],
)
def test_a_matter_put_off_or_a_stock_goodbye_makes_no_point(
    scenario_id: str, stage: str, reply: str, point: str
) -> None:
    assert point not in {p["tag"] for p in _evaluate(scenario_id, stage, reply)["covered"]}


def test_her_number_asked_with_a_call_back_is_a_follow_up() -> None:
    evaluation = _evaluate(
        "complaint-handling", "closing", "留一下您的手机号，退款一到我就给您打电话。"
    )
    assert "follow-up" in {p["tag"] for p in evaluation["covered"]}
