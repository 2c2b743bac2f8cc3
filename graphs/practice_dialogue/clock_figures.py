"""A figure that cannot be an hour states no clock time.

A term told by a clock time (late check-out until 2 pm) is misstated by another hour ("till 4",
"until 16:00"), not by a bare number that no clock shows: in "The 45 includes a late check-out"
the 45 is the price the clause speaks of, and reading it as the check-out hour made a strong
learner's value framing a wrong-time claim and dropped every point of the turn.
"""

from __future__ import annotations

from graphs.practice_dialogue.figures import Figure

CLOCK = "点"
"""The unit figures.py gives a clock time ("十点", "2 pm")."""
LAST_HOUR = 24
"""The largest number a clock time is said by (24:00, 24点)."""


def hours_only(true: list[Figure], stated: list[Figure]) -> list[Figure]:
    """The stated figures that may misstate a term told only by clock times (and bare hours):
    with no unit, only a number an hour can be; any figure for a term told otherwise."""
    if not any(f.unit == CLOCK for f in true) or any(
        f.unit != CLOCK and f.number > LAST_HOUR for f in true
    ):
        return stated  # a term told by a sum too (the suite's 55, 45 or 2 pm) is no clock term
    return [f for f in stated if f.unit is not None or f.number <= LAST_HOUR]
