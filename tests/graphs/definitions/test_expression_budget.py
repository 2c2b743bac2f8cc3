"""The expression budget: values refused before they are built, deep nesting refused at parse,
plain arithmetic untouched, and random expressions from the grammar (Hypothesis) that never pass
the budget's memory or steps nor raise anything but the language's own errors."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from graphs.definitions.errors import ExpressionFailed, ExpressionOverBudget, ExpressionSyntaxError
from graphs.definitions.evaluator import FUNCTIONS
from graphs.definitions.expression_budget import DEFAULT_BUDGET, ExpressionBudget, Meter
from graphs.definitions.expressions import parse_expression

STATE = {"pending": ["single_choice-1"], "round": 2, "price": 20000, "xs": list(range(50))}

SMALL = ExpressionBudget(max_steps=2_000, max_size=2_000, max_allocated=10_000, max_int_bits=128)
"""The fuzzed budget: small, so that random expressions reach its limits often."""

SMALL_PEAK_BYTES = 8 * SMALL.max_allocated + 64 * SMALL.max_steps + 200_000
"""What evaluating within `SMALL` may hold at once: 8 bytes a cell built (a list slot; a character
takes 4 at most), a small object a step, and the parser's own tree (12 KB for `1 + 1`, 75 KB
for a literal of 20 lists)."""


def peak_of(work: Callable[[], Any]) -> tuple[Any, int]:
    """`work()`'s outcome (its value, or the language error it raised) and its peak memory."""
    tracemalloc.start()
    try:
        try:
            outcome: Any = work()
        except (ExpressionFailed, ExpressionSyntaxError) as error:
            outcome = error
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("20000 * 2", 40000),
        ("price * 2 + round * 3", 40006),
        ("'-' * 40", "-" * 40),
        ("len(pending * 50000)", 50000),
        ("sum(xs) // len(xs)", 24),
        ("str([1, 'a', {'k': null}])", "[1, 'a', {'k': None}]"),
        ("round(5, -1000000000)", 0),
        ("round(2.675, 400000)", 2.675),
        (
            "123456789012345678901234567890 * 98765432109876543210",
            123456789012345678901234567890 * 98765432109876543210,
        ),
        ("upper(lower('AbC')) + strip('  x ')", "ABCx"),
    ],
)
def test_ordinary_arithmetic_and_text_are_not_refused(source: str, value: object) -> None:
    assert parse_expression(source).evaluate(STATE) == value


@pytest.mark.parametrize(
    ("source", "limit"),
    [
        ("(('a'*10000)*10000)*10", "max_size"),
        ("len(sum([[0]*2000]*2000, []))", "max_size"),
        ("len(sum([[0]*500]*1000, []))", "max_allocated"),
        ("[[[0]*100]*100]*100 == [[[0]*100]*100]*100", "max_size"),
        ("str([[0]*2000]*200)", "max_steps"),
        ("len(str([xs]*20000))", "max_size"),
        (
            " * ".join(["100000000000000000000000000000"] * 3),
            "max_int_bits",
        ),
        ("int(1e300) + 1", "max_int_bits"),
    ],
)
def test_a_value_past_the_budget_is_refused_before_it_is_built(source: str, limit: str) -> None:
    expression = parse_expression(source)
    outcome, peak = peak_of(lambda: expression.evaluate(STATE))
    assert isinstance(outcome, ExpressionOverBudget), outcome
    assert outcome.limit == limit
    assert source in str(outcome) and f"budget's {limit}" in str(outcome)
    # Far below the values refused (hundreds of megabytes): they were never built.
    assert peak < 8 * DEFAULT_BUDGET.max_allocated + 1_000_000


@pytest.mark.parametrize(
    "source",
    [
        "-" * 3000 + "1",
        "not " * 3000 + "ended",
        "(" * 3000 + "1" + ")" * 3000,
        "+".join(["round"] * 3000),
        "[" * 3000 + "]" * 3000,
    ],
)
@pytest.mark.parametrize("budget", [DEFAULT_BUDGET, ExpressionBudget(max_source=100_000)])
def test_an_expression_nested_3000_deep_is_refused_at_parse(
    source: str, budget: ExpressionBudget
) -> None:
    with pytest.raises(ExpressionSyntaxError) as refused:
        parse_expression(source, budget)
    said = refused.value.message
    assert "max_source" in said or "max_depth" in said or "nested parentheses" in said


