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

from graphs.exam_grading.figures import Figure, clause_of
from graphs.exam_grading.point_terms import Term, occurrences
from graphs.exam_grading.vocabulary import Vocabulary, lemma
from graphs.exams import Language
from graphs.text.day_words import ONE_DAY, SAME_DAY
from graphs.text.quantities import Quantity, parse_quantities, same_quantity
from graphs.text.word_class import word_class

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


def counts_another_thing(
    point: str,
    wanted: Sequence[Figure],
    answer: str,
    given: Figure,
    language: Language,
    vocabulary: Vocabulary,
) -> bool:
    """Whether the answer's figure `given` counts a thing that no figure
    of its kind in the point counts: 一个大人 counts the adults (成人), 3名儿童 the children, so
    「一个大人最多带两个小孩」 gives no wrong count for 一名成人最多陪同2名儿童 (session 24, issue 11).
    A figure is compared only with the figure of the same counted thing; where either names no
    noun right after it (3名以上, 两个), or is no count of people or things (90 minutes), nothing
    is told apart."""
    at = figure_position(given, answer)
    if at is None or not _a_count(given):
        return False
    noun = counted_noun(answer, at + len(given.written), language, vocabulary)
    if not noun:
        return False
    theirs = [
        counted_noun(point, point.find(w.written) + len(w.written), language, vocabulary)
        for w in wanted
        if w.written and w.written in point and w.rivals(given) and _a_count(w)
    ]
    return bool(theirs) and all(t and t != noun for t in theirs)


def _a_count(figure: Figure) -> bool:
    """A count of people or things (一个, 3名, two children), or a bare number; not of times: 一次
    检查 counts no thing, 检查 is what is done once."""
    quantity = figure.quantity
    return quantity is not None and quantity.dimension in (None, "people", "items")


def counted_noun(text: str, start: int, language: Language, vocabulary: Vocabulary) -> str:
    """The noun a figure ending at `start` counts, read through the synonym groups (大人 as 成人);
    "" where no noun follows it."""
    rest = vocabulary.canonical(text[start : start + 12])
    if language == "zh":
        found = re.match(r"[\u4e00-\u9fff]{2}", rest)
        word = found.group() if found else ""
    else:
        match = re.match(r"\s*([a-z][a-z-]{2,})", rest, re.I)
        word = lemma(match.group(1).lower()) if match else ""
    return word if word and word_class(word, language) in ("noun", "name") else ""


def figure_position(figure: Figure, answer: str) -> int | None:
    """Where the figure stands in the answer: its written form in its own clause."""
    if not figure.written or figure.clause < 0:
        return None
    for match in re.finditer(re.escape(figure.written), answer):
        if clause_of(answer, match.start()) == figure.clause:
            return match.start()
    return None
