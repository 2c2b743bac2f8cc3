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
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from graphs.definitions.errors import ExpressionFailed, ExpressionSyntaxError

MAX_REPEAT = 10_000
"""`"ab" * n` and `[x] * n` refuse an `n` above this (an expression must not eat the memory)."""


def _lower(value: Any) -> str:
    return str(value).lower()


def _upper(value: Any) -> str:
    return str(value).upper()


def _strip(value: Any) -> str:
    return str(value).strip()


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": len,
    "min": min,
    "max": max,
    "abs": abs,
    "round": round,
    "sum": sum,
    "any": any,
    "all": all,
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "lower": _lower,
    "upper": _upper,
    "strip": _strip,
}
"""The whitelisted functions, by the name expressions call them by."""

CONSTANTS: dict[str, Any] = {"true": True, "false": False, "null": None}
"""YAML-style spellings of the literals (Python's `True`, `False`, `None` work too)."""

_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
}
_UNARY: dict[type[ast.unaryop], Callable[[Any], Any]] = {
    ast.Not: operator.not_,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}
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
    *_BINARY,
    *_COMPARE,
    *_UNARY,
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

    def evaluate(self, scope: Mapping[str, Any]) -> Any:
        """The expression's value on `scope` (state fields and, on edges, `params`)."""
        try:
            return _Evaluator(scope).visit(self.tree.body)
        except ExpressionFailed:
            raise
        except (TypeError, ValueError, ZeroDivisionError, OverflowError) as exc:
            raise ExpressionFailed(
                f"expression {self.source!r} failed on this run's state: {exc}; guard it with a "
                "condition (e.g. `x is not None and ...`) or fix the field it reads"
            ) from exc

    def __str__(self) -> str:
        return self.source


def parse_expression(source: str) -> Expression:
    """Parse and check `source`; `ExpressionSyntaxError` (with the offset) when it is refused."""
    text = source.strip()
    lead = len(source) - len(source.lstrip())
    if not text:
        raise ExpressionSyntaxError(
            "the expression is empty; write a condition such as `round < 3`"
        )
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        # Python gives offset 0 when the text ends too early ("round <"): point at its end.
        offset = lead + (exc.offset - 1 if exc.offset else len(text))
        raise ExpressionSyntaxError(
            f"expression {text!r} does not parse ({exc.msg}); write a Python-style condition "
            "such as `pending and round <= 2`",
            offset,
        ) from None
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
    return Expression(source=text, tree=tree, names=frozenset(names), attributes=tuple(attributes))


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


class _Evaluator:
    """Walks a checked tree; state is plain JSON, so access is on dicts and lists only."""

    def __init__(self, scope: Mapping[str, Any]) -> None:
        self.scope = scope

    def visit(self, node: ast.AST) -> Any:
        method: Callable[[Any], Any] = getattr(self, f"visit_{type(node).__name__}")
        return method(node)

    def visit_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def visit_Name(self, node: ast.Name) -> Any:
        if node.id in self.scope:
            return self.scope[node.id]
        if node.id in CONSTANTS:
            return CONSTANTS[node.id]
        return None

    def visit_Attribute(self, node: ast.Attribute) -> Any:
        return _item(self.visit(node.value), node.attr)

    def visit_Subscript(self, node: ast.Subscript) -> Any:
        value = self.visit(node.value)
        if isinstance(node.slice, ast.Slice):
            if not isinstance(value, list | str):
                return None
            bounds = [
                self.visit(part) if part is not None else None
                for part in (node.slice.lower, node.slice.upper, node.slice.step)
            ]
            return value[slice(*bounds)]
        return _item(value, self.visit(node.slice))

    def visit_List(self, node: ast.List) -> Any:
        return [self.visit(item) for item in node.elts]

    def visit_Tuple(self, node: ast.Tuple) -> Any:
        return [self.visit(item) for item in node.elts]

    def visit_Dict(self, node: ast.Dict) -> Any:
        return {
            self.visit(k) if k is not None else None: self.visit(v)
            for k, v in zip(node.keys, node.values, strict=True)
        }

    def visit_BoolOp(self, node: ast.BoolOp) -> Any:
        value: Any = None
        for operand in node.values:
            value = self.visit(operand)
            if isinstance(node.op, ast.And) and not value:
                return value
            if isinstance(node.op, ast.Or) and value:
                return value
        return value

    def visit_UnaryOp(self, node: ast.UnaryOp) -> Any:
        return _UNARY[type(node.op)](self.visit(node.operand))

    def visit_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(node.op, ast.Mult):
            for count in (left, right):
                if isinstance(count, int) and count > MAX_REPEAT:
                    raise ExpressionFailed(f"repeating something {count} times is refused")
        return _BINARY[type(node.op)](left, right)

    def visit_Compare(self, node: ast.Compare) -> Any:
        left = self.visit(node.left)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = self.visit(comparator)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True

    def visit_IfExp(self, node: ast.IfExp) -> Any:
        return self.visit(node.body) if self.visit(node.test) else self.visit(node.orelse)

    def visit_Call(self, node: ast.Call) -> Any:
        assert isinstance(node.func, ast.Name)  # checked at parse
        return FUNCTIONS[node.func.id](*(self.visit(a) for a in node.args))


def _item(value: Any, key: Any) -> Any:
    """`value[key]` for JSON data; null when the key or index is not there."""
    if isinstance(value, Mapping):
        return value.get(key)
    if isinstance(value, list | str) and isinstance(key, int) and not isinstance(key, bool):
        return value[key] if -len(value) <= key < len(value) else None
    return None
