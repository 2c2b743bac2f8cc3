"""Which of a point's words each of its figures belongs to, so swapped figures are caught.

A point with two figures of one kind ("库内货物离地至少15厘米、离墙至少10厘米", "reported the same
day and investigated within 48 hours") gives each to a word of its own: the subject of that
figure is the point's term nearest it in its clause piece (split at ，、；, so 离墙 is not 15厘米's).
Chinese puts a figure on either side of its word (离墙10厘米, 24小时内回复), English after it
("investigated within 48 hours"); 当天 / "the same day" is a deadline of one day here. An answer that puts two figures of the point each beside the
other's subject, and neither beside its own, has swapped them ("离地10厘米、离墙15厘米"): every
figure is there, yet the rule is told wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graphs.exam_grading.figures import Figure
from graphs.exam_grading.point_terms import Term, occurrences
from graphs.exam_grading.vocabulary import lemma
from graphs.exams import Language
from graphs.text.day_words import ONE_DAY, SAME_DAY
from graphs.text.quantities import Quantity, parse_quantities, same_quantity

_RANGE = re.compile(r"\s*(?:-|~|～|到|至|to|and)\s*")
"""Between the two ends of a range (1到2周, 0-4℃): one figure, whose ends share a word."""
_PIECE_BREAK = re.compile(r"[，,、；;。！？!?\n]|\.(?=\s|$)")


@dataclass(frozen=True)
class Misplaced:
    """A figure of the point put with another figure's subject: what the answer gave there."""

    subject: str
    wanted: Quantity
    given: Quantity

    def figures(self) -> tuple[Figure, Figure]:
        """The point's figure for that subject and the one the answer put there, as Figures."""
        return Figure(self.wanted, None, -1, False), Figure(self.given, None, -1, False)


def misplaced_figure(
    point: str, answer: str, terms: Sequence[Term], language: Language
) -> Misplaced | None:
    """The first subject of the point whose place in the answer holds another of its figures."""
    own = _subjects(point, [t.text for t in terms], language)
    subjects = {subject: quantity for quantity, subject in own if subject}
    if len(subjects) < 2:
        return None
    placed = _subjects(answer, list(subjects), language)
    for quantity, subject in placed:
        if subject is None or same_quantity(quantity, subjects[subject]):
            continue
        owner = [s for s, q in subjects.items() if same_quantity(q, quantity)]
        if not owner or subjects[subject].dimension != quantity.dimension:
            continue
        if any(s == owner[0] and same_quantity(q, quantity) for q, s in placed):
            continue  # it stands beside its own subject too
        if any(s == owner[0] and same_quantity(q, subjects[subject]) for q, s in placed):
            return Misplaced(subject, subjects[subject], quantity)  # each where the other was
    return None


def _subjects(
    text: str, words: Sequence[str], language: Language
) -> list[tuple[Quantity, str | None]]:
    """Each figure of `text` with the word of `words` nearest it in its piece (None: no word)."""
    spans = [(word, s, e) for word in words for s, e in occurrences(word, text, language)]
    found = []
    same_day = [(ONE_DAY, m.start(), m.end()) for m in SAME_DAY.finditer(text)]
    figures = parse_quantities(text)
    ranged: set[int] = set()
    for index in range(len(figures) - 1):
        if _RANGE.fullmatch(text[figures[index][2] : figures[index + 1][1]]):
            ranged |= {index, index + 1}
    figures = [f for index, f in enumerate(figures) if index not in ranged]
    for quantity, start, end in figures + same_day:
        piece = _piece(text, start)
        best: tuple[int, str] | None = None
        for word, s, e in spans:
            if _piece(text, s) != piece:
                continue
            if e <= start:
                distance = start - e
            elif language == "zh" and s >= end:
                distance = s - end
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, word)
        found.append((quantity, best[1] if best else None))
    return found


def _piece(text: str, position: int) -> int:
    return len(_PIECE_BREAK.findall(text[:position]))


def counted_alike(
    point: str, answer: str, wanted: Sequence[Figure], given: Sequence[Figure], language: Language
) -> tuple[Figure, Figure] | None:
    """(the point's count, the answer's) where both count the same thing with other numbers:
    "training only after five collisions" for "… two collisions within 12 months must repeat
    the refresher training", 五次碰撞 for 两次碰撞. The counted word right after the figure
    names the fact, so the point is told wrong, not left out."""
    for w in wanted:
        counted = _counted(point, w.written, language)
        if not counted:
            continue
        for g in given:
            if (
                g.rivals(w)
                and not g.matches(w)
                and _counted(answer, g.written, language) == counted
            ):
                return w, g
    return None


def _counted(text: str, written: str, language: Language) -> str:
    """The word a figure counts, right after it: "two collisions" -> collision, 两次碰撞 -> 碰撞."""
    at = text.find(written) if written else -1
    if at < 0:
        return ""
    rest = text[at + len(written) :]
    if language == "zh":
        found = re.match(r"[\u4e00-\u9fff]{2}", rest)
        return found.group() if found else ""
    found = re.match(r"\s+([a-z]{3,})", rest, re.I)
    return lemma(found.group(1)) if found else ""
