"""Rules: each kind of condition, named-group parameters, priorities, and the checks on load
(overlaps at equal priority, rules that can never fire, bad regexes, unknown callables)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from graphs.library import ContentLibrary
from routers.catalog import ContentCatalog
from routers.decision import RouteContext
from routers.dynamic import shipped_dynamic_rules
from routers.errors import RulesError
from routers.rules import SHIPPED_RULES, DynamicRule, RuleSet, load_rules

SHANGHAI = ZoneInfo("Asia/Shanghai")


def write_rules(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def fired(
    rules: RuleSet, text: str, context: RouteContext | None = None, now: datetime | None = None
) -> list[str]:
    return [m.rule.name for m in rules.match(text, context or RouteContext(), now)]


def test_the_shipped_rules_load_without_problems(library: ContentLibrary) -> None:
    dynamic = shipped_dynamic_rules(ContentCatalog.from_library(library))
    rules = load_rules(SHIPPED_RULES, dynamic=dynamic)
    assert len(rules.rules) >= 10
    assert rules.problems == ()
    priorities = [r.spec.priority for r in rules.rules]
    assert priorities == sorted(priorities, reverse=True)


def test_keywords_any_all_none(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            """
rules:
  - name: quiz
    intent: exam_generate
    keywords: {any: [出题, quiz], all: [课程], none: [批改]}
""",
        )
    )
    assert fired(rules, "根据课程出题") == ["quiz"]
    assert fired(rules, "quiz me on the 课程") == ["quiz"]
    assert fired(rules, "出题") == []  # `all` not met
    assert fired(rules, "批改课程出题") == []  # `none` met
    assert fired(rules, "a quizzical 课程") == []  # English keywords match whole words only


def test_regex_named_groups_become_parameters(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            r"""
rules:
  - name: count
    intent: exam_generate
    patterns: ['(?P<single_choice>\d+|[一二三四五六七八九十]+)道单选']
    examples: [出三道单选]
""",
        )
    )
    [match] = rules.match("给我出十二道单选", RouteContext())
    assert match.params == {"single_choice": "十二"}  # raw; the router's extractor parses it


def test_context_conditions_paused_in_and_last_graph(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            """
rules:
  - name: quit-word
    intent: practice_end
    explicit: true
    when: {paused_in: practice_dialogue}
    keywords: {any: [quit]}
  - name: again
    intent: exam_generate
    when: {last_graph: exam_generation, paused_in: none}
    keywords: {any: [again]}
""",
        )
    )
    paused = RouteContext(paused_in="practice_dialogue")
    assert fired(rules, "quit", paused) == ["quit-word"]
    assert fired(rules, "quit") == []
    assert fired(rules, "again", RouteContext(last_graph="exam_generation")) == ["again"]
    assert fired(rules, "again", RouteContext(last_graph="practice_dialogue")) == []


def test_a_paused_thread_only_tries_explicit_rules(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            """
rules:
  - {name: help-word, intent: help, keywords: {any: [help]}}
  - {name: help-menu, intent: help, explicit: true, keywords: {any: [/help]}}
""",
        )
    )
    paused = RouteContext(paused_in="practice_dialogue")
    assert fired(rules, "How can I help you?", paused) == []
    assert fired(rules, "/help", paused) == ["help-menu"]
    assert fired(rules, "help") == ["help-word"]


def test_time_windows_across_midnight_and_weekdays(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            """
rules:
  - name: night-exam
    intent: exam_generate
    keywords: {any: [开始]}
    time: {from: "22:00", to: "06:00", days: [mon, tue, wed, thu, fri], timezone: Asia/Shanghai}
