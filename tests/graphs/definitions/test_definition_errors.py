"""Each validation error kind, with the file, line, column and field path it is reported at and a
message that says how to fix it; and several errors in one file, all reported at once."""

from __future__ import annotations

import pytest

from graphs.definitions.loader import ValidationResult, validate_text
from graphs.library import ContentLibrary
from tests.support.definitions import RULES_CONFLICT, WARMUP, only_issue, position_of

FILE = "authored/graphs/warmup.yaml"


def check(text: str, library: ContentLibrary | None = None) -> ValidationResult:
    return validate_text(text, file=FILE, library=library)


def test_the_base_definition_is_valid() -> None:
    result = check(WARMUP)
    assert result.valid and result.issues == []
    assert result.definition is not None and result.definition.id == "warmup_quiz"


def test_unknown_node_type_suggests_the_closest() -> None:
    text = WARMUP.replace("type: llm_prompt", "type: llm_promt")
    issue = only_issue(check(text))
    assert issue.file == FILE
    assert (issue.line, issue.column) == position_of(text, "llm_promt")
    assert issue.path == "nodes.warmup.type"
    assert "did you mean 'llm_prompt'" in issue.message
    assert "register_node_type" in issue.message


def test_edge_to_a_missing_node() -> None:
    text = WARMUP.replace("{source: warmup, target: ask}", "{source: warmup, target: asks}")
    issues = check(text).issues
    # `ask` is now reached by nothing: that is a second, true problem.
    missing = next(i for i in issues if i.path == "edges[0].target")
    assert (missing.line, missing.column) == position_of(text, "asks")
    assert "no node named 'asks'" in missing.message and "did you mean 'ask'" in missing.message
    assert "add it under `nodes` or fix the name" in missing.message
    assert {i.path for i in issues} == {"edges[0].target", "nodes.ask"}


def test_duplicate_edge() -> None:
    text = WARMUP.replace(
        "  - {source: ask, target: END}\n",
        "  - {source: ask, target: END}\n  - {source: warmup, target: ask}\n",
    )
    issue = only_issue(check(text))
    assert issue.path == "edges[2]"
    assert (issue.line, issue.column) == position_of(text, "{source: warmup, target: ask}", 2)
    assert "duplicates edges[0]" in issue.message and "remove one" in issue.message


def test_unreachable_node() -> None:
    text = WARMUP.replace(
        "edges:\n",
        '  orphan:\n    type: llm_prompt\n    params:\n      prompt: "{{ text }}"\n'
        "      output: {note: {to: reply}}\nedges:\n",
    ).replace(
        "  - {source: ask, target: END}\n",
        "  - {source: ask, target: END}\n  - {source: orphan, target: END}\n",
    )
    issue = only_issue(check(text))
    assert issue.path == "nodes.orphan"
    assert (issue.line, issue.column) == position_of(text, "type: llm_prompt", 2)
    assert "never reached from entry 'warmup'" in issue.message
    assert "add an edge to it, or remove it" in issue.message


def test_node_without_a_way_out() -> None:
    text = WARMUP.replace("  - {source: ask, target: END}\n", "")
    issue = only_issue(check(text))
    assert issue.path == "nodes.ask"
    assert (issue.line, issue.column) == position_of(text, "type: interrupt")
    assert "`{source: ask, target: END}`" in issue.message


def test_loop_with_no_path_to_end() -> None:
    text = WARMUP.replace("{source: ask, target: END}", "{source: ask, target: warmup}")
    issues = check(text).issues
    assert [i.path for i in issues] == ["nodes.warmup", "nodes.ask"]
    assert all("no path from" in i.message and "add a branch to END" in i.message for i in issues)
    assert (issues[0].line, issues[0].column) == position_of(text, "type: llm_prompt")


def test_state_field_read_but_never_written() -> None:
    text = WARMUP.replace('"{{ warmup }}"', '"{{ warmup }} {{ hint }}"').replace(
        "  reply: {type: string}\n", "  reply: {type: string}\n  hint: {type: string}\n"
    )
    issue = only_issue(check(text))
    assert issue.path == "nodes.ask.params.prompt"
    assert (issue.line, issue.column) == position_of(text, "hint }}")
    assert "'hint' is read here but no node writes it" in issue.message
    assert "mark it `input: true`" in issue.message


def test_template_variable_that_does_not_exist() -> None:
    text = WARMUP.replace("Material: {{ text }}", "Material: {{ txt }}")
    issue = only_issue(check(text))
    assert issue.path == "nodes.warmup.params.prompt"
    assert (issue.line, issue.column) == position_of(text, "txt }}")
    assert "template variable 'txt'" in issue.message and "did you mean 'text'" in issue.message
    assert "declare it under state or fix the name" in issue.message


