"""OfflineQuestionWriter: fills slots from the material's facts, no model needed.

Each slot walks its knowledge point's facts (figures first, then richer kinds), skipping facts
another question rests on; parallel type branches each try their own share first (fact_shares).
A slot no fact serves stays empty with a reason for a trainer: a shortfall, never padding.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import partial
from typing import Any

from graphs.exam_generation import clause_facts as clauses
from graphs.exam_generation import shortfall_reasons as reasons
from graphs.exam_generation.choice_builders import multiple_choice, single_choice
from graphs.exam_generation.clause_statements import statement_count
from graphs.exam_generation.draft_ranks import made_first
from graphs.exam_generation.fact_shares import (
    affordable,
    asked_whole,
    drafted,
    round_robin,
    split_share,
)
from graphs.exam_generation.importance import importance
from graphs.exam_generation.item_points import item_point
from graphs.exam_generation.later_cases import by_fact
from graphs.exam_generation.material import Material
from graphs.exam_generation.planning import MULTI_FACT_TYPES
from graphs.exam_generation.section_short_answers import short_answer_or_section
from graphs.exam_generation.standalone import verbless_note
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.wording import section_point
from graphs.exam_generation.writers import (
    WriteRequest,
    WriteResult,
    duplicate_text,
    key_marks,
    question_signature,
)
from graphs.exams import DIFFICULTIES, Difficulty, Question
from graphs.text.facts import Fact
from graphs.text.similarity import is_near_duplicate, normalise

MAX_TRIES = 80
"""Facts tried per slot; past this the material has nothing better to offer."""

CLAIM_SIZE = {"multiple_choice": 6, "short_answer": 5}
"""Facts of its point a multi-fact slot claims: statements, or a short answer's points."""


def claimed(material: Material, request: WriteRequest) -> dict[str, set[int]]:
    """Per claimed point, the sentences of its best facts for the claiming type (every branch
    computes the same)."""
    points = {p["name"]: p for p in request.points}
    out: dict[str, set[int]] = {}
    for kind, point in request.claims:
        indices = set(points.get(point, {}).get("sentences", []))
        facts = sorted(
            (f for f in material.facts if f.sentence in indices),
            key=partial(_fact_rank, question_type=kind),
        )
        if kind == "multiple_choice" and 0 < statement_count(material, facts) < MIN_STATEMENTS:
            taken = {other for _, other in request.claims if other != point}
            facts += _neighbour_facts(material, facts, kind, taken)
        if kind == "multiple_choice" and 0 < statement_count(material, facts) < MIN_STATEMENTS:
            facts += _heading_facts(material, facts, kind, set().union(*out.values()))
        # A fact stated with the sentence before it (its clause leans across a semicolon) uses
        # both: claimed whole, so no other type is dealt the sentence it shares.
        out.setdefault(point, set()).update(*(f.sentences for f in facts[: CLAIM_SIZE[kind]]))
    return affordable(out, material.facts, request.branches, asked_whole(request.claims, points))


def _heading_facts(
    material: Material, facts: list[Fact], kind: str, claimed_before: set[int]
) -> list[Fact]:
    """The other rules under the point's heading that no point before it claims. On a material
    without sections the planner's points are terms (「静置」 holds two sentences of a ten-rule
    procedure): a multiple choice on one claimed too few rules to state, the other types were
    dealt the rest, and it was never written (gas station procedure: 0 of 2). Its builder states
    rules of the whole heading (`Material.section_facts`), so the claim is made over it."""
    if material.part(facts[0].section) != facts[0].section:
        return []  # an FAQ answer: its builder states its question's rules and a neighbour's
    own = {id(f) for f in facts}
    rest = [
        f
        for f in material.section_facts(facts[0])
        if id(f) not in own and f.sentences.isdisjoint(claimed_before)
    ]
    ranked = sorted(rest, key=partial(_fact_rank, question_type=kind))
    return ranked[: MIN_STATEMENTS - len(facts)]


MIN_STATEMENTS = 4
"""Rules a multiple choice states: two or three true, the rest made false."""


def _neighbour_facts(
    material: Material, facts: list[Fact], kind: str, taken: set[str]
) -> list[Fact]:
    """A point with too few rules for a multiple choice claims a neighbouring heading's as well,
    the one its builder takes (`choice_builders.multiple_choice`), so that no other type is
    dealt them in the first round; never a heading another multi-fact slot claims (`taken`)."""
    for neighbour in material.neighbour_parts(facts[0]):
        if section_point(material.document, neighbour) in taken:
            continue
        more = material.part_facts(neighbour)
        if len(facts) + len(more) >= MIN_STATEMENTS:
            return sorted(more, key=partial(_fact_rank, question_type=kind))
    return []


