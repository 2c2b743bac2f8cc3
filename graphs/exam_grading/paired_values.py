"""A point that pairs things with values, read pair by pair: swapped, or one pair given.

A point may pair two subjects each with a value of one kind, in parallel clauses: "汽油为红色，
柴油为黄色" (the colours that keep two fuels apart), "彩色样张由机长签字，黑白样张由班长签字",
"Red wine tastings are led by the sommelier, white wine tastings by the tour guide", "印版保留30天，
样张保留7天". Every word of such a point can be in an answer that pairs them the other way round
("汽油标黄色，柴油标红色"): the words are all there, the rule is told wrong, and for a safety
rule that is the whole point (session 21 end designer D14: full marks for swapped fuel colours).

A clause's *subject* is its first word that the parallel clause does not hold (汽油, 彩色); its
*values* are the words and figures after it that the parallel clause does not hold either
(红色; 机长), paired in order with the other clause's (红色 with 黄色, 机长 with 班长). Two values
pair only when they are of one kind: a word class (nouns with nouns), a figure's dimension.
In the answer, a subject takes the first of the pair's values after it in its clause, before the
next subject (so "red … by the guide and white … by the sommelier" gives each its own).
- *swapped* (`swapped_pairing`): a subject holds the other's value and nowhere its own, and the
  other subject holds this one's value, or the two values differ only in what they are alike in
  (红色 / 黄色, 机长 / 班长: one head, or both staff roles; two figures of one dimension): contradicted.
- *one pair given* (`one_pairing`): one subject holds its own value, the other subject is not
  named: the answer gives one of the point's two facts, partial, naming the one left out.
Values before their subject ("红色是汽油的") are not read, so never judged swapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graphs.exam_grading.figures import Figure
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK, CONDITION, Term, occurrences
from graphs.exam_grading.roles import roles_in
from graphs.exams import Language
from graphs.text.quantities import Quantity, parse_quantities, same_quantity
from graphs.text.word_class import word_class

_POINT_BREAK = re.compile(r"[：:]|" + CLAUSE_BREAK.pattern)
"""Between a point's clauses; its heading ("…分别标识颜色：") is a clause of its own."""


@dataclass(frozen=True)
class Value:
    """A value of a clause: one of the point's words, or a figure (`quantity`)."""

    text: str
    quantity: Quantity | None = None

    def spans(self, text: str, language: Language) -> list[tuple[int, int]]:
        """Where the value stands in `text` (a figure wherever a figure of its value does)."""
        if self.quantity is None:
            return occurrences(self.text, text, language)
        return [(s, e) for q, s, e in parse_quantities(text) if same_quantity(q, self.quantity)]


@dataclass(frozen=True)
class Pairing:
    """Two parallel clauses of a point: each subject with its value."""

    subjects: tuple[str, str]
    values: tuple[Value, Value]
    clauses: tuple[int, int]
    """Where the two clauses stand among the point's (`point_clauses`)."""
    alike: bool
    """The values differ only in what they are alike in (one head, both roles, one dimension)."""


@dataclass(frozen=True)
class Swap:
    """A subject given the other subject's value."""

    subject: str
    wanted: str
    given: str
    clause: int
    """The point's clause of the subject (`point_clauses`)."""
    said: int
    """The answer's clause that gives it the other value (split at CLAUSE_BREAK)."""


def pairings(point: str, terms: Sequence[Term], language: Language) -> list[Pairing]:
    """The point's pairs of parallel clauses with the values they pair (module doc)."""
    words = [t.text for t in terms]
    clauses = point_clauses(point)
    items = list(enumerate(_items(c, words, language) for c in clauses))
    found: list[Pairing] = []
    for first, mine in items:
        for second, theirs in items[first + 1 :]:
            own = [i for i in mine if not any(_same(i, t) for t in theirs)]
            other = [i for i in theirs if not any(_same(i, m) for m in mine)]
            if not _parallel(own, other, language) or CONDITION.search(clauses[first]):
                continue
            for one, two in zip(own[1:], other[1:], strict=False):
                if _one_kind(one, two, language):
                    subjects = (own[0].text, other[0].text)
                    alike = _alike(one, two, language)
                    found.append(Pairing(subjects, (one, two), (first, second), alike))
    return found


def point_clauses(point: str) -> list[str]:
    """The point's clauses, its heading one of them ("…分别标识颜色：")."""
    return [c.strip() for c in _POINT_BREAK.split(point) if c.strip()]


def swapped_pairing(
    point: str, answer: str, terms: Sequence[Term], language: Language
) -> Swap | None:
    """The first subject the answer gives the other subject's value (module doc)."""
    for pairing in pairings(point, terms, language):
        given = _given(pairing, answer, language)
        for me, you in ((0, 1), (1, 0)):
            mine, yours = pairing.values[me], pairing.values[you]
            subject = pairing.subjects[me]
            if (subject, yours) not in given or (subject, mine) in given:
                continue
            if pairing.alike or (pairing.subjects[you], mine) in given:
                clause = pairing.clauses[me]
                return Swap(subject, mine.text, yours.text, clause, given[subject, yours])
    return None