def test_expression_syntax_error_points_into_the_string() -> None:
    text = WARMUP.replace("Material: {{ text }}", "Material: {{ text[0 }}")
    issue = only_issue(check(text))
    assert issue.path == "nodes.warmup.params.prompt"
    line, column = position_of(text, "text[0 }}")
    assert issue.line == line and column <= issue.column <= column + len("text[0")
    assert "does not parse" in issue.message and "write a Python-style condition" in issue.message


@pytest.mark.parametrize(
    ("expression", "marker", "words"),
    [
        ("__import__('os').system('id')", "__import__", "cannot reach Python internals"),
        ("warmup.__class__", "__class__", "attribute '__class__' is not allowed"),
        ("open('/etc/passwd')", "open", "function 'open' is not allowed"),
        ("[c for c in warmup]", "[c for", "comprehensions: not part of the expression language"),
    ],
)
def test_unsafe_expression_is_rejected_at_load(expression: str, marker: str, words: str) -> None:
    text = WARMUP.replace('"{{ warmup }}"', f'"{{{{ {expression} }}}}"')
    issue = only_issue(check(text))
    assert issue.path == "nodes.ask.params.prompt"
    assert (issue.line, issue.column) == position_of(text, marker)
    assert words in issue.message


def test_condition_on_an_edge_names_a_param_the_node_lacks() -> None:
    text = WARMUP.replace(
        "  - {source: ask, target: END}\n",
        "conditional_edges:\n  - source: ask\n    branches:\n"
        '      - {when: "reply and params.max_rounds > 1", target: warmup}\n    default: END\n',
    )
    issue = only_issue(check(text))
    assert issue.path == "conditional_edges[0].branches[0].when"
    assert (issue.line, issue.column) == position_of(text, "params.max_rounds")
    assert "node ask has no param 'max_rounds'" in issue.message


def test_missing_scenario_reference(library: ContentLibrary) -> None:
    text = WARMUP.replace(
        "edges:\n",
        "  practise:\n    type: load_scenario\n    params: {scenario: objection-handlng}\nedges:\n",
    )
    issues = check(text, library).issues
    reference = next(i for i in issues if i.path == "nodes.practise.params.scenario")
    assert (reference.line, reference.column) == position_of(text, "objection-handlng")
    assert "no scenario with id 'objection-handlng'" in reference.message
    assert "did you mean 'objection-handling'" in reference.message


def test_missing_rubric_reference_in_a_scenario(library: ContentLibrary) -> None:
    text = library.files[("scenario", "objection-handling")].read_text(encoding="utf-8")
    broken = text.replace("rubric: objection-handling-rubric", "rubric: objection-rubric")
    assert broken != text
    issue = only_issue(check(broken, library))
    assert issue.path == "rubric"
    assert (issue.line, issue.column) == position_of(broken, "objection-rubric")
    assert "no rubric with id 'objection-rubric'" in issue.message
    assert "fix the id or add the rubric file" in issue.message


def test_rubric_weights_that_do_not_add_up(library: ContentLibrary) -> None:
    text = library.files[("rubric", "english-upsell-rubric")].read_text(encoding="utf-8")
    broken = text.replace(
        "weight: 0.15\n    measures: questions", "weight: 0.25\n    measures: questions"
    )
    assert broken != text
    issue = only_issue(check(broken, library))
    assert issue.path == "criteria"
    assert (issue.line, issue.column) == position_of(broken, "- id: questions")
    assert "weights must add up to 1.0, got 1.1" in issue.message


def test_blueprint_with_more_knowledge_points_than_questions() -> None:
    text = (
        "kind: blueprint\nid: tiny\ntitle: Tiny\nblueprint:\n  true_false: 2\n"
        "  knowledge_points: [镜片, 镜架, 验光]\n"
    )
    issue = only_issue(check(text))
    assert issue.path == "blueprint.knowledge_points"
    assert (issue.line, issue.column) == position_of(text, "[镜片")
    assert "3 knowledge points but asks for 2 questions" in issue.message
    assert "raise the counts or drop points" in issue.message


def test_blueprint_asking_more_questions_than_its_course_can_hold(library: ContentLibrary) -> None:
    text = (
        "kind: blueprint\nid: huge\ntitle: Huge\ncourse: coffee-service-en\nblueprint:\n"
        "  single_choice: 100\n  true_false: 100\n"
    )
    issue = only_issue(check(text, library))
    assert issue.path == "blueprint"
    assert (issue.line, issue.column) == position_of(text, "single_choice: 100")
    assert "asks for 200 questions but course 'coffee-service-en' has" in issue.message
    assert "lower the counts" in issue.message


def test_blueprint_that_asks_for_nothing() -> None:
    text = "kind: blueprint\nid: empty\nblueprint:\n  difficulty: easy\n"
    issue = only_issue(check(text))
    assert issue.path == "blueprint"
    assert (issue.line, issue.column) == position_of(text, "difficulty: easy")
    assert "must ask for at least one question" in issue.message


