"""The safe expression language and templates: what they evaluate to, what they refuse."""

from __future__ import annotations

import pytest

from graphs.definitions.errors import ExpressionFailed, ExpressionSyntaxError
from graphs.definitions.expressions import parse_expression
from graphs.definitions.templates import parse_template

STATE = {
    "pending": ["single_choice-1"],
    "round": 2,
    "transcript": [{"role": "persona", "text": "您好"}, {"role": "learner", "text": "我想退货"}],
    "spec": {"single_choice": 3, "language": "zh"},
    "ended": None,
}


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("pending and round <= 2", True),
        ("pending and round <= params.max_rounds", False),
        ("transcript[-1].text", "我想退货"),
        ("transcript[5].text", None),
        ('spec["single_choice"] * 2 + 1', 7),
        ("spec.missing", None),
        ("ended == 'quit'", False),
        ("not ended", True),
        ("ended is None and len(pending) == 1", True),
        ("'退货' in transcript[-1].text", True),
        ("transcript[0:1][0].role", "persona"),
        ("max(round, 5) if pending else 0", 5),
        ("lower('ABC') + strip('  x ')", "abcx"),
        ("null == ended and true", True),
        ("[1, 2][1] + {'a': 3}.a", 5),
    ],
)
def test_evaluates_on_plain_json_state(source: str, value: object) -> None:
    scope = {**STATE, "params": {"max_rounds": 1}}
    assert parse_expression(source).evaluate(scope) == value


def test_names_are_the_fields_it_reads() -> None:
    expression = parse_expression("len(pending) > 0 and params.max_rounds >= round and len")
    assert expression.names == {"pending", "params", "round", "len"}
    assert ("params", "max_rounds") in expression.attributes


@pytest.mark.parametrize(
    ("source", "offset", "words"),
    [
        ("__import__('os')", 0, "cannot reach Python internals"),
        ("round.__class__.__bases__", 16, "attribute '__bases__'"),
        ("().__class__", 3, "attribute '__class__'"),
        ("pending.pop()", 0, "never a method"),
        ("eval('1')", 0, "function 'eval' is not allowed"),
        ("getattr(round, 'real')", 0, "function 'getattr' is not allowed"),
        ("lambda: 1", 0, "lambdas"),
        ("[x for x in pending]", 0, "comprehensions"),
        ("round ** 99999999", 0, "power operator"),
        ("f'{round}'", 0, "f-strings"),
        ("(x := 1)", 1, "assignments"),
        ("round <", 7, "does not parse"),
        ("   ", 0, "is empty"),
    ],
)
def test_refuses_at_parse_with_the_offset(source: str, offset: int, words: str) -> None:
    with pytest.raises(ExpressionSyntaxError) as raised:
        parse_expression(source)
    assert words in raised.value.message
    assert raised.value.offset == offset


def test_a_type_mismatch_at_run_time_says_how_to_guard_it() -> None:
    with pytest.raises(ExpressionFailed, match="guard it with a condition"):
        parse_expression("len(round)").evaluate(STATE)
    with pytest.raises(ExpressionFailed, match="max_size"):
        parse_expression("'x' * 10000000").evaluate(STATE)


def test_templates_render_values_and_report_their_names() -> None:
    template = parse_template(
        "学员说：{{ transcript[-1].text }}（第{{ round }}轮）{{ spec }}{{ ended }}"
    )
    assert template.names == {"transcript", "round", "spec", "ended"}
    assert (
        template.render(STATE) == '学员说：我想退货（第2轮）{"single_choice": 3, "language": "zh"}'
    )
    assert template.values(STATE) == ["我想退货", "2", '{"single_choice": 3, "language": "zh"}', ""]


def test_template_errors_point_into_the_template() -> None:
    with pytest.raises(ExpressionSyntaxError) as raised:
        parse_template("Hello {{ name }} and {{ round +  }}")
    # The expression ends too early: the offset is where it stops.
    assert raised.value.offset == "Hello {{ name }} and {{ round +  }}".index("round +") + 7
    with pytest.raises(ExpressionSyntaxError, match="never closed") as unclosed:
        parse_template("Hello {{ name")
    assert unclosed.value.offset == 6
