"""The plug point for question writing: a small protocol, an offline and a model implementation.

A writer gets the slots of one question type and returns, per slot, a question or the reason it
could not write one. It need not be trusted: every question goes through `validation` afterwards,
whoever wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from graphs.exams import Language, Question, QuestionType
from graphs.text.document import Document


@dataclass(frozen=True, kw_only=True)
class WriteRequest:
    """Slots of one type to fill from a document, steering clear of what is already used."""

    question_type: QuestionType
    slots: list[dict[str, Any]]
    """`{"id", "type", "difficulty", "knowledge_point", "fixed_point"}` each."""
    document: Document
    points: list[dict[str, Any]]
    """Knowledge points: `{"name", "sentences", "chosen_by"}`."""
    language: Language
    """Wording of the questions."""
    avoid: frozenset[str] = frozenset()
    """Normalised stems and source quotes already in use."""
    relax_points: bool = False
    """Later rounds: a slot whose point was chosen by the engine may take any point."""
    share: tuple[int, int] = (0, 1)
    """(this branch, branches): the parallel type branches of one round try their own share of
    the material's facts first, so that two types rarely rest on the same fact."""
    reserved: frozenset[int] = frozenset()
    """Sentences the pending multiple-choice and short-answer slots need; other types try them last."""


@dataclass(kw_only=True)
class WriteResult:
    """Per slot id: the question written, or why none could be."""

    questions: dict[str, Question] = field(default_factory=dict)
    unfilled: dict[str, str] = field(default_factory=dict)


class QuestionWriter(Protocol):
    """Writes questions of one type for a batch of slots."""

    async def write(self, request: WriteRequest) -> WriteResult:
        """Fill as many of the request's slots as the material allows."""
        ...
