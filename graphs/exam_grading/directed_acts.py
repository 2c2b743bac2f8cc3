"""An act with a direction said the other way round: the two things of the point swapped.

"Add acid to water, never water to acid" answered "Add the water to the acid slowly" holds every
word of the point, yet tells the learner to do the dangerous thing it forbids. So does
「把主漆加入固化剂」 for 「须把固化剂加入主漆」, and "the acid first, then the water" (adding acid to
water puts the water there first). A point's direction is read from a clause that moves one
thing into, onto or to another (English into/onto/to; Chinese 把/将 X 倒入/加入/放进… Y, X 加到 Y,
往/向 Y 里 加/倒… X): what moves and where it goes. A clause that denies it ("never water to
acid", 不得把主漆加入固化剂) gives the same direction the other way round. The answer reverses the
point when a clause of it, not denied, moves the point's goal into its mover, or puts the mover
first and the goal after it (first … then, before; 先 … 再/后). The point's own direction in
other words ("pour the acid into the water", "water first, then the acid", 先放水再倒药粉) is no
reversal. The learner's sentence is kept for the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.point_terms import CLAUSE_BREAK, occurrences, tokens_with_offsets
from graphs.exam_grading.scope import negated
from graphs.exams import Language

_EN_TOWARD = re.compile(r"\s(?:into|onto|to|in\s+to)\s", re.IGNORECASE)
_ZH_TOWARD = re.compile(r"(?:[倒加放兑掺注装灌滴撒投添混拌][入进到]|[注投混掺]入)")
_ZH_INTO_THE = re.compile(
    r"[往向朝](?P<goal>[^，,；;。]+?)[里中内]?(?P<verb>[倒加放兑掺注装灌滴撒投添])"
)
_EN_ORDER = (
    re.compile(
        r"^\W*first\b(?P<first>.+?)\b(?:then|after that|next|and then)\b(?P<then>.+)$", re.I
    ),
    re.compile(
        r"^(?P<first>.+?)\bfirst\b\W*(?:and\s+)?(?:then|after that|next)\b(?P<then>.+)$", re.I
    ),
    re.compile(r"^(?P<first>.+?)\sbefore\s(?P<then>.+)$", re.I),
)
_ZH_GOAL_END = re.compile(r"[后再然才并]|之后|以后")
_EN_GOAL_END = re.compile(r"\b(?:then|and|before|after|until|once|first)\b", re.IGNORECASE)
_EN_WINDOW = 3
"""Words either side of into/onto/to that can name the things moved: a noun phrase's."""
_EN_MOVING = re.compile(
    r"^(?:add|pour|tip|put|move|transfer|bring|take|send|return|carry|attach|connect|apply"
    r"|deliver|hand|pass|feed|load|drain|empty|drop|mix|stir|blend|lower|raise|fit|tie|clip)"
    r"(?:s|es|ed|d|ing|ping|ped|ring|red)?$",
    re.IGNORECASE,
)
"""A verb that moves a thing to another: a plain "to" directs only after one ("add acid to
water"), not after "asking a guest to leave" (an infinitive: no direction)."""
_ZH_ORDER = re.compile(r"先(?P<first>[^；;。]+?)(?:然后|之后|以后|后|再)(?P<then>[^；;。]+)")
_SENTENCE = re.compile(r"(?:[^。！？!?;；\n.]|\.(?=\S))+")
"""A sentence; not cut at a decimal point (2.5 mol)."""
ENUMERATOR = re.compile(r"^\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*[.、)）])\s*")
"""The number a learner puts before each part of the answer: (2), （2）, 2., 2、."""
_EN_FILLER = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "any",
        "of",
        "never",
        "not",
        "no",
        "don't",
        "do",
        "slowly",
        "carefully",
        "always",
        "only",
        "first",
        "then",
        "it",
        "them",
        "this",
        "that",
    ]
)
_ZH_THINGS = ("n", "s", "vn", "nz", "eng")


@dataclass(frozen=True)
class Direction:
    """One thing moved into another: the words naming each."""

    mover: frozenset[str]
    goal: frozenset[str]


@dataclass(frozen=True)
class Turned:
    """The point's direction reversed in the answer: why, and the sentence that does it."""

    reason: str
    said: str


def direction_of(point: str, language: Language) -> Direction | None:
    """The one direction the point's clauses give (a denied clause, the other way round); none
    where they give none or disagree."""
    found: set[tuple[frozenset[str], frozenset[str]]] = set()
    for mover, goal, denied, _ in _moves(point, language):
        words = (_things(mover, language), _things(goal, language))
        if all(words):
            found.add((words[1], words[0]) if denied else words)
    if not found:
        return None
    movers = frozenset().union(*(m for m, _ in found))
    goals = frozenset().union(*(g for _, g in found))
    if movers & goals:
        return None  # the point moves each into the other: no one direction
    return Direction(mover=movers, goal=goals)


