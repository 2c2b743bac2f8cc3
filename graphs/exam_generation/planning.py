"""Resolve the run's blueprint and plan its slots: one slot per question asked for.

A slot is `{"id", "type", "difficulty", "flexible", "knowledge_point", "fixed_point"}`. "mixed"
difficulty spreads each type's questions over easy, medium and hard (medium first, so one question
of a type is medium); such a slot is `flexible`: the trainer asked for a mix, not for this level, so
when the material cannot make the slot's level the writer takes the nearest one it can (the label
is always the measured rating) rather than leave the question out. Knowledge points are dealt so that every point is covered once the exam has at least
as many questions as points: short answers first get the points they can ask whole (a small
section, a group of rules on one subject), multiple choices the points richest in facts, and the
single-fact types the points left over, so that two questions seldom compete for the same facts.
"""

from __future__ import annotations

from itertools import zip_longest
from typing import Any

from pydantic import ValidationError

from graphs.courses import BlueprintFile
from graphs.errors import InvalidInput
from graphs.exams import QUESTION_TYPES, Blueprint, Difficulty
from graphs.library import ContentLibrary, format_validation_error

DEFAULT_BLUEPRINT: dict[str, Any] = {"single_choice": 5}
"""What a run gets when it names no blueprint and no counts."""

_MIXED_ORDER: tuple[Difficulty, ...] = ("medium", "easy", "hard")
_FLAT_FIELDS = ("difficulty", "knowledge_points", "language")


def resolve_blueprint(
    state: dict[str, Any], library: ContentLibrary
) -> tuple[Blueprint, str | None]:
    """The blueprint for this run and the course its blueprint file names (if any).

    Precedence: flat fields of the input over `blueprint` over the file named by `blueprint_id`
    over the default. Flat counts replace the base counts as a whole, so "3 true/false" asks for
    3 true/false questions and nothing else.
    """
    course: str | None = None
    base: dict[str, Any] = {}
    if state.get("blueprint_id"):
        found = library.get(BlueprintFile, str(state["blueprint_id"]))
        base = found.blueprint.model_dump(mode="json")
        course = found.course
    if state.get("blueprint"):
        base = {**base, **dict(state["blueprint"])}
    counts: dict[str, Any] = {t: state[t] for t in QUESTION_TYPES if state.get(t) is not None}
    if counts:
        base = {**base, **dict.fromkeys(QUESTION_TYPES, 0), **counts}
    for name in _FLAT_FIELDS:
        if state.get(name) is not None:
            base[name] = state[name]
    if not any(base.get(t) for t in QUESTION_TYPES):
        base = {**base, **DEFAULT_BLUEPRINT} if not counts else base
    try:
        return Blueprint.model_validate(base), course
    except ValidationError as exc:
        raise InvalidInput("blueprint: " + "; ".join(format_validation_error(exc))) from exc


def _difficulties(blueprint: Blueprint, count: int, offset: int) -> list[Difficulty]:
    if blueprint.difficulty != "mixed":
        return [blueprint.difficulty] * count
    # Rotate the cycle per type so that small counts of several types still mix overall.
    return [_MIXED_ORDER[(i + offset) % len(_MIXED_ORDER)] for i in range(count)]


MULTI_FACT_TYPES = ("multiple_choice", "short_answer")
"""Types whose question rests on several facts of one knowledge point."""


def _deal(
    slots: list[dict[str, Any]],
    points: list[str],
    weights: dict[str, int],
    askable: list[str],
    choice: list[str] | None = None,
) -> None:
    """Give every slot a point: short answers first, on the points a short answer can ask whole
    (`askable`: small sections and subject groups, see section_short_answers); multiple choices
    on the points richest in facts; then the single-fact slots, on the points left over first, so
    that types rarely share a point. A short answer dealt a section of nine rules asked three of
    them rule by rule, or lost its rules to the fill-ins (issue 11).

    `choice`: the points best for a multiple choice, best first (choice_points.py). Then the
    multi-fact slots take turns (a short answer, a multiple choice, a short answer, ...), each on
    the best point no slot before it took, so that on a material too small for them all the first
    multiple choice is not left only what the short answers did not take (session 21)."""
    short = [s for s in slots if s["type"] == "short_answer"]
    multi = [s for s in slots if s["type"] in MULTI_FACT_TYPES and s["type"] != "short_answer"]
    single = [s for s in slots if s["type"] not in MULTI_FACT_TYPES]
    rich = sorted(points, key=lambda p: (-weights.get(p, 0), points.index(p)))
    if choice:
        _take_turns(short, multi, askable, [p for p in choice if p in points])
    else:
        for slot, name in zip(short, askable, strict=False):
            slot["knowledge_point"] = name
    given = {s["knowledge_point"] for s in short + multi if s["knowledge_point"]}
    rest = [p for p in rich if p not in given] or rich
    unplaced = [s for s in short + multi if not s["knowledge_point"]]
    for i, slot in enumerate(unplaced):
        slot["knowledge_point"] = rest[i % len(rest)]
    taken = {s["knowledge_point"] for s in short + multi}
    order = [p for p in points if p not in taken] + [p for p in points if p in taken]
    for i, slot in enumerate(single):
        slot["knowledge_point"] = order[i % len(order)]


def _take_turns(
    short: list[dict[str, Any]], multi: list[dict[str, Any]], askable: list[str], choice: list[str]
) -> None:
    """Short answers and multiple choices in turn, each on its best point no slot took before."""
    taken: set[str] = set()
    turns = [s for pair in zip_longest(short, multi) for s in pair if s is not None]
    for slot in turns:
        best = askable if slot["type"] == "short_answer" else choice
        name = next((p for p in best if p not in taken), None)
        if name is not None:
            slot["knowledge_point"] = name
            taken.add(name)


def plan_slots(
    blueprint: Blueprint,
    points: list[str],
    fixed_points: bool,
    weights: dict[str, int] | None = None,
    askable: list[str] | None = None,
    choice: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Every slot the blueprint asks for, in type order; every point covered once there are as
    many slots as points (`weights`: how much each point has to ask about; `askable`: points a
    short answer can ask whole, best first)."""
    slots: list[dict[str, Any]] = []
    offset = 0
    for question_type in QUESTION_TYPES:
        count = blueprint.count(question_type)
        for i, difficulty in enumerate(_difficulties(blueprint, count, offset)):
            slots.append(
                {
                    "id": f"{question_type}-{i + 1}",
                    "type": question_type,
                    "difficulty": difficulty,
                    "flexible": blueprint.difficulty == "mixed",
                    "knowledge_point": None,
                    "fixed_point": fixed_points,
                }
            )
        offset += count
    if points:
        _deal(slots, points, weights or {}, askable or [], choice)
    return slots
