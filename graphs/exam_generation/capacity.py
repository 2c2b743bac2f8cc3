"""How many questions a material can carry, and what to tell a trainer whose material is too small.

A question rests on facts (graphs/text/facts.py): a single choice, a true/false and a fill-in on
one, a multiple choice on about four (its statements), a short answer on about three (its points).
Not every fact makes every type at every difficulty, so a material carries a blueprint when it
holds `ENOUGH` times the facts the blueprint's questions rest on. Below that the exam falls short
because the facts run out, not because a check failed; `small_material_note` says so in the
trainer's language: how many facts the material holds, what the blueprint needs, which types fell
short, and what to add or ask for instead (`scaled`: the blueprint shrunk to the material).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from graphs.exams import QUESTION_TYPES, Language
from graphs.exams import TYPE_NAMES as _TYPE

FACTS_PER_QUESTION = {
    "single_choice": 1,
    "multiple_choice": 4,
    "true_false": 1,
    "fill_blank": 1,
    "short_answer": 3,
}
"""Facts one question of a type rests on (a multiple choice's statements, a short answer's points)."""
ENOUGH = 1.5
"""A material holds enough facts for a blueprint when it has this many times the facts the
blueprint's questions rest on: not every fact makes every type at every difficulty."""


def facts_needed(counts: Mapping[str, int]) -> int:
    """How many facts the blueprint's questions rest on."""
    return sum(FACTS_PER_QUESTION[t] * n for t, n in counts.items() if t in FACTS_PER_QUESTION)


def enough_facts(counts: Mapping[str, int]) -> int:
    """How many facts a material needs to carry the blueprint."""
    return math.ceil(ENOUGH * facts_needed(counts))


def scaled(counts: Mapping[str, int], facts: int) -> dict[str, int]:
    """The blueprint shrunk to what the material's facts can hold (at least one of each type
    asked for)."""
    needed = ENOUGH * facts_needed(counts)
    room = facts / needed if needed else 1.0
    if room >= 1:
        return dict(counts)
    return {t: max(1, math.floor(n * room)) for t, n in counts.items() if n}


def _listing(language: Language, counts: Mapping[str, int]) -> str:
    ordered = [(t, counts[t]) for t in QUESTION_TYPES if counts.get(t)]
    if language == "zh":
        return "、".join(f"{_TYPE['zh'][t]}{n}道" for t, n in ordered)
    return ", ".join(f"{n} {_TYPE['en'][t]}" for t, n in ordered)


def small_material_note(
    language: Language, facts: int, counts: Mapping[str, int], missing: Mapping[str, int]
) -> str:
    """What to tell the trainer when the exam fell short because the material is too small for
    the blueprint; "" when the material holds enough facts (the shortfall has another cause)."""
    if not any(missing.values()) or facts >= enough_facts(counts):
        return ""
    asked = sum(counts.values())
    short = sum(missing.values())
    # Never fewer of a type than this exam delivered: the trainer already holds those.
    delivered = {t: n - missing.get(t, 0) for t, n in counts.items()}
    fitted = scaled(counts, facts)
    suggestion = _listing(language, {t: max(n, delivered.get(t, 0)) for t, n in fitted.items()})
    if language == "zh":
        return (
            f"材料偏短，撑不起这份试卷：其中可出题的规定（数字、时限、职责、必须/不得等）只有"
            f"{facts}条，而所要的{asked}道题约需{enough_facts(counts)}条（一道多选题用4条，一道"
            f"简答题用3条，且并非每条规定都适合每种题型），因此缺{short}道"
            f"（{_listing('zh', missing)}）。请补充含这类规定的材料，或把题量减为约"
            f"{suggestion}。"
        )
    return (
        f"The material is too small for this exam: it holds {facts} rules a question can test "
        f"(figures, deadlines, who does what, must/must not), and the {asked} questions asked "
        f"for need about {enough_facts(counts)} (a multiple choice rests on 4 rules, a short "
        f"answer on 3, and not every rule suits every type), so {short} fell short "
        f"({_listing('en', missing)}). Add material with more such rules, or ask for about "
        f"{suggestion}."
    )