""",
        )
    )
    monday_night = datetime(2026, 11, 23, 23, 30, tzinfo=SHANGHAI)
    monday_noon = datetime(2026, 11, 23, 12, 0, tzinfo=SHANGHAI)
    saturday_night = datetime(2026, 11, 28, 23, 30, tzinfo=SHANGHAI)
    assert fired(rules, "开始", now=monday_night) == ["night-exam"]
    assert fired(rules, "开始", now=monday_noon) == []
    assert fired(rules, "开始", now=saturday_night) == []


def test_dynamic_rules_are_python_callables_registered_by_name(tmp_path: Path) -> None:
    def long_text(text: str, context: RouteContext) -> Mapping[str, Any] | None:
        return {"material": text} if len(text) > 20 else None

    dynamic: dict[str, DynamicRule] = {"long_text": long_text}
    path = write_rules(
        tmp_path, "rules:\n  - {name: pasted, intent: exam_generate, dynamic: long_text}\n"
    )
    rules = load_rules(path, dynamic=dynamic)
    [match] = rules.match("x" * 30, RouteContext())
    assert match.params == {"material": "x" * 30}
    assert fired(rules, "short") == []
    with pytest.raises(RulesError, match="no callable registered as 'long_text'"):
        load_rules(path)


def test_priorities_order_the_matches(tmp_path: Path) -> None:
    rules = load_rules(
        write_rules(
            tmp_path,
            """
rules:
  - {name: low, intent: exam_generate, priority: 10, keywords: {any: [试卷]}}
  - {name: high, intent: exam_grade, priority: 90, keywords: {any: [批改]}}
""",
        )
    )
    assert fired(rules, "批改试卷") == ["high", "low"]


def test_a_bad_rules_file_reports_conflicts_with_file_and_rule_names(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path,
        r"""
rules:
  - {name: quiz, intent: exam_generate, priority: 50, keywords: {any: [练习题, quiz]}}
  - {name: drill, intent: practice_start, priority: 50, keywords: {any: [练习]}}
  - {name: contradiction, intent: help, keywords: {all: [帮助], none: [帮]}}
  - {name: shadowed, intent: help, priority: 40, keywords: {any: [quiz help]}}
  - {name: broken, intent: help, patterns: ['(unclosed']}
  - {name: bad-group, intent: help, patterns: ['(?P<colour>red)']}
  - {name: wrong-example, intent: help, keywords: {any: [menu]}, examples: [菜单]}
  - {name: nowhere, intent: help, when: {paused_in: karaoke}}
  - {name: everything, intent: help}
""",
        name="bad.yaml",
    )
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    text = str(caught.value)
    problems = {(p.rule, p.message.split(":")[0]) for p in caught.value.problems}
    assert all(p.file == str(path) for p in caught.value.problems)
    assert "bad.yaml: rule 'drill': overlaps rule 'quiz'" in text
    assert ("contradiction", "can never fire") in problems
    assert "rule 'shadowed': can never fire: higher-priority rule(s) ['quiz']" in text
    assert ("broken", "patterns") in problems
    assert "named group 'colour' is not a parameter" in text
    assert "'菜单' does not fire this rule" in text
    assert "when.paused_in: 'karaoke' is not a flow" in text
    assert "rule 'everything': has no condition" in text


def test_schema_errors_name_the_rule_and_field(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path, "rules:\n  - {name: typo, intent: exam_generat, keywords: {any: [x]}}\n"
    )
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    [problem] = caught.value.problems
    assert problem.rule == "typo"
    assert "rules[0].intent" in problem.message


def test_equal_priority_same_intent_is_no_conflict(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path,
        """
rules:
  - {name: a, intent: help, keywords: {any: [help]}}
  - {name: b, intent: help, keywords: {any: [help me]}}
""",
    )
    assert len(load_rules(path).rules) == 2


def test_a_folder_of_rule_files_loads_together(tmp_path: Path) -> None:
    write_rules(
        tmp_path, "rules:\n  - {name: a, intent: help, keywords: {any: [help]}}\n", "a.yaml"
    )
    write_rules(
        tmp_path,
        "rules:\n  - {name: a, intent: exam_generate, priority: 10, keywords: {any: [quiz]}}\n",
        "b.yaml",
    )
    with pytest.raises(RulesError, match="already used by a rule in"):
        load_rules(tmp_path)
