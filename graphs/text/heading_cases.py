"""Sentences whose heading is their condition: the material says the same sentence again, with
other figures, under another heading (「住宿报销上限为每晚500元」 under 出差一线城市, 「…350元」
under 出差其他城市). Alone, such a sentence is true of one case and false of the other; stated
with its heading ("出差一线城市：住宿报销上限为每晚500元。") it says which case it is for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.similarity import normalise
from graphs.text.terms import NUMBER_PATTERN

_HEADING = re.compile(r"^\s*#+\s*(.+?)\s*#*\s*$")
_SENTENCE = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+")


def heading_twin(sentence: str, material: str) -> tuple[str, str] | None:
    """(its own heading, "" before any, and the other heading) for a sentence the material says
    again with other figures under another heading, or None."""
    masked = _masked(sentence)
    if not masked or not NUMBER_PATTERN.search(sentence):
        return None
    own = None
    seen: list[tuple[str, str]] = []
    for heading, piece_masked, piece in _pieces(material):
        if piece_masked == masked:
            seen.append((heading, piece))
            if piece == normalise(sentence):
                own = heading
    others = [h for h, text in seen if h != own and text != normalise(sentence)]
    return (own, others[0]) if own is not None and others else None


@lru_cache(maxsize=32)
def _pieces(material: str) -> tuple[tuple[str, str, str], ...]:
    """The material's sentences, each as (its heading, masked, normalised): read once per
    material, not once per sentence asked about."""
    heading = ""
    pieces = []
    for line in material.splitlines():
        found = _HEADING.match(line)
        if found:
            heading = found.group(1).strip("*").strip()
            continue
        for piece in _SENTENCE.split(line):
            pieces.append((heading, _masked(piece), normalise(piece)))
    return tuple(pieces)


def clear_pieces() -> None:
    """Forget the materials read (see graphs/text/caches.py)."""
    _pieces.cache_clear()


def with_heading_case(heading: str, text: str, language: Language) -> tuple[str, str]:
    """The heading as the case a statement is for, to put in front of it, and the statement
    after it: 「出差一线城市，」 + 「住宿报销上限为每晚500元。」, "For economy fares, " + "the meal
    allowance is …"."""
    if language == "zh":
        return f"{heading}，", text
    return f"For {_lowered(heading)}, ", _lowered(text)


def _lowered(text: str) -> str:
    """A capital that only opens the words is lowered ("Economy fares"); an acronym's is kept."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def names_its_case(statement: str, heading: str) -> bool:
    """Whether a statement names the heading its sentence is the case of."""
    return bool(heading) and normalise(heading) in normalise(statement)


def _masked(text: str) -> str:
    return normalise(NUMBER_PATTERN.sub("#", text.strip().rstrip("。.;；")))