def test_the_depth_limit_points_at_the_first_level_past_it() -> None:
    budget = ExpressionBudget(max_depth=3)
    assert parse_expression("round + 1 + 2", budget).evaluate(STATE) == 5
    with pytest.raises(ExpressionSyntaxError, match="deeper than 3 levels") as refused:
        parse_expression("  round + 1 + 2 + 3", budget)
    assert refused.value.offset == 2  # `round`, four levels down, where the text starts


def test_a_state_value_is_walked_only_to_build_from_it() -> None:
    scope = {"big": list(range(30_000))}
    counted = Meter(DEFAULT_BUDGET, "len(big)")
    assert parse_expression("len(big) > 0").evaluate(scope, counted) is True
    assert counted.steps < 10
    walked = Meter(DEFAULT_BUDGET, "big + [1]")
    assert len(parse_expression("big + [1]").evaluate(scope, walked)) == 30_001
    assert walked.steps > 30_000
    # Walked once (30,000 steps) and remembered; summing 60,000 items is past the 50,000.
    with pytest.raises(ExpressionOverBudget, match="max_steps"):
        parse_expression("sum(big + big)").evaluate(scope)


def test_text_formatting_with_percent_is_refused() -> None:
    with pytest.raises(ExpressionFailed, match="would format it"):
        parse_expression("'%0999999999d' % 1").evaluate(STATE)


def test_the_parse_budget_travels_with_the_expression() -> None:
    expression = parse_expression("xs + xs", ExpressionBudget(max_size=60))
    with pytest.raises(ExpressionOverBudget, match="over the limit of 60"):
        expression.evaluate(STATE)


# ---- random expressions from the grammar ----

SCOPE = {
    "xs": list(range(50)),
    "s": "abc" * 10,
    "n": 7,
    "d": {"k": [1, 2], "a": "x"},
    "big": list(range(1_500)),
}

ATOMS = st.sampled_from(
    [
        *("0", "1", "2", "-3", "20000", "2.5", "1e308", "'a'", "'ab'", "''", "true", "null"),
        *("missing", "xs", "xs", "s", "s", "n", "d", "big", "[]", "[0]", "[xs]", "{}", "'%s'"),
        "str(xs)",
    ]
)


def _compound(part: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.sampled_from(
        ["+", "-", "*", "/", "//", "%", "==", "<", "in", "not in", "and", "or"]
    )
    count = st.sampled_from(["3", "99", "999", "20000", "99999", "n"])
    return st.one_of(
        st.tuples(part, count).map(lambda t: f"({t[0]} * {t[1]})"),  # repeats and products
        st.tuples(part, count).map(lambda t: f"sum([{t[0]}] * {t[1]}, {t[0]})"),  # concatenations
        st.tuples(part, count).map(lambda t: f"sum([[{t[0]}]] * {t[1]}, [])"),
        st.tuples(part, binary, part).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        part.map(lambda a: f"(not {a})"),
        st.tuples(st.sampled_from(sorted(FUNCTIONS)), st.lists(part, min_size=1, max_size=2)).map(
            lambda t: f"{t[0]}({', '.join(t[1])})"
        ),
        st.lists(part, max_size=4).map(lambda items: f"[{', '.join(items)}]"),
        st.tuples(part, part).map(lambda t: f"{{'k': {t[0]}, 'v': {t[1]}}}"),
        st.tuples(part, part).map(lambda t: f"{t[0]}[{t[1]}]"),
        st.tuples(part, part, part).map(lambda t: f"{t[0]}[{t[1]}:{t[2]}]"),
        part.map(lambda a: f"{a}.k"),
        st.tuples(part, part, part).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
    )


EXPRESSIONS = st.recursive(ATOMS, _compound, max_leaves=24)


@settings(
    max_examples=400,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(EXPRESSIONS)
def test_random_expressions_stay_within_the_budget(source: str) -> None:
    def work() -> tuple[Any, Meter]:
        meter = Meter(SMALL, source)
        return parse_expression(source, SMALL).evaluate(SCOPE, meter), meter

    outcome, peak = peak_of(work)
    assert peak < SMALL_PEAK_BYTES, (source, peak)
    event(getattr(outcome, "limit", type(outcome).__name__))  # --hypothesis-show-statistics
    if isinstance(outcome, ExpressionOverBudget):
        return  # refused before it passed the limit it names
    if isinstance(outcome, ExpressionFailed | ExpressionSyntaxError):
        return  # the state does not fit it, or it is not in the language: an author's error
    value, meter = outcome
    assert meter.steps <= SMALL.max_steps
    assert meter.allocated <= SMALL.max_allocated
    # Every value in SCOPE is smaller than max_size, so whatever came back is within it.
    assert Meter(ExpressionBudget(max_steps=10**9), source).size(value) <= SMALL.max_size
