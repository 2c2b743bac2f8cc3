"""The router end to end (offline): stickiness, every strategy, clarify, and the decision's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.library import ContentLibrary
from routers.analyzer import NgramAnalyzer, load_examples
from routers.catalog import ContentCatalog
from routers.decision import STRATEGIES, RouteContext, Strategy
from routers.params import ParamExtractor
from routers.router import IntentRouter
from routers.rules import load_rules
from routers.strategies import RouterPolicy

PAUSED = RouteContext(paused_in="practice_dialogue")


def custom_router(
    tmp_path: Path, library: ContentLibrary, rules: str, strategy: Strategy
) -> IntentRouter:
    """A router over the shipped examples and content, with rules of the test's own."""
    path = tmp_path / "rules.yaml"
    path.write_text(rules, encoding="utf-8")
    return IntentRouter(
        rules=load_rules(path),
        extractor=ParamExtractor(ContentCatalog.from_library(library)),
        offline=NgramAnalyzer(load_examples()),
        policy=RouterPolicy(strategy=strategy),
    )


async def test_a_rule_decides_with_parameters_and_a_trace(router: IntentRouter) -> None:
    decision = await router.route("出十道单选题，三道判断题，难一点")
    assert decision.intent == "exam_generate"
    assert decision.graph == "exam_generation"
    assert decision.source == "rule"
    assert decision.rule == "exam-generate-count"
    assert decision.params == {"single_choice": 10, "true_false": 3, "difficulty": "hard"}
    assert decision.trace.analyzer is None  # a strong rule needs no analyzer under hybrid
    tried = decision.to_dict()["trace"]["rules"]
    assert {
        "name": "exam-generate-count",
        "intent": "exam_generate",
        "priority": 70,
        "matched": True,
    } in tried
    assert all(not r["matched"] for r in tried if r["priority"] > 70)
    assert {"rules", "params", "total"} <= set(decision.trace.timings_us)
    event = decision.to_event()
    assert set(event) == {
        "intent",
        "graph",
        "confidence",
        "source",
        "strategy",
        "rule",
        "params",
        "reasoning",
    }


async def test_a_scenario_name_starts_that_practice(
    router: IntentRouter, library: ContentLibrary
) -> None:
    decision = await router.route("开始异议处理练习")
    assert (decision.intent, decision.graph) == ("practice_start", "practice_dialogue")
    assert decision.params == {"scenario": "objection-handling"}


async def test_a_paused_practice_keeps_the_learner_in_it(router: IntentRouter) -> None:
    for line in (
        "您好，年卡包含两节私教体验课",
        "How can I help you today?",
        "好的",
        "我给您出一套训练方案",
    ):
        decision = await router.route(line, PAUSED)
        assert (decision.intent, decision.source, decision.graph) == (
            "practice_reply",
            "context",
            "practice_dialogue",
        )
    skipped = [r for r in decision.to_dict()["trace"]["rules"] if "skipped" in r]
    assert {r["name"] for r in skipped} >= {"exam-generate-ask", "help-word"}  # not explicit
    # outside a practice the same words are no reply to anything
    assert (await router.route("您好，年卡包含两节私教体验课")).intent != "practice_reply"


async def test_an_explicit_switch_or_quit_leaves_a_paused_practice(router: IntentRouter) -> None:
    quit_ = await router.route("结束练习", PAUSED)
    assert (quit_.intent, quit_.source) == ("practice_end", "explicit")
    switch = await router.route("出10道单选题考考我", PAUSED)
    assert (switch.intent, switch.source, switch.params) == (
        "exam_generate",
        "explicit",
        {"single_choice": 10},
    )
    bare_quit = await router.route("quit", PAUSED)
    assert bare_quit.intent == "practice_end"
    # the quit-word rule holds only in a practice; outside one, "quit" is not a rule's call
    assert (await router.route("quit")).rule is None


async def test_an_off_topic_message_asks_to_clarify(router: IntentRouter) -> None:
    decision = await router.route("今天天气怎么样")
    assert decision.intent == "clarify"
    assert decision.graph is None
    assert decision.source == "fallback"
    assert decision.options  # the learner is offered likely intents, not left with nothing
    assert decision.trace.analyzer == "offline"
    assert set(decision.trace.scores) >= {"exam_generate", "help"}


CONTESTED = r"""
rules:
  - {name: drill, intent: practice_start, priority: 50, patterns: ['练']}
  - {name: quiz, intent: exam_generate, priority: 50, patterns: ['题']}
  - {name: weak-help, intent: help, priority: 10, keywords: {any: [检验]}}
"""


@pytest.mark.parametrize("strategy", ["rule_only", "rule_first", "hybrid", "confidence_threshold"])
async def test_rules_of_equal_priority_that_disagree_ask_to_clarify(
    tmp_path: Path, library: ContentLibrary, strategy: Strategy
) -> None:
    router = custom_router(tmp_path, library, CONTESTED, strategy)
    decision = await router.route("练题")
    assert decision.intent == "clarify"
    assert set(decision.options) == {"practice_start", "exam_generate"}