def one_pairing(point: str, answer: str, terms: Sequence[Term], language: Language) -> int | None:
    """The point's clause the answer leaves out where it gives one pair right and never names the
    other subject ("汽油标红色" of "汽油为红色，柴油为黄色": 柴油为黄色; `point_clauses`)."""
    for pairing in pairings(point, terms, language):
        if not pairing.alike:
            continue  # no certain pairing: the clauses may be two rules of their own
        given = _given(pairing, answer, language)
        for me, you in ((0, 1), (1, 0)):
            if (pairing.subjects[me], pairing.values[me]) in given and not occurrences(
                pairing.subjects[you], answer, language
            ):
                return pairing.clauses[you]
    return None


def _given(pairing: Pairing, answer: str, language: Language) -> dict[tuple[str, Value], int]:
    """(subject, value) for each subject of the pairing with the first of its values after it in
    its clause of the answer, before the next subject; with that clause's index."""
    given: dict[tuple[str, Value], int] = {}
    for at, clause in enumerate(CLAUSE_BREAK.split(answer)):
        starts = sorted(
            (s, subject)
            for subject in pairing.subjects
            for s, _ in occurrences(subject, clause, language)
        )
        for index, (start, subject) in enumerate(starts):
            end = starts[index + 1][0] if index + 1 < len(starts) else len(clause)
            placed = [
                (s, value)
                for value in pairing.values
                for s, _ in value.spans(clause, language)
                if start < s < end
            ]
            if placed:
                given.setdefault((subject, min(placed, key=lambda p: p[0])[1]), at)
    return given


def _items(clause: str, words: Sequence[str], language: Language) -> list[Value]:
    """The clause's words of the point and its figures, in order."""
    placed = [(s, Value(w)) for w in words for s, _ in occurrences(w, clause, language)[:1]]
    placed += [(s, Value(clause[s:e], q)) for q, s, e in parse_quantities(clause)]
    return [v for _, v in sorted(placed, key=lambda p: p[0])]


_MOST_ITEMS = 3
"""A clause of a pairing holds its subject and one or two values of its own; one with more (a
list: 门禁密码、打印额度、…) pairs nothing."""


def _parallel(own: list[Value], other: list[Value], language: Language) -> bool:
    """Two clauses' own items are a subject and values alike: as many, a subject each that is
    no figure and no verb (汽油 / 柴油, red / white)."""
    return (
        2 <= len(own) == len(other) <= _MOST_ITEMS
        and own[0].quantity is None
        and other[0].quantity is None
        and "verb" not in (word_class(own[0].text, language), word_class(other[0].text, language))
    )


def _same(one: Value, two: Value) -> bool:
    if one.quantity is not None and two.quantity is not None:
        return same_quantity(one.quantity, two.quantity)
    return one.text == two.text


def _one_kind(one: Value, two: Value, language: Language) -> bool:
    if one.quantity is not None or two.quantity is not None:
        return (
            one.quantity is not None
            and two.quantity is not None
            and one.quantity.dimension == two.quantity.dimension
        )
    return word_class(one.text, language) == word_class(two.text, language)


def _alike(one: Value, two: Value, language: Language) -> bool:
    if one.quantity is not None:
        return True  # one dimension (`_one_kind`): 30天 and 7天 are both retention times
    if language == "zh" and len(one.text) > 1 and one.text[-1] == two.text[-1]:
        return True  # one head: 红色 / 黄色, 机长 / 班长
    return bool(roles_in(one.text, language) and roles_in(two.text, language))


def swapped_pairs(
    point: str,
    canonical_point: str,
    answer: str,
    canonical_answer: str,
    terms: Sequence[Term],
    language: Language,
) -> PointJudgement | None:
    """The point contradicted where the answer swaps a pairing, its note quoting the learner's
    clause beside the point's (答成：汽油卸油口标黄色，要点为汽油为红色)."""
    swap = swapped_pairing(canonical_point, canonical_answer, terms, language)
    if swap is None:
        return None
    wanted = _written(point, canonical_point, swap.clause)
    said = CLAUSE_BREAK.split(answer)[swap.said].strip()
    return PointJudgement(
        point,
        "contradicted",
        f"pairs {swap.subject} with {swap.given} where the point pairs it with {swap.wanted}",
        flipped=True,
        figure=Figure(None, None, -1, False, said=wanted),
        rival=Figure(None, None, -1, False, said=said),
    )


def one_pair_given(
    point: str,
    canonical_point: str,
    canonical_answer: str,
    terms: Sequence[Term],
    language: Language,
) -> PointJudgement | None:
    """The point partly answered where the answer gives one of its pairings only, its note naming
    the pairing left out (缺少：柴油为黄色)."""
    left_out = one_pairing(canonical_point, canonical_answer, terms, language)
    if left_out is None:
        return None
    lacks = _written(point, canonical_point, left_out)
    return PointJudgement(
        point, "partial", f"gives one of its pairings, not: {lacks}", named=True, lacks=lacks
    )


def _written(point: str, canonical_point: str, clause: int) -> str:
    """The point's clause as the point writes it (its canonical form where the two split apart)."""
    written, canonical = point_clauses(point), point_clauses(canonical_point)
    return (written if len(written) == len(canonical) else canonical)[clause]
