"""Figure options that leave the key the odd one out, whoever wrote them.

A single choice over figures of one unit whose wrong options all lie on one side of the key, far
from it and close to each other (80% among 40%, 30% and 25%), is answered by elimination: the
key is the one value unlike the rest. Options on both sides, or a key one step from its nearest
option (1小时 among 2, 3 and 4 小时), are fair.

An age is a line rules draw at known places (14, 16, 18, 21, 60 周岁): an age more than
MAX_AGE_STEPS of those places from the key (10 or 25 周岁 against 16) is no one's guess, and the
key is found by elimination.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from graphs.exam_generation.near_values import AGES, figure_unit, figure_value
from graphs.exams import Question

APART = 2.0
"""How many times the widest gap between the wrong options the key's gap to the nearest must
exceed before the key stands apart (80%: 40 points against 10)."""


MAX_AGE_STEPS = 2
_AGE_UNITS = frozenset(["岁", "周岁", "years old", "year old"])


def _age_step(value: float) -> int:
    """Where an age stands among the ages rules draw lines at."""
    return bisect_left(AGES, value)


def check_age_options(question: Question) -> list[str]:
    """A single choice on an age whose wrong options are far from it among the usual lines."""
    if question.type != "single_choice" or len(question.answer) != 1:
        return []
    texts = {o.key: o.text.strip() for o in question.options}
    key = texts.get(question.answer[0], "")
    value = figure_value(key)
    if value is None or figure_unit(key) not in _AGE_UNITS:
        return []
    far = [
        text
        for option, text in texts.items()
        if option != question.answer[0]
        and (other := figure_value(text)) is not None
        and abs(_age_step(other) - _age_step(value)) > MAX_AGE_STEPS
    ]
    if not far:
        return []
    return [
        f"the ages {', '.join(far)} are far from the key {key!r} among the ages rules draw lines "
        "at: no one guesses them, and the key is found by elimination; offer nearer ages"
    ]


def check_figure_spread(question: Question) -> list[str]:
    """A single choice on a figure whose wrong options all lie on one side of it, far away."""
    if question.type != "single_choice" or len(question.answer) != 1:
        return []
    texts = {o.key: o.text.strip() for o in question.options}
    key = texts.get(question.answer[0], "")
    others = [t for k, t in texts.items() if k != question.answer[0]]
    value = figure_value(key)
    values = [figure_value(t) for t in others]
    if value is None or len(others) < 2 or any(v is None for v in values):
        return []
    if any(figure_unit(t) != figure_unit(key) for t in others):
        return []
    wrong = sorted(v for v in values if v is not None)
    if not (wrong[-1] < value or wrong[0] > value):
        return []  # options on both sides
    nearest = wrong[-1] if wrong[-1] < value else wrong[0]
    spread = max(b - a for a, b in pairwise(wrong))
    if abs(value - nearest) > APART * max(spread, 1e-9):
        shown = ", ".join(others)
        return [
            f"the wrong options {shown} all lie on one side of the key {key!r}, far from it and "
            "close to each other: the key is found by elimination; offer values on both sides"
        ]
    return []
