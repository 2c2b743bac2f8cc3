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

import hashlib
from collections.abc import Iterator

from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import true_false
from graphs.exam_generation.validation import validate_question
from graphs.exam_generation.wording import section_point
from graphs.exams import DIFFICULTIES, Difficulty, Language, Question
from graphs.text import analyse
from graphs.text.facts import Fact
from graphs.text.similarity import normalise


def _facts_for(
    question: Question, material: Material, any_point: bool
) -> Iterator[tuple[Fact, str]]:
    """Candidates for the other answer, each with the knowledge point it would be asked under:
    the fact the statement was made from (its quote as written), the other facts of its
    knowledge point, then (`any_point`: the blueprint named no points) any other fact."""
    quote = normalise(question.source_quote)
    own = [f for f in material.facts if normalise(f.quote) == quote]
    point = question.knowledge_point
    yield from ((f, point) for f in own)
    rest = [f for f in material.facts if f not in own]
    named = {id(f): section_point(material.document, f.section) for f in rest}
    yield from ((f, point) for f in rest if named[id(f)] == point)
    if any_point:
        yield from ((f, named[id(f)]) for f in rest if named[id(f)] not in ("", point))


def _levels(question: Question, mixed: bool) -> list[Difficulty]:
    """The item's level, then (for a mixed blueprint) the others, nearest first."""
    rank = DIFFICULTIES.index(question.difficulty)
    others = sorted(
        (d for d in DIFFICULTIES if d != question.difficulty),
        key=lambda d: (abs(DIFFICULTIES.index(d) - rank), DIFFICULTIES.index(d)),
    )
    return [question.difficulty, *(others if mixed else [])]


def _order(indices: list[int], questions: list[Question], seed: str) -> list[int]:
    """The indices in an order chosen by the seed and each stem: stable for one material."""
    return sorted(
        indices,
        key=lambda i: hashlib.sha256(f"{seed}|{questions[i].stem}".encode()).digest(),
    )


def _turned(
    question: Question, material: Material, others: list[Question], mixed: bool, any_point: bool
) -> Question | None:
    """The item with the other answer, if one validates beside the other items."""
    want_true = question.answer != ["true"]
    answer = ["true"] if want_true else ["false"]
    for fact, point in _facts_for(question, material, any_point):
        for level in _levels(question, mixed):
            made = true_false(material, fact, level, point, want_true, only_preferred=True)
            if made is None or made.answer != answer:
                continue
            accepted, problems = validate_question(made.model_dump(), material.text, others)
            if accepted is not None and not problems:
                return made.model_copy(update={"score": question.score, "number": question.number})
    return None


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
    material = Material.of(analyse(text), language)
    for answer in ("true", "false"):
        holding = [i for i in items if out[i].answer == [answer]]
        for i in _order(holding, out, seed):
            if sum(out[j].answer == [answer] for j in items) <= limits[answer]:
                break
            others = [q for j, q in enumerate(out) if j != i]
            turned = _turned(out[i], material, others, mixed, any_point)
            if turned is not None:
                out[i] = turned
    return out