def _fact_rank(fact: Fact, question_type: str) -> tuple[float, int]:
    # A figure with a rule around it (a deadline, a limit) before a bare figure (a store count).
    figure = "figure" in fact.kinds and len(fact.kinds) > 1
    wanted = {
        "single_choice": 2.0 * figure + ("responsibility" in fact.kinds),
        "fill_blank": 2.0 * figure + ("responsibility" in fact.kinds),
        "true_false": 1.0 * figure + 1.5 * (fact.modal is not None),
        "multiple_choice": 1.0 * figure + (fact.modal is not None),
        "short_answer": 1.0 * figure + (fact.modal is not None),
    }[question_type]
    # Safety, deadlines, prohibitions and duties before trivia (graphs/exam_generation/importance).
    # Not for true/false: it takes what the other types leave (a figure fact it states is one a
    # choice or fill-in could not ask), and pulling it towards their best facts costs them.
    weight = 0.0 if question_type in ("true_false", "multiple_choice") else importance(fact)
    return (-(wanted + 0.3 * len(fact.kinds) + weight), fact.sentence)


def _share(request: WriteRequest, material: Material, used: set[int]) -> set[int]:
    """Sentences of the facts this branch tries first (graphs/exam_generation/fact_shares).
    Every round drafts them among the single-fact branches over the facts open to them all
    (unused at the start of the batch, stated as a rule); those a multi-fact slot claims are
    drafted apart, after each type's own. (The first round dealt them round robin over every
    branch, the multi-fact ones too, whose shares went unused.)"""
    claims = claimed(material, request)
    reserved = set().union(*claims.values()) if claims else set()
    language = material.document.language
    open_facts = [f for f in material.facts if f.sentences.isdisjoint(used)]
    open_facts = [f for f in open_facts if not verbless_note(f.text, language)]
    kind, branches = request.question_type, request.branches
    free = tuple(f for f in open_facts if f.sentences.isdisjoint(reserved))
    held = tuple(f for f in open_facts if not f.sentences.isdisjoint(reserved))
    rank = made_first(material, _fact_rank)  # a fill-in drafts what it can blank first
    mine = drafted(free, branches, kind, rank)
    if mine is not None:
        return mine | (drafted(held, branches, kind, rank) or set())
    share, shares = request.share
    return round_robin(material.facts, share, shares)


def _slot_number(slot: dict[str, Any]) -> int:
    """The slot's number within its type ("true_false-3" -> 3)."""
    suffix = str(slot["id"]).rsplit("-", 1)[-1]
    return int(suffix) if suffix.isdigit() else 0


def nearest_levels(level: Difficulty) -> list[Difficulty]:
    """The other difficulties, nearest to `level` first (medium before the far end)."""
    rank = DIFFICULTIES.index(level)
    others = [d for d in DIFFICULTIES if d != level]
    return sorted(others, key=lambda d: (abs(DIFFICULTIES.index(d) - rank), DIFFICULTIES.index(d)))


@dataclass(frozen=True)
class _Attempt:
    """One slot being filled: the batch it belongs to, and the facts it may rest on."""

    request: WriteRequest
    material: Material
    used: set[int]
    """Sentences of facts other questions rest on (grows as the batch is written)."""
    stems: set[str]
    """Stems taken, normalised: accepted ones and this batch's."""
    slot: dict[str, Any]
    pool: list[Fact]
    point: str | None
    position: int
    answers: Counter[str]
    """Answers of the true/false items written so far in this batch ("true"/"false")."""


