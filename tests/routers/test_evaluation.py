"""The evaluation: the shipped cases are sound, the figures are computed right, the offline router
meets its target on the test split, and `kpl route` / `kpl router eval` work."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from api.cli import route as route_cli
from api.settings import Settings
from graphs.courses import Course
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from routers.decision import ACTIONS, INTENTS
from routers.evaluation import Case, evaluate, format_report, load_cases
from routers.params import PARAM_NAMES
from routers.router import IntentRouter

CASES = Path(__file__).parents[2] / "routers" / "eval" / "cases.yaml"


def test_the_shipped_cases_are_many_varied_and_refer_to_real_content(
    library: ContentLibrary,
) -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 200
    assert {c.split for c in cases} == {"dev", "test"}
    assert {c.intent for c in cases} == set(INTENTS)
    assert any(re.search(r"[\u4e00-\u9fff]", c.text) for c in cases)
    assert sum(c.text.isascii() for c in cases) >= 40  # English too
    assert sum(c.context.paused_in is not None for c in cases) >= 30
    courses, scenarios = set(library.ids("course")), set(library.ids("scenario"))
    for case in cases:
        assert set(case.params) <= set(PARAM_NAMES), case.text
        assert case.params.get("course", next(iter(courses))) in courses, case.text
        assert case.params.get("scenario", next(iter(scenarios))) in scenarios, case.text
    assert len({c.text for c in cases}) >= len(cases) - 5  # few exact repeats


async def test_offline_router_meets_the_target_on_the_test_split(router: IntentRouter) -> None:
    report = await evaluate(router, load_cases(CASES, "test"), "hybrid")
    assert report.accuracy >= 0.95, format_report(report)
    assert report.param_accuracy()[0] >= 0.95
    assert report.without_analyzer > len(report.outcomes) / 2


async def test_the_figures_are_computed_from_the_outcomes(router: IntentRouter) -> None:
    cases = [
        Case(text="出3道判断题", intent="exam_generate", params={"true_false": 3}),
        Case(
            text="出5道判断题", intent="exam_generate", params={"true_false": 4}
        ),  # wrong on purpose
        Case(text="帮我批改一下", intent="exam_grade"),
        Case(text="今天天气怎么样", intent="help"),  # will be clarify: counted wrong
        Case(text="你好呀，今天天气", intent="clarify"),
    ]
    report = await evaluate(router, cases, "rule_only")
    assert [o.intent for o in report.outcomes] == [
        "exam_generate",
        "exam_generate",
        "exam_grade",
        "clarify",
        "clarify",
    ]
    assert report.accuracy == pytest.approx(4 / 5)
    assert report.coverage == pytest.approx(3 / 5)
    share, judged = report.param_accuracy()
    assert share == pytest.approx(1 / 2) and judged == 2
    figures = report.precision_recall()
    precision, recall, support = figures["clarify"]
    assert precision == pytest.approx(1 / 2) and (recall, support) == (1.0, 1)
    assert figures["help"] == (0.0, 0.0, 1)
    assert report.confusion()["help"]["clarify"] == 1
    assert report.without_analyzer == 5
    p50, p95 = report.latency_us()
    assert 0 < p50 <= p95


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kpl")
    route_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    status: int = args.handler(args, Settings(model="offline"))
    return status


def test_kpl_route_prints_the_decision_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["route", "出三道判断题", "--offline", "--thread", "t-1"]) == 0
    decision = json.loads(capsys.readouterr().out)
    assert decision["intent"] == "exam_generate"
    assert decision["params"] == {"true_false": 3}
    assert decision["thread_id"] == "t-1"
    assert {"trace", "source", "strategy", "confidence"} <= set(decision)

    assert run_cli(["route", "随便聊聊", "--offline", "--paused-in", "practice_dialogue"]) == 0
    assert json.loads(capsys.readouterr().out)["intent"] == "practice_reply"


def test_kpl_router_eval_reports_and_fails_below_min_accuracy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- {text: 出10道单选题, intent: exam_generate, params: {single_choice: 10}}\n"
        "- {text: 今天天气怎么样, intent: help}\n",
        encoding="utf-8",
    )
    assert run_cli(["router", "eval", str(cases), "--offline", "--min-accuracy", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "accuracy 0.500" in out and "confusion" in out and "p50" in out
    assert run_cli(["router", "eval", str(cases), "--offline", "--min-accuracy", "0.9"]) == 1
    assert "below --min-accuracy 0.9" in capsys.readouterr().err
    assert run_cli(["router", "eval", str(cases), "--offline", "--strategy", "all", "--json"]) == 0
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert [r["strategy"] for r in reports] == [
        "rule_first",
        "llm_first",
        "hybrid",
        "rule_only",
        "llm_only",
        "confidence_threshold",
    ]


def test_every_intent_but_clarify_leads_to_a_flow() -> None:
    assert "clarify" not in ACTIONS and len(ACTIONS) == 6


def test_content_ids_exist(library: ContentLibrary) -> None:
    assert list(library.all(Course))
    assert list(library.all(Scenario))
