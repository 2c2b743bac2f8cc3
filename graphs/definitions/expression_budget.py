"""The budget of the expression language, and the meter that spends it during one evaluation.

Checked at parse: the source's length and the expression's nesting depth. Checked while
evaluating, *before* each value is built: steps, the expanded size of every value built (a string's
characters; a list's or mapping's items, nested ones counted in full, so `[[0] * 2000] * 2000` is
4 million even though it shares one inner list), all that one evaluation builds (concatenations
copy: `sum` of many lists is quadratic), and the magnitude of integers. A value read from the
state is measured only when a new value is built from it, by a walk charged as steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from graphs.definitions.errors import ExpressionOverBudget

_Built = TypeVar("_Built")


@dataclass(frozen=True, kw_only=True)
class ExpressionBudget:
    """What one expression may cost; the defaults are far above any authored condition or
    placeholder (the shipped ones are under 50 characters, 10 levels, 100 steps)."""

    max_source: int = 1_000
    """Characters of the expression's text (at parse)."""
    max_depth: int = 100
    """Nesting of the parsed expression (at parse): `a + b + c` is 3 deep. The walker recurses
    two frames a level, well inside Python's limit of 1,000 from inside a run."""
    max_steps: int = 50_000
    """Nodes evaluated, plus items a function or `in` goes through, plus state values walked."""
    max_size: int = 1_000_000
    """Expanded size of any value built: characters of a string, items of a list or mapping."""
    max_allocated: int = 4_000_000
    """Characters and items built in all by one evaluation."""
    max_int_bits: int = 256
    """Integers built stay within ±2**256 (`20000 * 2` is 16 bits)."""


DEFAULT_BUDGET = ExpressionBudget()

_FIX = {
    "max_steps": "work on fewer items in one expression, or do the work in a node",
    "max_size": "build smaller values (a repeat count, a concatenation, str() of a large value)",
    "max_allocated": "build less: sum() of many lists copies them again on every item",
    "max_int_bits": "keep numbers within the budget's magnitude",
}


class Meter:
    """One evaluation's spending; every check raises `ExpressionOverBudget` naming the limit."""

    def __init__(self, budget: ExpressionBudget, source: str) -> None:
        self.budget = budget
        self.source = source
        self.steps = 0
        self.allocated = 0
        self._weights: dict[int, tuple[Any, int]] = {}
        """Expanded sizes of the containers built, by id (the value is kept so the id stays its)."""

    def step(self, count: int = 1) -> None:
        """Spend `count` steps."""
        self.steps += count
        if self.steps > self.budget.max_steps:
            self.refuse("max_steps", f"takes more than {self.budget.max_steps:,} steps")

    def build(self, size: int, cells: int) -> None:
        """Before building a value of expanded `size` that allocates `cells` new cells."""
        if size > self.budget.max_size:
            self.refuse(
                "max_size",
                f"would build a value of {size:,} characters or items, over the limit of "
                f"{self.budget.max_size:,}",
            )
        self.allocated += cells
        if self.allocated > self.budget.max_allocated:
            self.refuse(
                "max_allocated",
                f"would build more than {self.budget.max_allocated:,} characters and items in all",
            )

    def built(self, value: _Built, size: int) -> _Built:
        """Remember the expanded size of a container just built; returns it."""
        if isinstance(value, list | dict):
            self._weights[id(value)] = (value, size)
        return value

    def number(self, value: Any) -> Any:
        """`value`, refused when it is an integer past the magnitude limit."""
        if isinstance(value, int) and value.bit_length() > self.budget.max_int_bits:
            self.refuse("max_int_bits", self.too_large(value.bit_length()))
        return value

    def too_large(self, bits: int) -> str:
        """The sentence for an integer of about `bits` bits."""
        return f"would make a number of about {bits:,} bits, over the limit of {self.budget.max_int_bits}"

    def size(self, value: Any) -> int:
        """The expanded size of `value`: a string's length, a container's items in full.

        Containers built by this evaluation are known; one from the state is walked, one step
        an item, stopping as soon as it is past `max_size`.
        """
        if not isinstance(value, list | dict):
            return max(1, len(value)) if isinstance(value, str) else 1
        known = self._weights.get(id(value))
        if known is not None:
            return known[1]
        total = 0
        pending: list[Any] = [value]
        while pending and total <= self.budget.max_size:
            item = pending.pop()
            self.step()
            if isinstance(item, list | dict) and id(item) in self._weights:
                total += self._weights[id(item)][1]
            elif isinstance(item, list):
                total += 1
                pending.extend(item)
            elif isinstance(item, dict):
                total += 1
                for key, inner in item.items():
                    pending.extend((key, inner))
            else:
                total += max(1, len(item)) if isinstance(item, str) else 1
        self.built(value, total)
        return total

    def refuse(self, limit: str, said: str) -> None:
        """Raise `ExpressionOverBudget` for `limit`: what the expression did, and the fix."""
        raise ExpressionOverBudget(
            f"expression {self.source!r} {said} (the expression budget's {limit}); {_FIX[limit]}",
            limit=limit,
        )