def test_rule_conflict_found_by_the_routers_own_check(library: ContentLibrary) -> None:
    text = RULES_CONFLICT
    issue = only_issue(check(text, library))
    assert issue.path == "rules[1]"
    assert (issue.line, issue.column) == position_of(text, "name: quiz-help")
    assert "overlaps rule 'quiz-me'" in issue.message and "change a priority" in issue.message


def test_yaml_syntax_error() -> None:
    text = WARMUP.replace("  reply: {type: string}\n", "  reply: {type: string\n")
    issue = only_issue(check(text))
    assert issue.path == "(file)"
    assert issue.line == position_of(text, "entry: warmup")[0]
    assert (
        "not valid YAML" in issue.message and "check the indentation and quoting" in issue.message
    )


def test_unknown_and_missing_fields() -> None:
    text = WARMUP.replace("entry: warmup\n", "entyr: warmup\n")
    issues = check(text).issues
    assert [(i.path, i.line, i.column) for i in issues] == [
        ("entry", 1, 1),
        ("entyr", *position_of(text, "warmup\nnodes")),
    ]
    assert "required field 'entry' is missing: add it" in issues[0].message
    assert "unknown field 'entyr' (did you mean 'entry'?)" in issues[1].message


def test_a_key_given_twice() -> None:
    text = WARMUP.replace(
        "  reply: {type: string}\n", "  reply: {type: string}\n  warmup: {type: list}\n"
    )
    issue = only_issue(check(text))
    assert issue.path == "state.warmup"
    assert (issue.line, issue.column) == position_of(text, "warmup: {type: list}")
    assert "given twice" in issue.message and "remove or rename one" in issue.message


def test_several_errors_in_one_file_are_all_reported(library: ContentLibrary) -> None:
    text = (
        WARMUP.replace("type: llm_prompt", "type: llm_promt")
        .replace('"{{ warmup }}"', '"{{ warmup.__dict__ }}"')
        .replace("{source: ask, target: END}", "{source: ask, target: ENDD}")
        .replace("  reply: {type: string}\n", "  reply: {type: string, reducer: apend}\n")
    )
    issues = check(text, library).issues
    assert [i.path for i in issues] == [
        "state.reply.reducer",
        "nodes.warmup.type",
        "nodes.ask.params.prompt",
        "edges[1].target",
    ]
    assert [(i.line, i.column) for i in issues] == [
        position_of(text, "apend"),
        position_of(text, "llm_promt"),
        position_of(text, "__dict__"),
        position_of(text, "ENDD"),
    ]
    assert all(i.file == FILE for i in issues)
    assert issues[0].public() == {
        "file": FILE,
        "line": issues[0].line,
        "column": issues[0].column,
        "path": "state.reply.reducer",
        "message": issues[0].message,
    }


def test_fan_out_into_a_node_that_takes_another_task() -> None:
    text = """\
kind: graph
id: odd_fan_out
state:
  exam: {type: object, input: true}
  answers: {type: any, input: true}
  responses: {type: object}
  results: {type: list, reducer: append}
  candidates: {type: list, reducer: append}
  unfilled: {type: object, reducer: merge}
  report: {type: object}
entry: check_input
nodes:
  check_input: {type: check_input}
  grade_objective: {type: grade_objective}
  write: {type: generate_questions}
edges:
  - {source: check_input, target: grade_objective}
  - {source: write, target: END}
conditional_edges:
  - source: grade_objective
    branches:
      - {fan_out: judge_tasks, target: write}
    default: END
"""
    issue = only_issue(check(text))
    assert issue.path == "conditional_edges[0].branches[0].target"
    assert (issue.line, issue.column) == position_of(text, "write}")
    assert (
        "sends JudgeTask tasks, but write (type generate_questions) takes GenerationTask"
        in issue.message
    )


def test_scenario_whose_rubric_scores_a_stage_it_lacks(library: ContentLibrary) -> None:
    text = library.files[("scenario", "english-upsell")].read_text(encoding="utf-8")
    start = text.index("  - id: discovery")
    end = text.index("  - id: presentation")
    without_stage = text[:start] + text[end:]
    # The stage's points are gone, so a reveal that waits for them names them first.
    reveal_issues = check(without_stage, library).issues
    assert len(reveal_issues) == 1
    assert "persona.reveal.after_any_of: 'occasion'" in reveal_issues[0].message
    broken = without_stage.replace(", after_any_of: [occasion, preferences]", "")
    issues = check(broken, library).issues
    assert [i.path for i in issues] == ["rubric"]
    assert (issues[0].line, issues[0].column) == position_of(broken, "english-upsell-rubric")
    assert "scores stage 'discovery'" in issues[0].message and "add the stage" in issues[0].message