def turned_round(point: str, answer: str, language: Language) -> Turned | None:
    """The answer's clause that moves the point's goal into its mover (not denied), or puts the
    mover first and the goal after it; none where it keeps the point's direction."""
    direction = direction_of(point, language)
    if direction is None:
        return None
    turned = [at for kept, at in readings(answer, direction, language) if not kept]
    return _turned(_sentence_at(answer, turned[0])) if turned else None


def readings(answer: str, direction: Direction, language: Language) -> Iterator[tuple[bool, int]]:
    """(kept, where) for each clause of the answer that moves the point's things one into the
    other (denied: the other way round), and each sentence that orders them (the goal first
    keeps the direction: the acid is added to the water already there)."""
    for moved, into, denied, at in _moves(answer, language):
        if way := _way(moved, into, direction, language):
            yield (way == "forward") != denied, at
    for first, then, at in _orders(answer, language):
        if way := _way(first, then, direction, language):
            yield way == "backward", at


def _way(before: str, after: str, direction: Direction, language: Language) -> str:
    """ "forward" where `before` names the mover and `after` the goal, "backward" the other way
    round, "" where neither or both sides name both."""
    mover, goal = direction.mover, direction.goal
    if _names(before, mover, language) and _names(after, goal, language):
        return "" if _names(before, goal, language) else "forward"
    if _names(before, goal, language) and _names(after, mover, language):
        return "" if _names(after, goal, language) else "backward"
    return ""


def only_direction(point: str, language: Language) -> bool:
    """Whether the point is one direction and nothing else: each clause moves its things, no
    figure."""
    clauses = [c for c in CLAUSE_BREAK.split(point) if c.strip()]
    moves = [m for m in _moves(point, language) if all(_things(s, language) for s in m[:2])]
    return len(moves) == len(clauses) and not figures_of(point, language, in_point=True)


def _turned(said: str) -> Turned:
    return Turned(f"turns the point's direction round: {said}", said)


def _moves(text: str, language: Language) -> Iterator[tuple[str, str, bool, int]]:
    """Each clause's (what moves, where it goes, denied, where the clause starts): the words
    right before the mark of direction and right after it (an infinitive's "to" has no thing
    of the point right after it: "tell the technician to clean spills")."""
    offset, moving = 0, False
    for clause in CLAUSE_BREAK.split(text):
        at, offset = text.find(clause, offset), offset + len(clause)
        if language == "zh":
            if into := _ZH_INTO_THE.search(clause):
                start = at + into.start("verb")
                mover = _ZH_GOAL_END.split(clause[into.end("verb") :])[0]
                yield mover, into["goal"], negated(text, start, start + 1, language), at
                continue
            toward = _ZH_TOWARD.search(clause)
            if toward is None:
                continue
            before = clause[: toward.start()]
            mover = re.split(r"[把将]", before)[-1] if re.search(r"[把将]", before) else before
            goal = _ZH_GOAL_END.split(clause[toward.end() :])[0]
        else:
            toward = _EN_TOWARD.search(clause)
            if toward is None:
                continue
            words = clause[: toward.start()].split()
            plain_to = toward.group().strip().lower() == "to"
            verb_near = any(_EN_MOVING.match(w) for w in words[-_EN_WINDOW - 1 :])
            elided = moving and len(words) <= _EN_WINDOW + 1  # ", never the base to the …"
            if plain_to and not (verb_near or elided):
                continue  # "before asking a guest to leave": no thing moved anywhere
            moving = moving or verb_near or not plain_to
            verb = int(len(words) > 1 and words[0][:1].isupper())  # "Add acid", "Pour the …"
            mover = " ".join(words[verb:][-_EN_WINDOW:])
            after = _EN_GOAL_END.split(clause[toward.end() :])[0].split()
            if plain_to:  # its first thing alone: "to" + a verb
                after = [w for w in after if w.lower() not in _EN_FILLER][:1]
            goal = " ".join(after[:_EN_WINDOW])
        start, end = at + toward.start(), at + toward.end()
        yield mover, goal, negated(text, start, end, language), at


def _orders(text: str, language: Language) -> Iterator[tuple[str, str, int]]:
    """Each sentence's (what comes first, what comes after, where it starts)."""
    for sentence in _SENTENCE.finditer(text):
        for rule in (_ZH_ORDER,) if language == "zh" else _EN_ORDER:
            if match := rule.search(sentence.group()):
                yield match["first"], match["then"], sentence.start()
                break


def _things(segment: str, language: Language) -> frozenset[str]:
    """The words of a segment that name things (no verbs, no fillers)."""
    if language == "zh":
        return frozenset(
            token.word.rstrip("里中内上")
            for _, token in tokens_with_offsets(segment)
            if token.pos.startswith(_ZH_THINGS) and token.word not in {"把", "将"}
        ) - {""}
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", segment.lower())
    return frozenset(w for w in words if w not in _EN_FILLER)


def _names(segment: str, words: frozenset[str], language: Language) -> bool:
    return any(occurrences(word, segment, language) for word in words)


def _sentence_at(answer: str, index: int) -> str:
    for match in _SENTENCE.finditer(answer):
        if index < match.end():
            return ENUMERATOR.sub("", match.group()).strip()
    return answer.strip()
