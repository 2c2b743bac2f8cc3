"""One true/false item rebuilt on the exam's finished list: another answer, or another change.

Both passes over the finished true/false items (true_false_balance.py spreads the answers,
modality_tells.py replaces a flipped modality that tells its answer) rebuild an item the same
way: with the builder that made it (`statement_builders.true_false`), from the item's own fact
first, then the facts of its knowledge point, then (when the blueprint named no points) any
fact; at its level unless the blueprint asked for a mix (then the nearest level will do); kept
only if every validator passes it beside the other items.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

from graphs.exam_generation.item_points import rule_topic
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import true_false
from graphs.exam_generation.validation import validate_question
from graphs.exam_generation.wording import section_point
from graphs.exams import DIFFICULTIES, Difficulty, Question
from graphs.text.facts import Fact
from graphs.text.similarity import normalise


def candidate_facts(
    question: Question, material: Material, any_point: bool
) -> Iterator[tuple[Fact, str]]:
    """Facts to rebuild the item on, each with the knowledge point it would be asked under:
    the fact the statement was made from (its quote as written), the other facts of its
    knowledge point, then (`any_point`: the blueprint named no points) any other fact."""
    quote = normalise(question.source_quote)
    facts = material.facts
    own = [f for f in facts if normalise(f.quote) == quote]
    point = question.knowledge_point
    yield from ((f, point) for f in own)
    rest = [f for f in facts if f not in own]
    named = {id(f): section_point(material.document, f.section) for f in rest}
    yield from ((f, point) for f in rest if named[id(f)] == point)
    if any_point:
        # Under its own rule's topic, not the document's title (item_points.rule_topic).
        topic = {id(f): rule_topic(material.document, f) or named[id(f)] for f in rest}
        yield from ((f, topic[id(f)]) for f in rest if named[id(f)] not in ("", point))


def candidate_levels(question: Question, mixed: bool) -> list[Difficulty]:
    """The item's level, then (for a mixed blueprint) the others, nearest first."""
    rank = DIFFICULTIES.index(question.difficulty)
    others = sorted(
        (d for d in DIFFICULTIES if d != question.difficulty),
        key=lambda d: (abs(DIFFICULTIES.index(d) - rank), DIFFICULTIES.index(d)),
    )
    return [question.difficulty, *(others if mixed else [])]


def seeded_order(indices: list[int], questions: list[Question], seed: str) -> list[int]:
    """The indices in an order chosen by the seed and each stem: stable for one material."""
    return sorted(
        indices,
        key=lambda i: hashlib.sha256(f"{seed}|{questions[i].stem}".encode()).digest(),
    )


def rebuilt(
    question: Question,
    material: Material,
    others: list[Question],
    *,
    want_true: bool,
    mixed: bool,
    any_point: bool,
    skip_kinds: frozenset[str] = frozenset(),
    fits: Callable[[Fact], bool] | None = None,
    levels: list[Difficulty] | None = None,
) -> Question | None:
    """The item rebuilt with the answer `want_true` asks for (a false one by no change of
    `skip_kinds`, from a fact that `fits`, at one of `levels` when given), if one validates
    beside the other items."""
    answer = ["true"] if want_true else ["false"]
    for fact, point in candidate_facts(question, material, any_point):
        if fits is not None and not fits(fact):
            continue
        for level in levels or candidate_levels(question, mixed):
            made = true_false(
                material, fact, level, point, want_true, only_preferred=True, skip_kinds=skip_kinds
            )
            if made is None or made.answer != answer:
                continue
            accepted, problems = validate_question(made.model_dump(), material.text, others)
            if accepted is not None and not problems:
                return made.model_copy(update={"score": question.score, "number": question.number})
    return None