class OfflineQuestionWriter:
    """Writes questions on the material's facts (graphs.text.facts)."""

    async def write(self, request: WriteRequest) -> WriteResult:
        """Fill each slot with the first question its facts yield at its difficulty (on the
        loop; the graph's node runs `write_now` on an engine thread instead)."""
        return self.write_now(request)

    def write_now(self, request: WriteRequest) -> WriteResult:
        """`write`, synchronously: CPU work for an engine thread (graphs/engine.py)."""
        material = Material.of(request.document, request.language)
        result = WriteResult()
        used_quotes = set(request.avoid)
        # A fact is taken when an accepted question quotes it anywhere (a multiple choice's
        # explanation quotes every statement it rests on), or one clause of its rule.
        used = clauses.taken_sentences(material, used_quotes)
        points = {p["name"]: p for p in request.points}
        stems: set[str] = set(request.avoid)  # stems taken: accepted ones and this batch's
        answers: Counter[str] = Counter()
        mine = _share(request, material, used)
        for position, slot in enumerate(request.slots):
            pool, point = self._pool(request, material, slot, points, used, mine, stems)
            if not pool:
                result.unfilled[slot["id"]] = reasons.note(
                    request.language, "none_left", request.question_type, slot["difficulty"], point
                )
                continue
            attempt = _Attempt(request, material, used, stems, slot, pool, point, position, answers)
            made = self._fill_any(attempt)
            if made is None:
                result.unfilled[slot["id"]] = self._reason(attempt)
                continue
            question, sources = made
            if question.type == "true_false":
                answers.update(question.answer)
            stems.update((duplicate_text(question), normalise(question.source_quote)))
            result.questions[slot["id"]] = question
            used.update(*(f.sentences for f in sources))
        if not request.exclusive:
            self._spares(request, material, result, used, stems, mine)
        return result

    def _spares(self, request: WriteRequest, material: Material, result: WriteResult,
                used: set[int], stems: set[str], mine: set[int]) -> None:  # fmt: skip
        """A spare per slot written, on facts this batch leaves: in the open rounds a question
        refused for the fact another branch took lost its slot the round."""
        points = {p["name"]: p for p in request.points}
        written = [(i, s) for i, s in enumerate(request.slots) if s["id"] in result.questions]
        for position, slot in written:
            pool, point = self._pool(request, material, slot, points, used, mine, stems)
            made = self._fill_any(
                _Attempt(request, material, used, stems, slot, pool, point, position, Counter())
            )
            if made is not None:
                result.spares[slot["id"]] = made[0]
                stems.update((duplicate_text(made[0]), normalise(made[0].source_quote)))
                used.update(*(f.sentences for f in made[1]))

    def _pool(
        self,
        request: WriteRequest,
        material: Material,
        slot: dict[str, Any],
        points: dict[str, dict[str, Any]],
        used: set[int],
        mine: set[int],
        taken: set[str],
    ) -> tuple[list[Fact], str | None]:
        name = slot.get("knowledge_point")
        keep_point = bool(name) and (slot.get("fixed_point") or not request.relax_points)
        # A fact the validators refuse as a statement (a verbless note) is planned for no item
        # that states it; a short answer's scoring point may still be one.
        statements = request.question_type != "short_answer"
        # A single-fact item takes a rule of several facts clause by clause (clause_facts.py):
        # another item may ask the rule's other clauses.
        single = request.question_type not in MULTI_FACT_TYPES
        unused = [
            f
            for f in (by_fact(list(material.facts), material) if single else material.facts)
            if not clauses.asked_before(f, used, taken)
            and not (statements and verbless_note(f.text, material.document.language))
        ]
        facts = unused
        if keep_point:
            indices = set(points.get(str(name), {}).get("sentences", []))
            facts = [f for f in unused if f.sentence in indices]
        else:
            name = None
        rank = partial(_fact_rank, question_type=request.question_type)
        claims = claimed(material, request)
        if request.question_type in MULTI_FACT_TYPES:
            mine = claims.get(str(name), set())
            if request.exclusive and (mine or str(name) in claims):
                # A claim dropped for the single-fact slots (fact_shares.affordable) waits.
                facts = [f for f in facts if f.sentence in mine]
            return sorted(facts, key=rank), name
        reserved = set().union(*claims.values()) if claims else set()
        preferred, others = split_share(facts, mine, reserved)
        if not preferred and keep_point and not slot.get("fixed_point"):
            # The point's facts belong to other types: any fact of this type's share will do.
            name = None
            preferred, others = split_share(unused, mine, reserved)
        ordered = sorted(preferred, key=rank)
        if not request.exclusive:
            # Its own share of the facts claimed by multi-fact slots before the other types'.
            ordered += sorted(others, key=lambda f: (f.sentence not in mine, rank(f)))
        return ordered, name

    def _fill_any(self, attempt: _Attempt) -> tuple[Question, list[Fact]] | None:
        """The slot's level first; a flexible slot (a "mixed" blueprint) then the nearest other
        levels, in every round: the trainer asked for a mix, not for this level, and a slot that
        waited for the open round to take another level ran out of rounds (lab-safety-en: no
        true/false or single choice in rounds 1 and 2, all of them in round 3).

        A true/false slot tries every fact for its own answer (true or false, by slot number)
        before any other answer, so that an exam's items are not all "true"; a flexible one
        takes another level for its answer in any round, since false statements rate harder than
        true ones and a mix of levels should not cost the mix of answers."""
        level: Difficulty = attempt.slot["difficulty"]
        flexible = bool(attempt.slot.get("flexible"))
        true_false = attempt.request.question_type == "true_false"
        others = nearest_levels(level) if flexible else []
        tries: list[tuple[Difficulty, bool]] = []
        if true_false:
            tries += [(level, True)] + [(other, True) for other in others]
        tries.append((level, False))
        tries += [(other, False) for other in others]
        for each, strict in tries:
            made = self._fill_facts(attempt, each, strict=strict)
            if made is not None:
                return made
        return None

    def _fill(
        self, attempt: _Attempt, target: Difficulty | None = None
    ) -> tuple[Question, list[Fact]] | None:
        """A question at `target` (the slot's level by default), of any answer."""
        return self._fill_facts(attempt, target or attempt.slot["difficulty"], strict=False)

    def _fill_facts(
        self, attempt: _Attempt, level: Difficulty, *, strict: bool
    ) -> tuple[Question, list[Fact]] | None:
        kind = attempt.request.question_type
        for fact in attempt.pool[:MAX_TRIES]:
            if clauses.asked_before(fact, attempt.used, attempt.stems):
                continue
            name = item_point(attempt.material, fact, attempt.point, attempt.request.points, kind)
            made = self._build(attempt, fact, level, name, strict)
            if made is None or question_signature(made[0].model_dump()) in attempt.request.rejected:
                continue
            if key_marks(made[0]) & attempt.request.keys:
                continue  # the same key under the same point: one fact asked twice
            # One multi-fact question per point: a second would share its stem and facts.
            stems, text = attempt.stems, duplicate_text(made[0])
            if kind in MULTI_FACT_TYPES and any(is_near_duplicate(text, s) for s in stems):
                continue
            return made
        return None

    @staticmethod
    def _build(
        attempt: _Attempt, fact: Fact, level: Difficulty, name: str, strict: bool = False
    ) -> tuple[Question, list[Fact]] | None:
        request, material, used = attempt.request, attempt.material, attempt.used
        kind = request.question_type
        if kind in MULTI_FACT_TYPES:
            # Its point's claim, before the name changes to what the question asks about.
            point_claim = claimed(material, request).get(name) if request.exclusive else None
            part = material.part(fact.section)
            if part != fact.section:
                # An FAQ answer's question is not the topic of rules drawn from several answers:
                # the heading over the questions is.
                name = section_point(material.document, part) or name
            # Beyond its claim (its heading's rules, and a neighbour's where it claimed them).
            blocked = used | (
                {f.sentence for f in material.facts if f.sentence not in point_claim}
                if point_claim
                else set()
            )
            if kind == "multiple_choice":
                free = not any(t == "short_answer" and n for t, n in request.branches)
                return multiple_choice(material, fact, level, name, blocked, pairs_free=free)
            # A short answer carries its own reason: its points and what they hold rate it.
            return short_answer_or_section(material, fact, level, name, blocked)
        question: Question | None
        if kind == "true_false":
            # The answer this batch has fewer of, so that a slot whose false version failed
            # does not leave the exam leaning true; on a tie, by slot number (stable across
            # rounds), false first: a safe false statement is the scarcer kind, and a blueprint
            # the material cannot fill whole is short of its last slots, which then are trues.
            trues, falses = attempt.answers["true"], attempt.answers["false"]
            prefer_true = trues < falses if trues != falses else _slot_number(attempt.slot) % 2 == 0
            question = true_false(material, fact, level, name, prefer_true, only_preferred=strict)
        elif kind == "single_choice":
            question = single_choice(material, fact, level, name)
        else:
            question = fill_blank(material, fact, level, name)
        return (question, [fact]) if question is not None else None

    def _reason(self, attempt: _Attempt) -> str:
        """Why the slot stayed empty: the difficulties its rules do make, or that they make none."""
        level: Difficulty = attempt.slot["difficulty"]
        levels: list[Difficulty] = [
            other for other in DIFFICULTIES if other != level and self._fill(attempt, other)
        ]
        language, kind, point = (
            attempt.request.language,
            attempt.request.question_type,
            attempt.point,
        )
        if levels:
            return reasons.note(language, "other_levels", kind, level, point, levels)
        return reasons.note(language, "cannot_make", kind, level, point)
