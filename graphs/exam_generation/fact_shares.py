"""Which facts each parallel type branch of a round tries first (its share).

The question types of one round are written in parallel branches that cannot talk to each other;
two branches resting a question on one fact lose one of them to the validators (the same fact
asked twice). So every branch deals the material's facts the same way and tries its own share
first. The first round deals them round robin (`round_robin`). In the later rounds, where a type
may take any fact, the single-fact types draft their shares (`drafted`): in turn, the type
furthest behind its pending slots takes the fact it ranks best of those left (`rank`), so that
single choice and fill-in, which both want a figure with a rule around it, split the figures
between them rather than one taking them all (a fill-in dealt only figure-less facts cannot ask
a number, and one dealt the same figures as a single choice loses them to it).

The multi-fact slots hold their points' best facts back in the first round (their claims); held
back over every point, they left a 17-rule terms document's 12 single-fact slots nothing to write
in that round, and those then collided on the same rules (fill-in 0 of 4 where alone it made 4 of
4; session 12 designer, m3: 0 of 4 single choice and fill-in). So claims are kept only while the
facts left unclaimed still give the pending single-fact slots their part (`affordable`); a slot whose
claim is dropped waits for the later rounds, where it takes any fact.

Facts that share a sentence (one stated alone and with the clause after it) are dealt as one: two
branches writing on them at once would collide and both lose the question.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import zip_longest
from typing import Any

from graphs.exam_generation.capacity import FACTS_PER_QUESTION
from graphs.exam_generation.planning import MULTI_FACT_TYPES
from graphs.text.facts import Fact

Rank = Callable[[Fact, str], Any]
"""A fact's rank for a question type: lower is tried first."""


def sentence_groups(facts: Iterable[Fact]) -> dict[int, int]:
    """Each sentence of a fact stated over several (and of the facts it shares one with) -> the
    first sentence of them all; a fact of one sentence that shares none is dealt alone."""
    facts = tuple(facts)
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    merged = [f.sentences | {f.sentence} for f in facts if len(f.sentences | {f.sentence}) > 1]
    for sentences in merged:
        first = root(min(sentences))
        for i in sentences:
            parent[root(i)] = first
    return {f.sentence: root(f.sentence) for f in facts if f.sentence in parent}


def _units(facts: tuple[Fact, ...]) -> dict[int, list[Fact]]:
    """The facts dealt as one, by the first sentence of their group, in material order."""
    group = sentence_groups(facts)
    units: dict[int, list[Fact]] = {}
    for f in facts:
        units.setdefault(group.get(f.sentence, f.sentence), []).append(f)
    return units


def round_robin(facts: tuple[Fact, ...], share: int, shares: int) -> set[int]:
    """Sentences of the facts dealt to branch `share` of `shares`, round robin over one order
    (most kinds first) that every branch computes alike."""
    common = sorted(facts, key=lambda f: (-len(f.kinds), f.sentence))
    group = sentence_groups(facts)
    dealt: dict[int, int] = {}
    for j, f in enumerate(common):
        dealt.setdefault(group.get(f.sentence, -1 - j), j % shares)
    return {
        f.sentence
        for j, f in enumerate(common)
        if dealt.get(group.get(f.sentence, -1 - j), j % shares) == share
    }


def drafted(
    facts: tuple[Fact, ...],
    branches: tuple[tuple[str, int], ...],
    question_type: str,
    rank: Rank,
) -> set[int] | None:
    """Sentences of the facts `question_type` drafts among the round's single-fact branches
    (`branches`: type and pending slots of each, in one order every branch shares), or None when
    it is no single-fact branch of them. `facts`: those open to the round, alike in every
    branch."""
    wanting = [(t, n) for t, n in branches if t not in MULTI_FACT_TYPES and n > 0]
    if question_type not in {t for t, _ in wanting}:
        return None
    units = _units(facts)
    best = {
        t: sorted(units, key=partial(_unit_rank, units=units, kind=t, rank=rank))
        for t, _ in wanting
    }
    picks = {t: 0 for t, _ in wanting}
    owner: dict[int, str] = {}
    order = {t: i for i, (t, _) in enumerate(wanting)}
    slots = dict(wanting)
    while len(owner) < len(units):
        turn = min(picks, key=lambda t: (picks[t] / slots[t], order[t]))
        unit = next(u for u in best[turn] if u not in owner)
        owner[unit] = turn
        picks[turn] += 1
    return {f.sentence for u, t in owner.items() if t == question_type for f in units[u]}


