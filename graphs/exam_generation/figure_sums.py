"""Figures an item's other figures compute: the key is arithmetic, not a fact to recall.

"A party runs for 2 hours: (    ) of bowling plus 30 minutes in the party room" is 120 − 30;
"up to 6 bowlers per lane … a maximum of (    ) (30 bowlers)" is 30 ÷ 6 (session 15 designer
D7, e4-1 and e4-2). A learner who never read the material answers both. And a false statement
that changes one figure of such a sentence ("runs for 12 hours: 6 hours of sailing plus 2 hours
at anchor") contradicts its own sum and is false on its face.

    computed_from   how the figure is had from two others of the text: a sum or difference of
                    the same dimension (hours and minutes alike), or a product or quotient where
                    the text counts by a rate (per, each, every, 每)
    check_figures_computed
                    a cloze whose figure key its stem computes; a true/false statement or a
                    multiple choice's option that changes a figure its source sentence computes

Both writers' items pass this check (in `standalone.check_words_settle`).
"""

from __future__ import annotations

import re
from itertools import permutations

from graphs.exam_generation.blanks import blank_answers
from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import source_sentence
from graphs.exams import Question
from graphs.text.terms import NUMBER_PATTERN
from graphs.text.units import UNITS

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_RATE = re.compile(r"\b(?:per|each|every|for every)\b|每", re.IGNORECASE)
_Figure = tuple[float, str]
"""A figure as (value in its dimension's base unit, dimension): 2 hours is (7200, duration)."""


def _figure(written: str) -> _Figure | None:
    plain = written.replace(",", "")
    number = _DIGITS.search(plain)
    if number is None:
        return None
    surface = plain[number.end() :].strip().lower()
    unit = UNITS.get(surface)
    value = float(number.group())
    if unit is not None:
        return value * unit.factor, unit.dimension
    # A count of things is its own dimension: guests with guests, lanes with lanes.
    return value, surface.rstrip("s") if len(surface) > 3 else surface


def figures_of(text: str) -> list[_Figure]:
    """The text's figures, in order."""
    found = (_figure(m.group().strip()) for m in NUMBER_PATTERN.finditer(text))
    return [f for f in found if f is not None]


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 1e-9 * max(1.0, abs(a), abs(b))


def computed_from(figure: _Figure, others: list[_Figure], rate: bool) -> str | None:
    """How `figure` is had from two of `others` ("the sum of two others"), or None."""
    value, dimension = figure
    for (a, dim_a), (b, dim_b) in permutations(others, 2):
        if dim_a == dim_b == dimension and value > 0:
            if _same(value, a + b):
                return "the sum of two other figures"
            if _same(value, a - b):
                return "the difference of two other figures"
        if rate and value > 0 and a > 0 and b > 0:
            if _same(value, a * b) and 1 not in (a, b):
                return "the product of two other figures"
            if _same(value * b, a) and b != 1 and value != 1:
                return "the quotient of two other figures"
    return None


def _cloze_problems(question: Question) -> list[str]:
    stem = statement_of(question.stem)
    others = figures_of(stem)
    problems = []
    for key in blank_answers(question):
        figure = _figure(key.strip())
        if figure is None or len(others) < 2:
            continue
        how = computed_from(figure, others, bool(_RATE.search(stem)))
        if how is not None:
            problems.append(
                f"the key {key.strip()!r} is {how} the stem prints: arithmetic gives it away; "
                "print the fact without the figures that compute it, or ask another figure"
            )
    return problems


def _changed_figure_problems(statement: str, source: str) -> list[str]:
    said, printed = figures_of(source), figures_of(statement)
    if len(said) != len(printed) or len(said) < 3:
        return []
    rate = bool(_RATE.search(source))
    for index, (original, shown) in enumerate(zip(said, printed, strict=True)):
        if _same(original[0], shown[0]):
            continue
        rest = said[:index] + said[index + 1 :]
        if computed_from(original, rest, rate) is not None or any(
            computed_from(other, [f for f in said if f is not other], rate) is not None
            for other in rest
        ):
            return [
                f"{statement[:40]!r} changes a figure its sentence computes from its others: it "
                "contradicts its own arithmetic and is false on its face; change a figure that "
                "stands alone"
            ]
    return []


def check_figures_computed(question: Question, material: str) -> list[str]:
    """No key the stem's own figures compute, no false statement that breaks its sentence's sum."""
    if question.type in ("single_choice", "fill_blank"):
        return _cloze_problems(question)
    if question.type == "true_false" and question.answer == ["false"]:
        statements = [statement_of(question.stem)]
    elif question.type == "multiple_choice":
        keys = set(question.answer)
        statements = [o.text for o in question.options if o.key not in keys]
    else:
        return []
    problems = []
    for statement in statements:
        source = source_sentence(statement, material) or question.source_quote
        problems += _changed_figure_problems(statement, source)
    return problems
