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
the questions the exam holds (the graph's own validation: no repeat, no shared key). Still
short, each type short is written alone, one more than asked: every rule is then its own (a
florist's FAQ asked for the 2 single choices of its 17-question run got none from the three, and
its 17-question run's note had no blueprint to suggest; session 19 end designer D12, m4).

A multiple choice rests on four rules, and on a material with fewer rules than the blueprint
rests on, one more asked could cost more questions of the other types than it gave (a cemetery's
rules: 4/1/4/4/2 delivered 13, 4/2/4/4/2 11): so an exam asking two or more also takes what the
blueprint with one fewer delivers, and gives up a multiple choice for it when that makes more
questions in all (`one_choice_fewer`); its slot says why.

Only when the exam falls short, and not for requested knowledge points (a larger run deals its
questions to the points otherwise). Deterministic: the same runs in the same order.

The refill is regeneration, so it keeps to the rounds the flow's definition allows
(`validate_questions`' `max_rounds`): a flow authored with none gets none (an author who sets
`max_rounds: 0` asked for one writing round, test_authored_variants), and each larger run is
written with the run's own rounds, no more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from graphs.exam_generation.blueprint_check import offline_run
from graphs.exam_generation.validation import validate_question
from graphs.exams import QUESTION_TYPES, Blueprint, Question
from graphs.text.caches import register

LARGER = 3
"""Larger blueprints of every type written, at most, for an exam that falls short (each one
offline run), before each type short is written alone."""


def larger_blueprints(blueprint: Blueprint, short: Sequence[str] = ()) -> list[Blueprint]:
    """The blueprints tried, in order: one more question of every type (a type the trainer did
    not ask for too: its slots change how the rules are dealt), every type as many as the type
    asked most, two more of every type, then each of the `short` types alone, one more than
    asked."""
    asked: dict[str, int] = {t: blueprint.count(t) for t in QUESTION_TYPES}
    most = max(asked.values())
    shapes = [
        {t: n + 1 for t, n in asked.items()},
        {t: max(n, most) for t, n in asked.items()},
        {t: n + 2 for t, n in asked.items()},
    ][:LARGER]
    for kind in short:
        alone = {t: n + 1 if t == kind else 0 for t, n in asked.items()}
        shapes += [alone] if alone not in shapes else []  # a blueprint of one type: its +1
    return [blueprint.model_copy(update={**shape, "title": None}) for shape in shapes]


def one_choice_fewer(blueprint: Blueprint) -> Blueprint | None:
    """The blueprint asked with one multiple choice fewer, None when it asks fewer than two (the
    exam keeps a multiple choice the trainer asked for)."""
    asked = blueprint.count("multiple_choice")
    if asked < 2:
        return None
    return blueprint.model_copy(update={"multiple_choice": asked - 1, "title": None})


def refilled(
    text: str,
    blueprint: Blueprint,
    language: str,
    slots: Sequence[dict[str, Any]],
    accepted: Sequence[dict[str, Any]],
    pending: Sequence[str],
    rounds: int,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The accepted questions and pending slots, rebuilt from the exam's own questions and the
    larger blueprints' runs (each with `rounds` regeneration rounds) when that leaves fewer slots
    pending and no type with fewer questions than the exam had (a multiple choice may be given
    up for the blueprint's with one fewer, `one_choice_fewer`), else as they were; as they were
    too when the run had no regeneration round. The type with the fewest questions to spare
    picks first, each question checked against those picked; a slot of a set level takes a
    question of its level, and the slots the exam had filled are filled first, so that a slot
    left pending is one the run left pending, with the run's reason for it."""
    if not pending or blueprint.knowledge_points or rounds <= 0:
        return list(accepted), list(pending)
    own = [a["question"] for a in accepted]
    had = Counter(str(q.get("type")) for q in own)
    pool = list(own)
    best: tuple[list[dict[str, Any]], list[str]] = (list(accepted), list(pending))
    kinds = {s["id"]: s["type"] for s in slots}
    short = [t for t in QUESTION_TYPES if any(kinds[p] == t for p in pending)]
    for larger in larger_blueprints(blueprint, short):
        found = [a["question"] for a in _run(text, larger, language, rounds)[1]]
        pool += found
        # The larger run's questions first (they passed together), the exam's own, the pool's.
        for first in (found, own, []):
            rows, left = _picked(text, slots, first, pool, pending)
            kept = Counter(str(r["question"].get("type")) for r in rows)
            # A trade of one type's question for another's is no refill: the trainer's exam
            # would lose a question the run had made, and its slot the run's reason.
            if len(left) < len(best[1]) and all(kept[t] >= n for t, n in had.items()):
                best = (rows, left)
        if not best[1]:
            break
    fewer = one_choice_fewer(blueprint) if best[1] else None
    if fewer is not None:
        # A multiple choice rests on four rules: a run asked one fewer may have spent them on
        # more questions of the other types (own cemetery rules: 4/1/4/4/2 made 13, 4/2/4/4/2
        # made 11, its second multiple choice holding the rules a short answer, a fill-in and a
        # single choice rested on). Its questions are taken first, and the exam may give up
        # multiple choices for them (never its last) when that leaves fewer slots pending: one
        # more multiple choice asked never delivers fewer questions in all.
        found = [r["question"] for r in _delivered(text, fewer, language, rounds)]
        pool += found
        made = Counter(str(q.get("type")) for q in found)
        for first in (found, own):
            rows, left = _picked(text, slots, first, pool, pending)
            kept = Counter(str(r["question"].get("type")) for r in rows)
            spared = all(
                kept[t] >= (min(n, max(made[t], 1)) if t == "multiple_choice" else n)
                for t, n in had.items()
            )
            if len(left) < len(best[1]) and spared:
                best = (rows, left)
    # Greedy picking by slack can spend a pending type's one fitting question's rules on
    # another type first (a pawnshop's short answer on 赎当 beside a multiple choice on 费用、赎当,
    # session 21): each question of a type still short is tried first in turn.
    tried: list[dict[str, Any]] = []
    for question in pool:
        if not best[1] or question.get("type") not in short or question in tried:
            continue
        tried.append(question)
        rows, left = _picked(text, slots, [question], pool, pending)
        kept = Counter(str(r["question"].get("type")) for r in rows)
        if len(left) < len(best[1]) and all(kept[t] >= n for t, n in had.items()):
            best = (rows, left)
    return best


def _run(
    text: str, blueprint: Blueprint, language: str, rounds: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`offline_run`, each blueprint written once per material: a refill and the refills of its
    blueprints with fewer multiple choices try the same larger blueprints (read only)."""
    return _cached_run(text, blueprint.model_dump_json(), language, rounds)


@lru_cache(maxsize=16)
def _cached_run(
    text: str, blueprint: str, language: str, rounds: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return offline_run(text, Blueprint.model_validate_json(blueprint), language, rounds)


register(_cached_run.cache_clear)


def _delivered(text: str, blueprint: Blueprint, language: str, rounds: int) -> list[dict[str, Any]]:
    """The questions the graph delivers for `blueprint` (`{"slot", "question"}`): its offline
    run, refilled as any run is (with one multiple choice fewer in turn, down to one)."""
    slots, accepted = _run(text, blueprint, language, rounds)
    pending = [s["id"] for s in slots if s["id"] not in {a["slot"] for a in accepted}]
    rows, _ = refilled(text, blueprint, language, slots, accepted, pending, rounds)
    return rows


def refilled_state(state: Mapping[str, Any], rounds: int) -> dict[str, Any]:
    """The graph state's `accepted` and `pending` after `refilled` (nodes.assemble_exam)."""
    accepted, pending = refilled(
        state["text"],
        Blueprint.model_validate(state["spec"]),
        state["exam_language"],
        state["slots"],
        state.get("accepted", []),
        state.get("pending", []),
        rounds,
    )
    # A slot the rounds had filled is pending only when its multiple choice was given up for
    # more questions of the other types: its note says so (the rounds left it none).
    spared = [p for p in pending if p not in state.get("pending", [])]
    notes = {f"{state['plan']}:{p}": _SPARED[state["exam_language"]] for p in spared}
    return {"accepted": accepted, "pending": pending, "unfilled": notes}


_SPARED = {
    "zh": "一道多选题要占用4条规定，本卷把这道多选题的规定改出成了其他题型的题，全卷题数因此更多；"
    "如要这道多选题，请减少其他题型的数量",
    "en": "a multiple choice rests on four rules, and this one's went to questions of other types"
    " instead, which gave the exam more questions in all; to get it, ask for fewer questions of"
    " the other types",
}
"""The reason for a multiple choice given up for more questions of the other types."""


def _picked(
    text: str,
    slots: Sequence[dict[str, Any]],
    first: Sequence[dict[str, Any]],
    pool: Sequence[dict[str, Any]],
    pending: Sequence[str],
) -> tuple[list[dict[str, Any]], list[str]]:
    """The slots filled (`{"slot", "question"}`) from `first` in its order, then from `pool`
    type by type, and the ids left pending; the `pending` slots are filled last."""
    left = sorted((s["id"] for s in slots), key=lambda slot_id: slot_id in pending)
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
