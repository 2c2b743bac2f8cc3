"""The Fact record: one checkable statement of a material, with the spans a question may ask.

`facts.py` reads a material's sentences into these; `table_facts.py` and `inline_lists.py` make
them of table cells and of lists run into their lead-in's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphs.text.anchors import Anchor
from graphs.text.fact_kinds import FactKind


@dataclass(frozen=True)
class Fact:
    """One checkable statement of the material."""

    sentence: int
    """Index of its sentence in the Document."""
    text: str
    """The statement: the sentence without markup or FAQ prefix."""
    quote: str
    """The sentence verbatim, as the material has it."""
    section: str
    position: int
    """0 for the first sentence under its heading, 1 for the next, ...: distance from the heading."""
    kinds: tuple[FactKind, ...]
    anchors: tuple[Anchor, ...]
    modal: tuple[str, int, int] | None
    """The modal cue as written and its offsets in `text`, or None."""
    lead: int | None = None
    """The sentence stated in front of this one because it points back to it, or None."""
    answer: bool = False
    """Part of an FAQ answer: what it is about is partly the question's (a cue taken from it,
    "(2) The parent …", cannot be answered without the question)."""

    @property
    def sentences(self) -> frozenset[int]:
        """Every sentence of the material this fact states: a question on it uses them all."""
        return frozenset((self.sentence,) if self.lead is None else (self.lead, self.sentence))