@pytest.mark.parametrize(
    ("strategy", "intent", "source"),
    [
        ("rule_only", "help", "rule"),  # the weak rule is all there is
        ("rule_first", "help", "rule"),  # a rule that fires is trusted
        ("hybrid", "clarify", "fallback"),  # a weak rule contradicted by a sure analyzer: ask
        ("llm_first", "exam_generate", "llm"),  # the sure analyzer comes first
        ("llm_only", "exam_generate", "llm"),  # rules are not even tried
        ("confidence_threshold", "help", "rule"),  # the rule's 0.95 beats the analyzer's score
    ],
)
async def test_each_strategy_combines_rules_and_analyzer_its_own_way(
    tmp_path: Path, library: ContentLibrary, strategy: Strategy, intent: str, source: str
) -> None:
    router = custom_router(tmp_path, library, CONTESTED, strategy)
    decision = await router.route("我想检验一下学习效果")  # close to an exam_generate example
    assert (decision.intent, decision.source, decision.strategy) == (intent, source, strategy)
    if strategy == "hybrid":
        assert decision.options == ("help", "exam_generate")
    if strategy == "llm_only":
        assert decision.trace.rules == []
    if strategy in ("rule_only", "rule_first", "confidence_threshold"):
        assert decision.trace.analyzer is None  # the rule path never paid for the analyzer


@pytest.mark.parametrize("strategy", STRATEGIES)
async def test_every_strategy_routes_clear_messages(
    router: IntentRouter, strategy: Strategy
) -> None:
    decision = await router.route("给我出一套题", strategy=strategy)
    assert decision.intent == "exam_generate"
    assert decision.strategy == strategy


async def test_with_no_rule_the_analyzer_decides_under_rule_first(router: IntentRouter) -> None:
    text = "我想检验一下学习效果"
    assert (await router.route(text, strategy="rule_only")).intent == "clarify"
    decision = await router.route(text, strategy="rule_first")
    assert (decision.intent, decision.source) == ("exam_generate", "llm")
    assert decision.trace.scores["exam_generate"] > decision.trace.scores["help"]


async def test_threshold_and_margin_come_from_the_policy(library: ContentLibrary) -> None:
    strict = IntentRouter.build(library, policy=RouterPolicy(strategy="llm_only", threshold=0.99))
    loose = IntentRouter.build(
        library, policy=RouterPolicy(strategy="llm_only", threshold=0.1, margin=0.0)
    )
    text = "我想检验一下学习效果呀"
    assert (await strict.route(text)).intent == "clarify"
    assert (await loose.route(text)).intent == "exam_generate"


def test_route_offline_gives_the_same_decision_as_route(router: IntentRouter) -> None:
    decision = router.route_offline("三道判断题", strategy="rule_first")
    assert (decision.intent, decision.params) == ("exam_generate", {"true_false": 3})


async def test_a_pause_outside_practice_is_not_sticky(router: IntentRouter) -> None:
    # an exam that waits for material: the learner may still ask for anything, by any rule
    waiting = RouteContext(paused_in="exam_generation", last_graph="exam_generation")
    decision = await router.route("来一套题目", waiting)
    assert (decision.intent, decision.rule) == ("exam_generate", "exam-generate-ask")
    assert not any("skipped" in r for r in decision.to_dict()["trace"]["rules"])


@pytest.mark.parametrize(
    "sheet", ["1A 2BC 3对 4错", "Q1 A, Q2 C, Q3 B, Q4 D", "第一题选A，第二题选C，第三题对"]
)
async def test_an_answer_sheet_after_an_exam_is_graded_not_taken_as_material(
    router: IntentRouter, sheet: str
) -> None:
    decision = await router.route(sheet, RouteContext(last_graph="exam_generation"))
    assert decision.intent == "exam_grade"
    assert decision.params == {"material": sheet}


async def test_a_described_scenario_starts_that_practice_but_not_inside_one(
    router: IntentRouter,
) -> None:
    decision = await router.route("practice offering a guest a better room")
    assert (decision.intent, decision.params) == ("practice_start", {"scenario": "english-upsell"})
    assert decision.rule == "practice-start-described"
    paused = RouteContext(paused_in="practice_dialogue")
    decision = await router.route("我们可以模拟一下您等太久的情况，先安抚您", paused)
    assert decision.intent == "practice_reply"


@pytest.mark.parametrize(
    "text",
    [
        "就到这里吧，给个报告",
        "finish the roleplay please",
        "end this session and give me some feedback",
    ],
)
async def test_ending_a_practice_in_other_words_leaves_it(router: IntentRouter, text: str) -> None:
    assert (await router.route(text, PAUSED)).intent == "practice_end"


async def test_asking_which_scenarios_exist_is_help_not_a_practice(router: IntentRouter) -> None:
    assert (await router.route("what scenarios can I practise?")).intent == "help"
    assert (await router.route("有哪些场景可以练习投诉处理？")).intent == "help"
    assert (await router.route("我要练题")).intent == "exam_generate"


async def test_switching_to_a_named_scenario_is_a_command_but_naming_it_in_role_is_not(
    router: IntentRouter,
) -> None:
    switch = await router.route("换个场景，我想练投诉处理", PAUSED)
    assert (switch.intent, switch.params) == ("practice_start", {"scenario": "complaint-handling"})
    in_role = await router.route("我理解您觉得年卡太贵，要不要先练一周试试", PAUSED)
    assert in_role.intent == "practice_reply"
