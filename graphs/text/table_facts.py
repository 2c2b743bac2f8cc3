"""Facts of a table's cells: a value with its row's label and its column's header.

Only a cell that states a figure is a fact: a cell of words asked alone is guessed from the
other rows.
"""

from __future__ import annotations

from dataclasses import replace

from graphs.text.anchors import Anchor, anchors_of
from graphs.text.document import Document
from graphs.text.fact_kinds import kinds_of
from graphs.text.fact_record import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.tables import CellStatement


def _value_anchors(document: Document, lexicon: Lexicon, cell: CellStatement) -> list[Anchor]:
    value = cell.text[cell.value_start : cell.value_end]
    return [
        replace(a, start=a.start + cell.value_start, end=a.end + cell.value_start)
        for a in anchors_of(value, document, lexicon)
    ]


def has_figure(document: Document, lexicon: Lexicon, cell: CellStatement) -> bool:
    """A cell worth a question states a figure (a temperature, a threshold, a time): a cell of
    words ("Economy", 入会即享) asked alone is guessed from the other rows."""
    return any(a.role == "figure" for a in _value_anchors(document, lexicon, cell))


def cell_fact(
    document: Document,
    lexicon: Lexicon,
    index: int,
    section: str,
    place: int,
    cell: CellStatement,
    raw: str,
) -> Fact:
    """A table cell as a fact: its row's label and its column's header say what the value is of;
    only the value is asked."""
    anchors = [a for a in _value_anchors(document, lexicon, cell) if a.role == "figure"]
    kinds = kinds_of(cell.text, document.language, anchors, None)
    return Fact(
        sentence=index,
        text=cell.text,
        quote=raw,
        section=section,
        position=place,
        kinds=tuple(kinds),
        anchors=tuple(anchors),
        modal=None,
    )
