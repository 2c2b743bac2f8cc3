"""How many questions a material can carry, and what to tell a trainer whose material is too small.

A question rests on facts (graphs/text/facts.py): a single choice, a true/false and a fill-in on
one, a multiple choice on about four (its statements), a short answer on about three (its points).
Not every fact makes every type at every difficulty, so a material carries a blueprint when it
holds `ENOUGH` times the facts the blueprint's questions rest on. Below that the exam falls short
because the facts run out, not because a check failed; `small_material_note` tells the trainer, once
per exam and in their language, how many questions came back, how many rules the material holds
and leaves untested, whether it is too small for the blueprint, and a blueprint it can meet (the
questions it made); `scaled` shrinks a blueprint to a material (the bench's smaller exams).
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


def _too_small(
    facts: int, counts: Mapping[str, int], missing: Mapping[str, int], untested: int | None
) -> bool:
    """Whether the material's size is the reason the exam fell short: it holds fewer facts than the
    blueprint wants, and the rules no question uses (when known) are too few for the missing
    questions. A material with rules enough left over fell short for another reason (the rules it
    has left make no such question), which the type's own shortfall line gives: telling the
    trainer the material is short would send them to write more of what they already have."""
    if facts >= enough_facts(counts):
        return False
    return untested is None or untested < facts_needed(missing)


def _listing(language: Language, counts: Mapping[str, int]) -> str:
    ordered = [(t, counts[t]) for t in QUESTION_TYPES if counts.get(t)]
    if language == "zh":
        return "、".join(f"{_TYPE['zh'][t]}{n}道" for t, n in ordered)
    return ", ".join(f"{n} {_TYPE['en'][t]}" for t, n in ordered)


def small_material_note(
    language: Language,
    facts: int,
    counts: Mapping[str, int],
    missing: Mapping[str, int],
    untested: int | None = None,
) -> str:
    """The one note an exam that fell short carries (on its first shortfall line): how many of the
    questions came back, how many rules the material holds and how many no question uses, whether
    the material is too small for the blueprint (only when its size is why: `_too_small`), and a
    blueprint it can meet:
    the questions it made now, never one of a type it failed to make. "" when nothing is short."""
    short = sum(missing.values())
    if not short:
        return ""
    asked = sum(counts.values())
    delivered = {t: n - missing.get(t, 0) for t, n in counts.items() if n - missing.get(t, 0) > 0}
    made = asked - short
    small = _too_small(facts, counts, missing, untested)
    # More material helps only when the generator has used every rule it finds: with rules left
    # untested, the generator (not the material) fell short, and more of it changes nothing.
    spent = not untested
    if language == "zh":
        left = f"，其中{untested}条本卷未考" if untested is not None else ""
        too_small = (
            f"按这份题量约需{enough_facts(counts)}条（一道多选题用4条，一道简答题用3条，"
            "且并非每条规定都适合每种题型），材料偏短。"
            if small
            else ""
        )
        fits = (
            f"若要整卷出齐，可把题量定为{_listing('zh', delivered)}（即本次出成的题）"
            if delivered
            else ""
        )
        more = ("，或补充含这类规定的材料" if fits else "可补充含这类规定的材料") if spent else ""
        return (
            f"本卷出成{made}道，共要{asked}道，缺{short}道（{_listing('zh', missing)}）。"
            f"本生成器在材料中识别出可出题的规定（数字、时限、职责、必须/不得等）{facts}条{left}。"
            f"{too_small}{fits}{more}。"
        ).replace("。。", "。")
    left = f", {untested} of them untested by this exam" if untested is not None else ""
    too_small = (
        f" That is too few for this blueprint: its {asked} questions need about "
        f"{enough_facts(counts)} (a multiple choice rests on 4 rules, a short answer on 3, and "
        "not every rule suits every type)."
        if small
        else ""
    )
    fits = (
        f"For a whole exam from this material, ask for {_listing('en', delivered)} (what it "
        "made now)"
        if delivered
        else ""
    )
    more = (
        (", or add material with more such rules" if fits else "Add material with more such rules")
        if spent
        else ""
    )
    return (
        f"This exam has {made} of the {asked} questions asked for ({_listing('en', missing)} "
        f"missing). The generator finds {facts} rules in the material it can ask about "
        f"(figures, deadlines, who does what, must/must not){left}.{too_small} {fits}{more}."
    ).rstrip(" .") + "."
