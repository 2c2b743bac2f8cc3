"""Spread true/false keys, deterministically, so that answering "true" to everything fails.

The writers choose each statement's answer per batch (graphs/exam_generation/offline_writer.py),
but a false version lost to the validators is refilled in a later round by whatever the
material allows, most often the fact as written: an exam of four true statements rewards a
learner who answers "true" throughout. `balance_true_false` runs over the finished exam: while
more than half of the items (rounded down) are true, or more than half (rounded up) false, so
that an odd count leans to false (1 of 3 true), items of that answer are turned, in
an order chosen by the seed (the material's hash, as `balance.py` orders options), into the
other answer, built by the same builder (`statement_builders.true_false`: a safe false version
of a fact, or a fact as written) and kept only if every validator passes it beside the other
items. The item's own fact is tried first, then the facts of its knowledge point, then (when
the blueprint named no points) any fact; its difficulty is kept unless the blueprint asked for a
mix (then the nearest level will do). Where
no such version exists the item stays: a forced, unsafe false is worse than a lean to true.
"""

from __future__ import annotations

from graphs.exam_generation.item_rebuilds import rebuilt, seeded_order
from graphs.exam_generation.material import Material
from graphs.exam_generation.modality_tells import untold_modality
from graphs.exams import Language, Question
from graphs.text.document import analysed


def balance_true_false(
    questions: list[Question],
    text: str,
    language: Language,
    seed: str,
    *,
    mixed: bool = True,
    any_point: bool = True,
) -> list[Question]:
    """The questions with true/false answers spread: no more than half of the items true
    (rounded down) nor false (rounded up) where the material allows the other; other questions unchanged. `mixed`: the
    blueprint asked for a mix of difficulties, so a turned item may change its level;
    `any_point`: it named no knowledge points, so a turned item may rest on another heading."""
    items = [i for i, q in enumerate(questions) if q.type == "true_false"]
    if len(items) < 2 or not text.strip():
        return questions
    out = list(questions)
    # An odd count leans to false: a true item copies the material, a false one tests a
    # misconception (two of three true only asks the learner to recognise the text).
    limits = {"true": len(items) // 2, "false": (len(items) + 1) // 2}
    material = Material.of(analysed(text), language)
    for answer in ("true", "false"):
        holding = [i for i in items if out[i].answer == [answer]]
        for i in seeded_order(holding, out, seed):
            if sum(out[j].answer == [answer] for j in items) <= limits[answer]:
                break
            others = [q for j, q in enumerate(out) if j != i]
            turned = rebuilt(
                out[i],
                material,
                others,
                want_true=out[i].answer != ["true"],
                mixed=mixed,
                any_point=any_point,
            )
            if turned is not None:
                out[i] = turned
    # A flipped modality (无须, need not) replaced where the fact's substance can be changed,
    # and its words carried by a true item too (session 16 designer D9).
    return untold_modality(out, material, seed, mixed=mixed, any_point=any_point)