def _unit_rank(unit: int, units: dict[int, list[Fact]], kind: str, rank: Rank) -> tuple[Any, int]:
    """A unit's rank for a type: its best fact's, then material order."""
    return min(rank(f, kind) for f in units[unit]), unit


def split_share(
    facts: list[Fact],
    mine: set[int],
    reserved: set[int],
) -> tuple[list[Fact], list[Fact]]:
    """The facts of this branch's share (`mine`) that no multi-fact slot needs, and the rest."""
    preferred = [f for f in facts if f.sentence in mine and f.sentences.isdisjoint(reserved)]
    others = [f for f in facts if f not in preferred]
    return preferred, others


def affordable(
    claims: dict[str, set[int]],
    facts: Iterable[Fact],
    branches: tuple[tuple[str, int], ...],
    exclusive: frozenset[str] = frozenset(),
) -> dict[str, set[int]]:
    """The claims (in their order, the first always) kept while the material's facts outside
    them still give the pending single-fact slots (`branches`: type and pending slots) their part:
    one fact each, or where the material holds fewer facts than the round's slots rest on, their
    part of what it holds (`FACTS_PER_QUESTION`), so that no type takes all. A dropped claim
    holds nothing, and no claim holds a sentence an `exclusive` claim before it holds (a short
    answer's section asked whole); multiple choices may share theirs, as they always could."""
    sentences = {i for f in facts for i in f.sentences | {f.sentence}}
    singles = sum(n for t, n in branches if t not in MULTI_FACT_TYPES)
    needed = sum(FACTS_PER_QUESTION.get(t, 1) * n for t, n in branches)
    part = math.ceil(singles * min(1.0, len(sentences) / needed)) if needed else 0
    held: set[int] = set()
    asked_whole: set[int] = set()
    kept: dict[str, set[int]] = {}
    # Claims come in turns (claim_order): a multiple choice before a short answer's group holds
    # none of the group either (session 21: 「安全员」 took 「海绵池」's rules again).
    groups = set().union(*(c for p, c in claims.items() if p in exclusive))
    for point, whole in claims.items():
        # A headingless material's points are terms, and a multiple choice on 「安全员」 claimed
        # the rules a short answer on 「海绵池」 asks whole; two multiple choices on a ten-rule
        # list kept apart had none left (test_a_ten_rule_list_gets_its_multiple_choice).
        claim = whole - asked_whole if point in exclusive else whole - groups
        if kept and len(sentences - held - claim) < part:
            kept[point] = set()
            continue
        kept[point] = claim
        held |= claim
        if point in exclusive:
            asked_whole |= claim
    return kept


def asked_whole(
    claims: Iterable[Sequence[str]], points: dict[str, dict[str, Any]]
) -> frozenset[str]:
    """The points short answers claim to ask whole (a section, a subject group or an FAQ
    question's answer, not a term):
    their sentences are theirs alone (`affordable`'s `exclusive`)."""
    return frozenset(
        point
        for kind, point in claims
        if kind == "short_answer"
        and points.get(point, {}).get("chosen_by") in ("section", "subject", "answer")
    )


def claim_order(claims: Sequence[Sequence[str]]) -> list[list[str]]:
    """The pending multi-fact slots' claims (type, point) in the order `affordable` keeps them:
    short answers and multiple choices in turn, a short answer first. With every short answer
    first, a material too small for them all kept the short answers' claims and dropped every
    multiple choice's, and a 4/3/4/4/2 blueprint came back with none (session 21 lead: 0 of 12
    on four materials); in turn, the types share the shortfall."""
    short = [list(c) for c in claims if c[0] == "short_answer"]
    multi = [list(c) for c in claims if c[0] != "short_answer"]
    return [c for pair in zip_longest(short, multi) for c in pair if c is not None]
