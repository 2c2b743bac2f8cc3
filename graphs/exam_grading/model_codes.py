"""Model codes and versions are names, not figures: SG-5K, KF-35GW, HP-9X, Wi-Fi 6, USB 3.0.

The quantity reader (graphs/text/quantities.py) reads the 5 of "SG-5K 为 97.6%" and the 6 of
"Wi-Fi 6" as bare numbers, so a point naming a model asked for them as figures: "部分答到（缺少：5）"
for an answer that gave 97.6% (session 18 end teacher T11: "A model code is not a quantity").
A code that already opens on its letters (IP65, R32, AX3000) is read as no number at all.

The grader reads point, stem and answer with each such number spelled in letters inside its
code (`masked`: SG-5K -> SG-FK, Wi-Fi 6 -> Wi-Fi-G), the same way on every side, so the code is
one word of the point like any other name; what it writes for the learner is read back
(`unmasked`). A number is a code's when it is a bare number (no unit) and is joined by a hyphen
to letters with a capital before it (SG-5K, COVID-19), or follows a capitalised name and one
space (Wi-Fi 6, USB 3.0, HDMI 2.1). "Level 3", "3-5 days" and "5 kg" are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, TypeVar, cast

from graphs.exams import Question
from graphs.text.quantities import parse_quantities

_HYPHENED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]*[A-Z][A-Za-z]*-$")
"""Letters with a capital joined by a hyphen to the number: SG-5K, HP-9X, KF-35GW."""
_NAMED = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z]{2,}|[A-Z][a-z]*-[A-Z][a-z]*) $")
"""A capitalised name and one space before the number: USB 3.0, HDMI 2.1, Wi-Fi 6."""
_LETTERS = str.maketrans("0123456789.", "ABCDEFGHIJP")

T = TypeVar("T")


@dataclass(frozen=True)
class CodeNumber:
    """The number of a model code or version: where it stands, its code's name and text."""

    start: int
    end: int
    spaced: bool
    """A space joins it to its name (Wi-Fi 6)."""
    name: str
    """The letters before it, upper case (SG, WI-FI): two codes of one name are one family."""
    written: str
    """The whole code as the text writes it (SG-5K, Wi-Fi 6)."""


def code_numbers(text: str) -> list[CodeNumber]:
    """Each number of `text` that is part of a model code or version (module doc)."""
    found = []
    for quantity, start, end in parse_quantities(text):
        before = text[max(0, start - 12) : start]
        head = _HYPHENED.search(before) or _NAMED.search(before)
        if quantity.dimension is not None or head is None:
            continue
        tail = re.match(r"[A-Za-z0-9]*", text[end:])
        closed = end + (len(tail.group()) if tail else 0)
        name = head.group()[:-1].upper()
        written = text[start - len(head.group()) : closed]
        found.append(CodeNumber(start, end, head.group().endswith(" "), name, written))
    return found


def _told_two_ways(texts: tuple[str, ...]) -> frozenset[str]:
    """Names of codes written with two numbers across `texts` (KF-35GW, KF-26GW): another model
    named where the point names one is a figure told wrong, so those are left as figures."""
    said: dict[str, set[str]] = {}
    for text in texts:
        for code in code_numbers(text):
            said.setdefault(code.name, set()).add(code.written.upper())
    return frozenset(name for name, written in said.items() if len(written) > 1)


def masked(text: str, kept: frozenset[str] = frozenset()) -> str:
    """`text` with each code's number spelled in letters (module doc), but the codes of the
    names `kept`; the rest unchanged."""
    for code in reversed(code_numbers(text)):
        if code.name in kept:
            continue
        letters = text[code.start : code.end].translate(_LETTERS)
        opened = code.start - 1 if code.spaced else code.start
        joint = "-" if code.spaced else ""
        text = f"{text[:opened]}{joint}{letters}{text[code.end :]}"
    return text


def code_table(*texts: str, kept: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each code of `texts` as `masked` writes it (lower case) -> as the text wrote it."""
    table: dict[str, str] = {}
    for text in texts:
        for code in code_numbers(text):
            if code.name in kept:
                continue
            table[masked(code.written).lower()] = code.written
            own = text[code.start : code.start + len(code.written) - len(code.name) - 1]
            if len(own) >= 3:  # 35GW: a word reader may cut the code
                table[own.translate(_LETTERS).lower()] = own
    return table


def unmasked(value: T, table: dict[str, str]) -> T:
    """`value` (a text, a tuple or a dataclass holding them) with each masked code written as
    the text wrote it."""
    result: Any = value
    if not table:
        return value
    if isinstance(value, str):
        for code, written in sorted(table.items(), key=lambda item: -len(item[0])):
            result = re.sub(re.escape(code), written.replace("\\", r"\\"), result, flags=re.I)
    elif isinstance(value, tuple):
        result = tuple(unmasked(item, table) for item in value)
    elif is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: unmasked(getattr(value, f.name), table) for f in fields(value) if f.init}
        result = replace(value, **changes)
    return cast(T, result)


def judged_with_codes_as_names(
    question: Question, answer: str, judge: Callable[[Question, str], T]
) -> T:
    """`judge`'s verdict on `answer`, read with the codes of question and answer masked, and
    its texts (points, reasons, the learner's words) written back as they were."""
    texts = (question.stem, *(question.scoring_points or question.answer[:1]), answer)
    kept = _told_two_ways(texts)
    table = code_table(*texts, kept=kept)
    if not table:
        return judge(question, answer)
    read = question.model_copy(
        update={
            "stem": masked(question.stem, kept),
            "scoring_points": [masked(p, kept) for p in question.scoring_points],
            "answer": [masked(a, kept) for a in question.answer],
        }
    )
    return unmasked(judge(read, masked(answer, kept)), table)
