"""The safe expression language of definitions: conditions on edges and values in templates.

Python's expression syntax, parsed once at load by `ast` and walked by a small evaluator of its own;
nothing is ever passed to `eval`. Allowed:

    literals        "text", 3, 2.5, true/True, false/False, null/None, [1, 2], {"a": 1}
    names           state fields (`pending`, `round`); a field not set yet is null
    access          `transcript[-1].text`, `spec["single_choice"]`, `slots[0:2]`
                    (`.name` reads a mapping's key; a missing key or index is null)
    operators       and or not · == != < <= > >= in, not in, is None, is not None
                    + - * / // % · `x if cond else y`
    functions       len min max abs round sum any all str int float bool lower upper strip

Names starting with `_`, any other function, lambdas, comprehensions and method calls are refused
at load, with the column of the offending part. Why not simpleeval or CEL: both resolve names only
while evaluating, and a definition needs the names an expression reads at load (to report a state key
nobody writes, at its column); simpleeval guards attributes by a deny-list on live Python objects
where state here is plain JSON, and CEL's `&&`/`size()` syntax would differ from the Python-like
YAML authors already write. The walker is short enough to read whole.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphs.definitions.errors import ExpressionFailed, ExpressionOverBudget, ExpressionSyntaxError
from graphs.definitions.evaluator import (
    BINARY_OPERATORS,
    COMPARE,
    CONSTANTS,
    FUNCTIONS,
    UNARY,
    evaluate_tree,
)
from graphs.definitions.expression_budget import DEFAULT_BUDGET, ExpressionBudget, Meter

_ALLOWED = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.UnaryOp,
    ast.BinOp,
    ast.Compare,
    ast.IfExp,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Attribute,
    ast.Subscript,
    ast.Slice,
    ast.List,
    ast.Tuple,
    ast.Dict,
    ast.Call,
    *BINARY_OPERATORS,
    *COMPARE,
    *UNARY,
)
_REFUSED_WHY: dict[type[ast.AST], str] = {
    ast.Lambda: "lambdas",
    ast.ListComp: "comprehensions",
    ast.SetComp: "comprehensions",
    ast.DictComp: "comprehensions",
    ast.GeneratorExp: "comprehensions",
    ast.NamedExpr: "assignments (:=)",
    ast.Pow: "the power operator (**)",
    ast.JoinedStr: "f-strings (use a template's {{ }} instead)",
    ast.Starred: "unpacking (*)",
    ast.Await: "await",
}


@dataclass(frozen=True)
class Expression:
    """A parsed, checked expression; `names` are the state fields it reads."""

    source: str
    tree: ast.Expression
    names: frozenset[str]
    attributes: tuple[tuple[str, str], ...] = ()
    """`(name, key)` for every `name.key` read: lets a check see `params.max_rounds`."""
    budget: ExpressionBudget = DEFAULT_BUDGET
    """What one evaluation may cost (expression_budget.py)."""

    def evaluate(self, scope: Mapping[str, Any], meter: Meter | None = None) -> Any:
        """The expression's value on `scope` (state fields and, on edges, `params`).

        `ExpressionFailed` when the state does not fit it, `ExpressionOverBudget` (one) when it
        would pass its budget; `meter` (default: a fresh one) shows what it spent.
        """
        meter = meter or Meter(self.budget, self.source)
        try:
            return evaluate_tree(self.tree.body, scope, meter)
        except ExpressionFailed:
            raise
        except RecursionError:
            raise ExpressionOverBudget(
                f"expression {self.source!r} met values nested too deeply to walk (the "
                "expression budget's max_depth); read a part of the value instead",
                limit="max_depth",
            ) from None
        except (TypeError, ValueError, ZeroDivisionError, OverflowError) as exc:
            raise ExpressionFailed(
                f"expression {self.source!r} failed on this run's state: {exc}; guard it with a "
                "condition (e.g. `x is not None and ...`) or fix the field it reads"
            ) from exc

    def __str__(self) -> str:
        return self.source


def parse_expression(source: str, budget: ExpressionBudget = DEFAULT_BUDGET) -> Expression:
    """Parse and check `source`; `ExpressionSyntaxError` (with the offset) when it is refused."""
    text = source.strip()
    lead = len(source) - len(source.lstrip())
    if not text:
        raise ExpressionSyntaxError(
            "the expression is empty; write a condition such as `round < 3`"
        )
    if len(text) > budget.max_source:
        raise ExpressionSyntaxError(
            f"the expression is {len(text):,} characters, over the limit of {budget.max_source:,} "
            "(the expression budget's max_source); split the work between nodes",
            lead + budget.max_source,
        )
    try:
        tree = ast.parse(text, mode="eval")
    except (RecursionError, MemoryError):
        raise ExpressionSyntaxError(_too_deep(text, budget), lead) from None
    except SyntaxError as exc:
        # Python gives offset 0 when the text ends too early ("round <"): point at its end.
        offset = lead + (exc.offset - 1 if exc.offset else len(text))
        raise ExpressionSyntaxError(
            f"expression {text!r} does not parse ({exc.msg}); write a Python-style condition "
            "such as `pending and round <= 2`",
            offset,
        ) from None
    _check_depth(tree, text, lead, budget)
    names: set[str] = set()
    attributes: list[tuple[str, str]] = []
    for node in ast.walk(tree):  # reaching for internals is the worst problem: report it first
        _check_private(node, lead)
    functions = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    for node in ast.walk(tree):
        _check_node(node, lead)
        if isinstance(node, ast.Name) and id(node) not in functions and node.id not in CONSTANTS:
            names.add(node.id)  # a function's name used as a value is a state field of that name
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            attributes.append((node.value.id, node.attr))
    return Expression(
        source=text,
        tree=tree,
        names=frozenset(names),
        attributes=tuple(attributes),
        budget=budget,
    )


def _too_deep(text: str, budget: ExpressionBudget) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return (
        f"expression {shown!r} nests deeper than {budget.max_depth} levels (the expression "
        "budget's max_depth); split it into simpler conditions or compute parts in a node"
    )


def _check_depth(tree: ast.Expression, text: str, lead: int, budget: ExpressionBudget) -> None:
    """Refuse a tree nested past `max_depth` before anything walks it recursively."""
    pending: list[tuple[ast.AST, int]] = [(tree.body, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > budget.max_depth:
            raise ExpressionSyntaxError(_too_deep(text, budget), _offset(node, lead))
        children = reversed(list(ast.iter_child_nodes(node)))  # leftmost first: its offset is shown
        pending.extend((child, depth + isinstance(child, ast.expr)) for child in children)


def _offset(node: ast.AST, lead: int) -> int:
    return lead + int(getattr(node, "col_offset", 0))


def _check_private(node: ast.AST, lead: int) -> None:
    if isinstance(node, ast.Name) and node.id.startswith("_"):
        raise ExpressionSyntaxError(
            f"name {node.id!r} is refused: expressions cannot reach Python internals, and names "
            "starting with _ are never state fields; use a state field",
            _offset(node, lead),
        )
    if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
        raise ExpressionSyntaxError(
            f"attribute {node.attr!r} is not allowed: `.name` only reads a key of a mapping, and "
            'keys starting with _ cannot be read; use `value["key"]` for such a key',
            lead + int(node.end_col_offset or 0) - len(node.attr),
        )


def _check_node(node: ast.AST, lead: int) -> None:
    where = _offset(node, lead)
    if isinstance(node, ast.Call):
        _check_call(node, lead)
    if isinstance(node, ast.Constant) and not isinstance(
        node.value, str | int | float | bool | type(None)
    ):
        raise ExpressionSyntaxError(
            f"literal {node.value!r} is not allowed; use text, numbers, true/false or null", where
        )
    if not isinstance(node, _ALLOWED):
        why = _REFUSED_WHY.get(type(node), type(node).__name__)
        raise ExpressionSyntaxError(
            f"{why}: not part of the expression language; use comparisons, and/or/not, "
            "arithmetic, `in` and the functions " + ", ".join(FUNCTIONS),
            where,
        )


def _check_call(node: ast.Call, lead: int) -> None:
    where = _offset(node, lead)
    if not isinstance(node.func, ast.Name):
        raise ExpressionSyntaxError(
            "only the listed functions can be called, as `len(x)`, never a method such as "
            "`x.pop()`; allowed: " + ", ".join(FUNCTIONS),
            where,
        )
    if node.func.id not in FUNCTIONS:
        raise ExpressionSyntaxError(
            f"function {node.func.id!r} is not allowed; use one of " + ", ".join(FUNCTIONS),
            where,
        )
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        raise ExpressionSyntaxError(
            f"{node.func.id}() takes plain positional arguments only", where
        )
