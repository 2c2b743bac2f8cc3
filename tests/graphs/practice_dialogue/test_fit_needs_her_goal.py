"""A service matched to her goal is credited only once her goal was asked or told: her hours
(加班, 下班) are no goal a service is matched to (point_fit._asked_needs: the asked points the fit
point names). Through the real evaluator."""

from __future__ import annotations

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario

REPLY = "我们有体测和私教体验课，教练会给您定计划。"


def _tags(covered: dict[str, list[int]], her_lines: list[str]) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, "objection-handling")
    stage = scenario.stage("presentation")
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, stage, REPLY, covered, 4, her_lines=her_lines
    )
    return [c["tag"] for c in evaluation["covered"]]


def test_her_hours_are_no_goal_to_match() -> None:
    covered = {"opening": [0], "discovery": [1]}  # her hours asked, not her goal
    assert "matching-service" not in _tags(covered, ["我一般晚上九点才下班，经常加班。"])


def test_her_goal_asked_makes_the_match() -> None:
    assert "matching-service" in _tags({"opening": [0], "discovery": [0]}, [])


def test_her_goal_told_makes_the_match() -> None:
    assert "matching-service" in _tags({"opening": [0]}, ["我就是想把体重减下来。"])
