"""Distractors of the same kind as the key: a duration among durations, a role among roles.

- A figure gets figures of the same unit: first those the material itself states elsewhere (they
  are what a learner may confuse), then plausible near values (x2, /2, a step up or down).
- A role gets the material's other roles.
- A term gets the material's terms of the same word class, and preferably the same head (the
  last character of a Chinese compound, the head noun of an English phrase: 金卡会员 among 银卡会员
  and 普通会员), of a similar length.
A candidate is dropped when it occurs in the fact's own sentence (it would also be right there),
when it contains the key or the key contains it, or when the fact with the candidate put in the
key's place is a sentence of the material (then the key is not unique).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import fuzz

from graphs.exam_generation.near_values import (
    DIGITS,
    figure_unit,
    figure_value,
    near_values,
    too_close,
)
from graphs.text.anchors import Anchor
from graphs.text.facts import Fact
from graphs.text.figure_sense import least_value
from graphs.text.similarity import normalise
from graphs.text.terms import CLOCK_PATTERN, RANGE_PATTERN

MIN_FIGURE_LIKENESS = 0.45
"""How close (0-1, log scale) a figure the material states elsewhere must be to serve as a
distractor: 60分 or 90分 for a pass mark of 80分, not 1分."""


@dataclass(frozen=True)
class Candidate:
    """A distractor, how easily it is mistaken for the key (0-1), and its rank among the others
    (material figures before made-up ones at equal likeness)."""

    text: str
    likeness: float
    rank: float


def _figure_likeness(key: str, other: str) -> float:
    a, b = figure_value(key), figure_value(other)
    if a is None or b is None or a == 0 or b == 0 or (a > 0) != (b > 0):
        return 0.3
    return max(0.0, 1.0 - abs(math.log(abs(a) / abs(b))) / 2.5)


def _plural(term: str) -> bool:
    head = term.split()[-1].lower() if term.split() else term
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _same_format(key: str, other: str) -> bool:
    """Both whole numbers or both with the same number of decimals (1.67 is no option for 320)."""
    a, b = DIGITS.search(key), DIGITS.search(other)
    if a is None or b is None:
        return False
    return _decimals(a.group()) == _decimals(b.group())


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _head(term: str, zh: bool) -> str:
    """The head a same-kind term must share: the last two characters of a Chinese compound of
    three or more (金卡会员 / 银卡会员, not 温度 / 浓度), the head noun of an English phrase."""
    if zh:
        return term[-2:] if len(term) >= 3 else term
    return term.split()[-1].lower() if term.split() else term


def _same_head(key: str, other: str, zh: bool) -> bool:
    head = _head(key, zh)
    if zh and len(key) < 3:
        return False  # two-character words share no head to tell their kind by
    if head != _head(other, zh) or len(other) <= len(head):
        return False
    # 冷库温度 against 冷冻库温度: one modifier inside the other is a near synonym, not a rival.
    mine, theirs = key[: -len(head)], other[: -len(head)]
    return not (_subsequence(mine, theirs) or _subsequence(theirs, mine))


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long.lower())
    return bool(short) and all(c in letters for c in short.lower())


def _term_likeness(key: Anchor, other: Anchor, zh: bool, same_section: bool) -> float:
    same_head = 1.0 if _head(key.text, zh) == _head(other.text, zh) else 0.0
    shape = 1.0 - min(1.0, abs(len(key.text) - len(other.text)) / max(len(key.text), 1))
    spelling = fuzz.ratio(key.text, other.text) / 100
    return 0.35 * same_head + 0.25 * shape + 0.15 * spelling + 0.25 * same_section


def _fits_form(key: Anchor, other: str, zh: bool) -> bool:
    """Same form as the key: similar length; for English the same capitalisation pattern."""
    if zh:
        return abs(len(other) - len(key.text)) <= max(2, len(key.text) // 2)
    if key.text[:1].isupper() != other[:1].isupper():
        return False
    if _plural(key.text) != _plural(other):
        return False  # "employee" among "managers": grammar would give the key away
    words = len(key.text.split())
    return abs(len(other.split()) - words) <= 1 and len(other) <= 2.2 * len(key.text) + 4


def _spread_figures(key: str, pool: list[Candidate]) -> list[Candidate]:
    """Figure distractors nearest first, alternating below and above the key, none within 10% of
    another (24天 and 25天 side by side would mark each other as the decoys)."""
    value = figure_value(key) or 0.0
    if RANGE_PATTERN.fullmatch(key.strip()):
        return sorted(pool, key=lambda c: (-c.rank, c.text))  # ranges differ by their ends
    clock = CLOCK_PATTERN.fullmatch(key.strip()) is not None  # an hour apart is apart enough
    kept: list[Candidate] = []
    for candidate in sorted(pool, key=lambda c: (-c.rank, c.text)):
        number = figure_value(candidate.text)
        if number is None or number == value:
            continue
        if not clock and any(
            (other := figure_value(k.text)) is not None and too_close(number, other, key)
            for k in kept
        ):
            continue
        kept.append(candidate)
    below = [c for c in kept if (figure_value(c.text) or 0) < value]
    above = [c for c in kept if (figure_value(c.text) or 0) > value]
    out: list[Candidate] = []
    for i in range(max(len(below), len(above))):
        out.extend(side[i] for side in (below, above) if i < len(side))
    return out


def _makes_true(fact: Fact, anchor: Anchor, other: str, material: str) -> bool:
    filled = fact.text[: anchor.start] + other + fact.text[anchor.end :]
    return normalise(filled) in normalise(material)


def distractors(
    fact: Fact,
    anchor: Anchor,
    facts: tuple[Fact, ...],
    material: str,
    zh: bool,
) -> list[Candidate]:
    """Same-kind distractors for the anchor of a fact, most alike first."""
    sentence = normalise(fact.text)
    key = normalise(anchor.text)
    seen: dict[str, Candidate] = {}

    def offer(text: str, likeness: float, bonus: float = 0.0) -> None:
        norm = normalise(text)
        if not norm or norm in sentence or norm in key or key in norm or norm in seen:
            return
        if _makes_true(fact, anchor, text, material):
            return
        seen[norm] = Candidate(text, likeness, likeness + bonus)

    if anchor.role == "figure":
        unit = figure_unit(anchor.text)
        floor = least_value(fact.text, anchor.start, anchor.end)
        top = 100.0  # a score's scale: 100, or the highest the material states (600分)
        for other in facts:
            for candidate in other.anchors:
                if candidate.role != "figure" or figure_unit(candidate.text) != unit:
                    continue
                top = max(top, figure_value(candidate.text) or 0.0)
                likeness = _figure_likeness(anchor.text, candidate.text)
                # A figure of another order of magnitude (1分 for a pass mark of 80分) is absurd.
                if likeness >= MIN_FIGURE_LIKENESS and _same_format(anchor.text, candidate.text):
                    offer(candidate.text, likeness, bonus=0.1)
        for value in near_values(anchor.text, 6, top):
            likeness = _figure_likeness(anchor.text, value)
            if likeness >= MIN_FIGURE_LIKENESS:
                offer(value, likeness)
        pool = [c for c in seen.values() if floor is None or (figure_value(c.text) or 0.0) >= floor]
        return _spread_figures(anchor.text, pool)
    else:
        for other in facts:
            for candidate in other.anchors:
                if candidate.role != anchor.role or candidate.word_class != anchor.word_class:
                    continue
                if candidate.semantic != anchor.semantic:
                    continue
                text = candidate.text if zh or anchor.text[:1].isupper() else candidate.text.lower()
                if not _fits_form(anchor, text, zh):
                    continue
                if anchor.role == "term" and not _same_head(anchor.text, text, zh):
                    # A plain term is only safely "of the same kind" with the same head word.
                    continue
                offer(text, _term_likeness(anchor, candidate, zh, other.section == fact.section))
    return _apart(sorted(seen.values(), key=lambda c: (-c.rank, c.text)))


def _apart(pool: list[Candidate]) -> list[Candidate]:
    """No option inside another: 药师 beside 执业药师 are one role and its kind, so either both
    are wrong or the learner cannot choose. The more alike of the two is kept."""
    kept: list[Candidate] = []
    for candidate in pool:
        norm = normalise(candidate.text)
        if any(norm in (other := normalise(k.text)) or other in norm for k in kept):
            continue
        kept.append(candidate)
    return kept


def figure_variants(key: str, pool: list[Candidate], size: int) -> list[list[Candidate]]:
    """Closest, middle and farthest sets of figure distractors, each holding the key's nearest
    neighbour on either side it has one: 16周岁 among 14 and 18 and a third, never among 10, 21
    and 25, where the key is the one value in the gap; 80% among 75% and 90%, never among 40%,
    30% and 25%, all on one side. How far the third (or the rest) lies sets the difficulty."""
    if len(pool) < size:
        return []
    value = figure_value(key) or 0.0

    def nearest(side: list[Candidate]) -> list[Candidate]:
        return [max(side, key=lambda c: c.likeness)] if side else []

    below = [c for c in pool if (figure_value(c.text) or 0.0) < value]
    above = [c for c in pool if (figure_value(c.text) or 0.0) > value]
    neighbours = nearest(below) + nearest(above)
    if RANGE_PATTERN.fullmatch(key.strip()) or not neighbours:
        neighbours = []  # ranges differ by their ends, not by one side of a value
    neighbours = neighbours[:size]
    rest = [c for c in pool if c not in neighbours]
    need = size - len(neighbours)
    middle = max(0, len(rest) // 2 - need // 2)
    sets = [rest[:need], rest[middle : middle + need], rest[len(rest) - need :]]
    unique: list[list[Candidate]] = []
    for extra in sets:
        chosen = neighbours + extra
        if len(chosen) == size and chosen not in unique:
            unique.append(chosen)
    return unique
