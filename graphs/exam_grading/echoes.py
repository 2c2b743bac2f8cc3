"""What in a short answer only echoes the question: its questions and its copies of the stem.

A learner who copies the stem ("员工患有腹泻或发热时应如何处理？") or asks it back in other words
states no fact, however many of the scoring points' words it repeats (a sentence that completes the
stem with a figure it does not print is no copy). `without_echoes` drops those sentences
(and the numbers of the answer's parts: part_numbers.py),
and the sentences made only of fragments the stem prints word for word ("Greet every guest ...
When the queue is longer than ..."), before the scoring points are read, so a copied stem earns nothing
and an answer that opens by restating the question is judged on the rest.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from graphs.exam_grading.part_numbers import without_part_numbers
from graphs.text.quantities import Quantity, quantities_of, same_quantity

ECHO_RATIO = 85
"""rapidfuzz ratio (0-100) above which a sentence of the answer is a copy of one of the stem's."""
QUESTION_ECHO_RATIO = 60
"""The same for a question: one that asks the stem back in other words states nothing, but a
statement with a tag ("须在2小时内上报，对吗？") is not dropped unless it is close to the stem."""

_QUESTION_END = re.compile(r"[？?]\s*$")
_FOLD = re.compile(r"[\W_]+", re.UNICODE)


def _folded(text: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).lower())


def sentences(text: str) -> list[str]:
    """The sentences of `text`, each with its closing punctuation."""
    found: list[str] = []
    for part in re.findall(r"[^。！？!?\n]+[。！？!?]*|\n", text):
        found.extend(p for p in re.split(r"(?<=\.)\s+", part) if p.strip())
    return found


def without_echoes(answer: str, stem: str) -> str:
    """`answer` without its copies of a sentence of `stem` and the questions that ask it back,
    and without the numbers of its parts, which echo the question's numbering (part_numbers.py)."""
    answer = without_part_numbers(answer)
    stem_sentences = [_folded(s) for s in sentences(stem)]
    stem_sentences = [s for s in stem_sentences if s]
    printed = quantities_of(stem)
    kept = []
    for sentence in sentences(answer):
        folded = _folded(sentence)
        echo = QUESTION_ECHO_RATIO if _QUESTION_END.search(sentence) else ECHO_RATIO
        if any(fuzz.ratio(folded, s) >= echo for s in stem_sentences) and not _adds_a_figure(
            sentence, printed
        ):
            continue
        kept.append(sentence)
    folded_stem = _folded(stem)
    trimmed = [_without_copied_fragments(sentence, folded_stem) for sentence in kept]
    if len(kept) == len(sentences(answer)) and trimmed == kept:
        return answer
    return " ".join(s.strip() for s in trimmed if _folded(s))


def _adds_a_figure(sentence: str, printed: list[Quantity]) -> bool:
    """A figure the stem does not print: "Count sheets are kept for two years" completes the
    stem's "(2) Count sheets are kept for ...", however close it is to it, and is no echo."""
    return any(not any(same_quantity(q, p) for p in printed) for q in quantities_of(sentence))


def _without_copied_fragments(sentence: str, folded_stem: str) -> str:
    """`sentence`, or nothing when all its fragments (between commas, semicolons, ellipses) are
    printed word for word by the stem: "门店提供免费验光服务，一次完整的验光检查……" copied from the
    stem states nothing, while "不能当场解决的，24小时内由店长联系顾客" adds words of its own and is
    kept whole (the copied condition is part of what it states)."""
    pieces = _FRAGMENT_BREAK.split(sentence)
    kept = [
        piece
        for piece in pieces
        if _FRAGMENT_BREAK.fullmatch(piece)
        or len(_folded(piece)) < MIN_COPIED_FRAGMENT
        or _folded(piece) not in folded_stem
    ]
    if len(kept) == len(pieces) or len(_folded("".join(kept))) >= MIN_COPIED_FRAGMENT:
        return sentence  # it adds words of its own: the copied condition frames them
    return ""


MIN_COPIED_FRAGMENT = 4
"""Folded characters a fragment needs to count as copied (shorter ones are common words)."""
_FRAGMENT_BREAK = re.compile(r"(\s*(?:[，,；;：:、]|…+|\.{3,})\s*)")
