"""A false statement whose changed time crosses another time it prints: false on its face.

「开放时间为每日06:30至20:30，20:45停止售票。」 moved the closing time before the last ticket sale:
the statement contradicts itself, and logic alone marks it false (session 24 designer, m3 Q7).
The times a rule states keep an order (open, last sale, close; arrive, start, finish); a change
that keeps it asks the material, one that breaks it asks nothing. English the same: "Open 06:00
to 18:00; last mob penned at 16:30" changed to close at 16:00.
"""

from __future__ import annotations

from itertools import combinations

from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.quantities import parse_quantities


def _times(text: str) -> list[float]:
    """The times of day the text states, in the order it states them (hours, 20:30 = 20.5)."""
    return [q.value for q, _, _ in parse_quantities(text) if q.dimension == "clock"]


def _crossed(changed: list[float], source: list[float]) -> bool:
    """Two times stand in the other order than the material's, or one meets another."""
    return len(changed) == len(source) >= 2 and any(
        (changed[i] - changed[j]) * (source[i] - source[j]) <= 0
        for i, j in combinations(range(len(source)), 2)
        if source[i] != source[j]
    )


def check_clock_order(question: Question) -> list[str]:
    """No false true/false statement whose changed time crosses another time it states."""
    if question.type != "true_false" or question.answer != ["false"]:
        return []
    if not _crossed(_times(statement_of(question.stem)), _times(question.source_quote)):
        return []
    return [
        "the false statement moves a time past another time it states (a closing before the "
        "last sale), so it contradicts itself and logic alone marks it false; change a time "
        "within the order the material's times keep"
    ]
