"""An exam that falls short, filled from larger blueprints' runs on the same material.

A smaller blueprint could deliver less than a larger one had: a 17-question run gave four single
choices, and asking for exactly what it delivered (four single choices and fewer of the rest)
gave two; asking for two gave one (session 18 end designer D11: "the 4 SC it already wrote show
the material was not the limit"). Another blueprint deals the rules to other slots and shares, so
the smaller plan may leave the rules a type needs to another type's slot. No one larger blueprint
delivers every such request in full (measured on a pawnshop's counter rules and a locksmith's,
each of the grown, doubled and one-type-more blueprints missed on one of them), but their
questions together do: so the slots still pending take, in order, the questions of their type
the offline engine gets accepted for `LARGER` larger blueprints, each checked again against
the questions the exam holds (the graph's own validation: no repeat, no shared key).

Only when the exam falls short, and not for requested knowledge points (a larger run deals its
questions to the points otherwise). Deterministic: the same runs in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphs.exam_generation.blueprint_check import offline_run
from graphs.exam_generation.validation import validate_question
from graphs.exams import QUESTION_TYPES, Blueprint, Question

LARGER = 3
"""Larger blueprints written, at most, for an exam that falls short (each one offline run)."""


def larger_blueprints(blueprint: Blueprint) -> list[Blueprint]:
    """The blueprints tried, in order: one more question of every type (a type the trainer did
    not ask for too: its slots change how the rules are dealt), every type as many as the type
    asked most, then two more of every type."""
    asked: dict[str, int] = {t: blueprint.count(t) for t in QUESTION_TYPES}
    most = max(asked.values())
    shapes = [
        {t: n + 1 for t, n in asked.items()},
        {t: max(n, most) for t, n in asked.items()},
        {t: n + 2 for t, n in asked.items()},
    ]
    return [blueprint.model_copy(update={**shape, "title": None}) for shape in shapes][:LARGER]


def refilled(
    text: str,
    blueprint: Blueprint,
    language: str,
    slots: Sequence[dict[str, Any]],
    accepted: Sequence[dict[str, Any]],
    pending: Sequence[str],
    rounds: int,
) -> tuple[list[dict[str, Any]], list[str], int]:
    """The accepted questions and pending slots, rebuilt from the exam's own questions and the
    larger blueprints' runs when that leaves fewer slots pending (else as they were), and the
    number of runs it took. The type with the fewest questions to spare picks first, each
    question checked against those picked; a slot of a set level takes a question of its level."""
    if not pending or blueprint.knowledge_points:
        return list(accepted), list(pending), 0
    pool = [a["question"] for a in accepted]
    best: tuple[list[dict[str, Any]], list[str]] = (list(accepted), list(pending))
    runs = 0
    for larger in larger_blueprints(blueprint):
        runs += 1
        found = [a["question"] for a in offline_run(text, larger, language, rounds)[1]]
        pool += found
        # The larger run's own questions first (they passed together), then the pool's.
        for first in (found, []):
            rows, left = _picked(text, slots, first, pool)
            if len(left) < len(best[1]):
                best = (rows, left)
        if not best[1]:
            break
    return best[0], best[1], runs


def _picked(
    text: str,
    slots: Sequence[dict[str, Any]],
    first: Sequence[dict[str, Any]],
    pool: Sequence[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """The slots filled (`{"slot", "question"}`) from `first` in its order, then from `pool`
    type by type, and the ids left pending."""
    left = [s["id"] for s in slots]
    by_id = {s["id"]: s for s in slots}

    def slack(kind: str) -> int:
        return sum(1 for q in pool if q.get("type") == kind) - sum(
            1 for s in slots if s["type"] == kind
        )

    order = sorted({s["type"] for s in slots}, key=lambda t: (slack(t), QUESTION_TYPES.index(t)))
    kept: list[Question] = []
    rows: list[dict[str, Any]] = []
    tried = [*first, *(q for kind in order for q in pool if q.get("type") == kind)]
    for data in tried:
        slot_id = next((s for s in left if _fits(by_id[s], data)), None)
        if slot_id is None:
            continue
        question, _ = validate_question(data, text, kept)
        if question is None:
            continue
        kept.append(question)
        rows.append({"slot": slot_id, "question": question.model_dump(mode="json")})
        left.remove(slot_id)
    return rows, left


def _fits(slot: dict[str, Any], question: dict[str, Any]) -> bool:
    """Whether `question` may fill `slot`: its type, and its level unless the slot is a mix's."""
    if question.get("type") != slot["type"]:
        return False
    return bool(slot.get("flexible")) or question.get("difficulty") == slot["difficulty"]
