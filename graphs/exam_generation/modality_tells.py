"""A flipped modality that gives its answer away: changed for the fact's substance, or matched
by a true item that carries the same words.

Session 16 designer D9: six of fourteen true/false items were a duty flipped into 无须 / "need
not", and every one was false; a learner who answers "false" to any 无须 scores without knowing
the rule. The builders already try a near figure, a swapped term, an exception reversed or who
alone may act widened before a flipped modality, but only at the slot's level, and a flip rates
easier than any of them (difficulty.py), so an easy false slot took the flip whenever there was
one. Over the finished exam's true/false items, after their answers are spread:

1. an item made false by a flipped modality is rebuilt false by a change of substance, of its
   own fact first (item_rebuilds.py: its point's facts next); a fact another question rests on
   is not taken. Its level is kept; or, for a mix of levels, a change of substance rates harder
   (a flip is the easiest false), so a true item of that level is rebuilt true at the flip's
   level: the exam keeps the blueprint's count of each level, and the answers' spread;
2. where flip words of one class (无须 / need not; 可以 / may) are still carried by false items
   only, one true item that carries none is replaced by a fact that says such a word in its own
   right (顾客无须另付加工费, "Unopened boxes can be returned"), stated as written: the word
   then tells nothing.

Every replacement passes every validator beside the other items, or is not made.
"""

from __future__ import annotations

from collections.abc import Callable

from graphs.exam_generation.change_kinds import SURFACES, change_kind, surface_of
from graphs.exam_generation.item_rebuilds import candidate_levels, rebuilt, seeded_order
from graphs.exam_generation.material import Material
from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.facts import Fact
from graphs.text.similarity import normalise

_MODALITY = frozenset({"modality"})


def _statement(question: Question) -> str:
    return statement_of(question.stem)


def _free(questions: list[Question], i: int) -> set[str]:
    """The quotes the other questions rest on, normalised: facts not to take again."""
    return {normalise(q.source_quote) for j, q in enumerate(questions) if j != i}


def _taken(fact: Fact, taken: set[str]) -> bool:
    """Whether another question rests on the fact, its rule or one of its clauses."""
    quote = normalise(fact.quote)
    return any(quote in other or other in quote for other in taken)


def _unused(questions: list[Question], i: int) -> Callable[[Fact], bool]:
    """Facts item `i` may be rebuilt on: its own, or one no other question rests on."""
    taken, own = _free(questions, i), normalise(questions[i].source_quote)
    return lambda fact: normalise(fact.quote) == own or not _taken(fact, taken)


def _others(questions: list[Question], *skipped: int) -> list[Question]:
    return [q for j, q in enumerate(questions) if j not in skipped]


def _substance(
    out: list[Question], i: int, material: Material, seed: str, *, mixed: bool, any_point: bool
) -> None:
    """Item `i`, false by a flipped modality, made false by a change of substance in place: at
    its level; or (a mixed blueprint) at another level, while a true item of that level is
    rebuilt true at this one, so that the exam keeps the blueprint's count of each level."""
    level = out[i].difficulty
    for target in candidate_levels(out[i], mixed):
        made = rebuilt(
            out[i],
            material,
            _others(out, i),
            want_true=False,
            mixed=False,
            any_point=any_point,
            skip_kinds=_MODALITY,
            fits=_unused(out, i),
            levels=[target],
        )
        if made is None:
            continue
        if target == level:
            out[i] = made
            return
        trues = [
            j
            for j, q in enumerate(out)
            if j != i and q.type == "true_false" and q.answer == ["true"] and q.difficulty == target
        ]
        for j in seeded_order(trues, out, seed):
            trial = [made if k == i else q for k, q in enumerate(out)]
            partner = rebuilt(
                out[j],
                material,
                _others(trial, j),
                want_true=True,
                mixed=False,
                any_point=any_point,
                fits=_unused(trial, j),
                levels=[level],
            )
            if partner is not None:
                out[i], out[j] = made, partner
                return


def untold_modality(
    questions: list[Question], material: Material, seed: str, *, mixed: bool, any_point: bool
) -> list[Question]:
    """The questions with flipped modalities changed for substance where the material allows,
    and no flip word carried by false items alone where a true item can carry it."""
    out = list(questions)
    items = [i for i, q in enumerate(out) if q.type == "true_false"]
    flipped = [
        i
        for i in items
        if out[i].answer == ["false"]
        and change_kind(_statement(out[i]), out[i].source_quote, material) == "modality"
    ]
    for i in seeded_order(flipped, out, seed):
        _substance(out, i, material, seed, mixed=mixed, any_point=any_point)
    for name, words in SURFACES.items():
        carrying = [i for i in items if words.search(_statement(out[i]))]
        if not carrying or any(out[i].answer == ["true"] for i in carrying):
            continue
        plain = [
            i for i in items if out[i].answer == ["true"] and surface_of(_statement(out[i])) is None
        ]
        for i in seeded_order(plain, out, seed):
            unused = _unused(out, i)

            def says_it(
                fact: Fact, unused: Callable[[Fact], bool] = unused, name: str = name
            ) -> bool:
                return surface_of(fact.text) == name and unused(fact)

            made = rebuilt(
                out[i],
                material,
                _others(out, i),
                want_true=True,
                mixed=False,  # the exam's levels are the blueprint's
                any_point=any_point,
                fits=says_it,
            )
            if made is not None:
                out[i] = made
                break
    return out
