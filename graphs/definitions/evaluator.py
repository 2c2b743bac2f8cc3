"""The walker that evaluates a checked expression tree on plain JSON state, within a budget.

Every node is a step; every value the expression builds is sized *before* it is built (a string
repeated, lists concatenated, a literal, `str()` of a list) and every integer kept within its
magnitude (expression_budget.py). The functions are the language's own: `sum` adds item by item
through the same checks, `str` of a container renders piece by piece and stops at the size limit,
`round` clamps its digits (which changes no result) so `round(5, -10**9)` costs nothing.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping, Sized
from typing import Any

from graphs.definitions.errors import ExpressionFailed
from graphs.definitions.expression_budget import Meter

CONSTANTS: dict[str, Any] = {"true": True, "false": False, "null": None}
"""YAML-style spellings of the literals (Python's `True`, `False`, `None` work too)."""

ROUND_DIGITS = 400
"""`round(x, n)` gives the same result for any |n| past this (floats have 309 digits at most)."""

_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Sub: operator.sub,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
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
UNARY: dict[type[ast.unaryop], Callable[[Any], Any]] = {
    ast.Not: operator.not_,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}
BINARY_OPERATORS: tuple[type[ast.operator], ...] = (ast.Add, ast.Mult, *_BINARY)
"""The arithmetic operators of the language (`**` is not one)."""


def evaluate_tree(tree: ast.expr, scope: Mapping[str, Any], meter: Meter) -> Any:
    """The value of a checked tree on `scope`, spending `meter`."""
    return _Evaluator(scope, meter).visit(tree)


class _Evaluator:
    """Walks a checked tree; state is plain JSON, so access is on dicts and lists only."""

    def __init__(self, scope: Mapping[str, Any], meter: Meter) -> None:
        self.scope = scope
        self.meter = meter

    def visit(self, node: ast.AST) -> Any:
        self.meter.step()
        method: Callable[[Any], Any] = getattr(self, f"visit_{type(node).__name__}")
        return method(node)

    def visit_Constant(self, node: ast.Constant) -> Any:
        return node.value

    def visit_Name(self, node: ast.Name) -> Any:
        if node.id in self.scope:
            return self.scope[node.id]
        return CONSTANTS.get(node.id)

    def visit_Attribute(self, node: ast.Attribute) -> Any:
        return _item(self.visit(node.value), node.attr)

    def visit_Subscript(self, node: ast.Subscript) -> Any:
        value = self.visit(node.value)
        if not isinstance(node.slice, ast.Slice):
            return _item(value, self.visit(node.slice))
        if not isinstance(value, list | str):
            return None
        bounds = [
            self.visit(part) if part is not None else None
            for part in (node.slice.lower, node.slice.upper, node.slice.step)
        ]
        part = value[slice(*bounds)]  # never longer than `value`
        self.meter.build(len(part), len(part))
        return part

    def visit_List(self, node: ast.List) -> Any:
        return self._list([self.visit(item) for item in node.elts])

    def visit_Tuple(self, node: ast.Tuple) -> Any:
        return self._list([self.visit(item) for item in node.elts])

    def visit_Dict(self, node: ast.Dict) -> Any:
        pairs = [
            (self.visit(k) if k is not None else None, self.visit(v))
            for k, v in zip(node.keys, node.values, strict=True)
        ]
        size = 1 + sum(self.meter.size(k) + self.meter.size(v) for k, v in pairs)
        self.meter.build(size, len(pairs))
        return self.meter.built(dict(pairs), size)

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
        return UNARY[type(node.op)](self.visit(node.operand))

    def visit_BinOp(self, node: ast.BinOp) -> Any:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(node.op, ast.Add):
            return add(self.meter, left, right)
        if isinstance(node.op, ast.Mult):
            return multiply(self.meter, left, right)
        if isinstance(node.op, ast.Mod) and isinstance(left, str):
            raise ExpressionFailed(
                f"expression {self.meter.source!r}: `%` on text would format it, which the "
                "language does not do; build text with + or a template's {{ }}"
            )
        return self.meter.number(_BINARY[type(node.op)](left, right))

    def visit_Compare(self, node: ast.Compare) -> Any:
        left = self.visit(node.left)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = self.visit(comparator)
            if isinstance(op, ast.In | ast.NotIn) and isinstance(right, list):
                self.meter.step(len(right))
            if not COMPARE[type(op)](left, right):
                return False
            left = right
        return True

    def visit_IfExp(self, node: ast.IfExp) -> Any:
        return self.visit(node.body) if self.visit(node.test) else self.visit(node.orelse)

    def visit_Call(self, node: ast.Call) -> Any:
        assert isinstance(node.func, ast.Name)  # checked at parse
        return FUNCTIONS[node.func.id](self.meter, *(self.visit(a) for a in node.args))

    def _list(self, items: list[Any]) -> list[Any]:
        size = 1 + sum(self.meter.size(item) for item in items)
        self.meter.build(size, len(items))
        return self.meter.built(items, size)


def add(meter: Meter, left: Any, right: Any) -> Any:
    """`left + right`, sized before text or lists are joined."""
    if isinstance(left, str) and isinstance(right, str):
        meter.build(len(left) + len(right), len(left) + len(right))
        return left + right
    if isinstance(left, list) and isinstance(right, list):
        size = meter.size(left) + meter.size(right) - 1
        meter.build(size, len(left) + len(right))
        return meter.built(left + right, size)
    return meter.number(left + right)


def multiply(meter: Meter, left: Any, right: Any) -> Any:
    """`left * right`: a repeat sized before it is built, a product of integers before it is made."""
    if isinstance(right, str | list) and isinstance(left, int):
        left, right = right, left
    if isinstance(left, str | list) and isinstance(right, int):
        count = max(0, right)
        if isinstance(left, str):
            meter.build(len(left) * count, len(left) * count)
            return left * count
        size = 1 + count * (meter.size(left) - 1)
        meter.build(size, len(left) * count)
        return meter.built(left * count, size)
    if isinstance(left, int) and isinstance(right, int):
        bits = left.bit_length() + right.bit_length() - 1
        if bits > meter.budget.max_int_bits:
            meter.refuse("max_int_bits", meter.too_large(bits))
    return meter.number(left * right)


def _length(meter: Meter, value: Any) -> int:
    return len(value)


def _min(meter: Meter, *args: Any) -> Any:
    meter.step(_count(args))
    return min(*args)


def _max(meter: Meter, *args: Any) -> Any:
    meter.step(_count(args))
    return max(*args)


def _sum(meter: Meter, items: Any, start: Any = 0) -> Any:
    """Item by item through `add`, so every concatenation is sized and counted."""
    meter.step(_count((items,)))
    total = start
    for item in items:
        total = add(meter, total, item)
    return total


def _any(meter: Meter, items: Any) -> bool:
    meter.step(_count((items,)))
    return any(items)


def _all(meter: Meter, items: Any) -> bool:
    meter.step(_count((items,)))
    return all(items)


def _round(meter: Meter, value: Any, digits: Any = None) -> Any:
    if isinstance(digits, int):
        digits = max(-ROUND_DIGITS, min(ROUND_DIGITS, digits))
    return meter.number(round(value, digits))


def _count(args: tuple[Any, ...]) -> int:
    """Items a function goes through: its one argument's, or its arguments'."""
    if len(args) == 1 and isinstance(args[0], Sized):
        return len(args[0])
    return len(args)


def text(meter: Meter, value: Any) -> str:
    """`str(value)`, a container rendered piece by piece and refused once past the size limit."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list | dict):
        return str(value)
    pieces: list[str] = []
    length = 0

    def put(piece: str) -> None:
        nonlocal length
        length += len(piece)
        meter.build(length, len(piece))
        pieces.append(piece)

    def render(item: Any) -> None:
        meter.step()
        if isinstance(item, list):
            put("[")
            for index, inner in enumerate(item):
                put(", " if index else "")
                render(inner)
            put("]")
        elif isinstance(item, dict):
            put("{")
            for index, (key, inner) in enumerate(item.items()):
                put(", " if index else "")
                render(key)
                put(": ")
                render(inner)
            put("}")
        else:
            put(repr(item))

    render(value)
    return "".join(pieces)


def _text_function(change: Callable[[str], str]) -> Callable[..., str]:
    def apply(meter: Meter, value: Any) -> str:
        changed = change(text(meter, value))
        meter.build(len(changed), len(changed))
        return changed

    return apply


def _number_function(convert: Callable[[Any], Any]) -> Callable[..., Any]:
    def apply(meter: Meter, value: Any) -> Any:
        return meter.number(convert(value))

    return apply


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "len": _length,
    "min": _min,
    "max": _max,
    "abs": _number_function(abs),
    "round": _round,
    "sum": _sum,
    "any": _any,
    "all": _all,
    "str": _text_function(str),
    "int": _number_function(int),
    "float": _number_function(float),
    "bool": lambda meter, value: bool(value),
    "lower": _text_function(str.lower),
    "upper": _text_function(str.upper),
    "strip": _text_function(str.strip),
}
"""The whitelisted functions, by the name expressions call them by; each takes the meter first."""


def _item(value: Any, key: Any) -> Any:
    """`value[key]` for JSON data; null when the key or index is not there."""
    if isinstance(value, Mapping):
        return value.get(key)
    if isinstance(value, list | str) and isinstance(key, int) and not isinstance(key, bool):
        return value[key] if -len(value) <= key < len(value) else None
    return None
