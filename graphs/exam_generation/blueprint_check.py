"""A blueprint the material really delivers in full, for the shortfall note to suggest.

The note used to suggest "the questions it made now", but another blueprint deals the material's
rules to other slots, and re-running each suggested blueprint fell short by one again on all four
materials of the session 12 designer (m1 10/11, m2 8/9, m3 6/7, m4 10/11). So the suggestion is
checked by writing it: the offline engine plans and writes the smaller blueprint, as the graph does
(the same slots, writer and validators, the same rounds), and what falls short is taken off again,
a bounded number of times. A blueprint still short after that is not suggested at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from graphs.exam_generation.offline_writer import OfflineQuestionWriter
from graphs.exam_generation.planning import plan_slots
from graphs.exams import QUESTION_TYPES, Blueprint

CHECKS = 3
"""Smaller blueprints written before the note gives up suggesting one."""


def delivered_counts(text: str, blueprint: Blueprint, language: str, rounds: int) -> Counter[str]:
    """The questions of each type the offline engine delivers for `blueprint` on `text`."""
    # The graph's own steps (nodes.py imports assembly, which asks this: imported here).
    from graphs.exam_generation import nodes

    _, points, _ = nodes._knowledge_points(text, blueprint)
    requested = bool(blueprint.knowledge_points)
    names = list(blueprint.knowledge_points) if requested else [p["name"] for p in points]
    weights = {p["name"]: len(p["sentences"]) for p in points}
    slots = plan_slots(blueprint, names, fixed_points=requested, weights=weights)
    state: dict[str, Any] = {
        "text": text,
        "exam_language": language,
        "points": points,
        "plan": 1,
        "slots": slots,
        "pending": [s["id"] for s in slots],
        "round": 0,
        "accepted": [],
        "rejections": {},
        "candidates": [],
    }
    writer = OfflineQuestionWriter()
    for _ in range(rounds + 1):
        candidates = []
        for task in nodes.generation_tasks(state):  # type: ignore[arg-type]
            result = writer.write_now(nodes._request(task))
            candidates += [
                {"plan": 1, "round": state["round"], "slot": slot_id, "question": q.model_dump()}
                for slot_id, q in result.questions.items()
            ]
        state["candidates"] = candidates
        state.update(nodes._validate_round(state))  # type: ignore[arg-type]
        if not state["pending"]:
            break
    by_id = {s["id"]: s["type"] for s in slots}
    return Counter(by_id[a["slot"]] for a in state["accepted"])


def full_blueprint(
    text: str, blueprint: Blueprint, language: str, made: Mapping[str, int]
) -> dict[str, int] | None:
    """Counts per type, starting from what the exam `made`, that the material delivers whole
    when asked for (checked by writing them), or None when no such blueprint was found."""
    from graphs.exam_generation import nodes

    counts = {t: n for t, n in made.items() if n > 0}
    for _ in range(CHECKS):
        if not counts:
            return None
        asked = blueprint.model_copy(
            update={t: counts.get(t, 0) for t in QUESTION_TYPES} | {"title": None}
        )
        got = delivered_counts(text, asked, language, nodes.MAX_REGENERATIONS)
        if all(got[t] >= n for t, n in counts.items()):
            return counts
        counts = {t: got[t] for t in counts if got[t] > 0}
    return None
