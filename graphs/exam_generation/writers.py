"""The plug point for question writing: a small protocol, an offline and a model implementation.

A writer gets the slots of one question type and returns, per slot, a question or the reason it
could not write one. It need not be trusted: every question goes through `validation` afterwards,
whoever wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from graphs.exam_generation.blanks import blank_answers
from graphs.exams import Language, Question, QuestionType
from graphs.text.document import Document
from graphs.text.similarity import normalise


@dataclass(frozen=True, kw_only=True)
class WriteRequest:
    """Slots of one type to fill from a document, steering clear of what is already used."""

    question_type: QuestionType
    slots: list[dict[str, Any]]
    """`{"id", "type", "difficulty", "flexible", "knowledge_point", "fixed_point"}` each
    (graphs.exam_generation.planning)."""
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
    branches: tuple[tuple[str, int], ...] = ()
    """(type, pending slots) of every type branch of the round, in type order: the single-fact
    types draft their shares from these (graphs/exam_generation/fact_shares)."""
    exclusive: bool = False
    """Early rounds: a single-fact type takes only facts of its own share and none reserved, so
    that parallel branches cannot rest two questions on one fact; the last round takes any."""
    claims: tuple[tuple[str, str], ...] = ()
    """(type, point) of every pending multiple-choice and short-answer slot: the best facts of
    those points are theirs, and the single-fact types leave them alone in early rounds."""
    rejected: frozenset[str] = frozenset()
    """`question_signature`s of questions the validators rejected: not to be written again."""
    keys: frozenset[str] = frozenset()
    """`key_mark`s of the accepted choice and fill-in items: a second item asking the same key
    under the same point is one fact asked twice, which the validators would refuse."""


def key_marks(question: Question) -> set[str]:
    """ "point|key" for each key of a single-choice or fill-in item (normalised)."""
    if question.type not in ("single_choice", "fill_blank"):
        return set()
    return {f"{question.knowledge_point}|{normalise(a)}" for a in blank_answers(question)}


def question_signature(question: dict[str, Any]) -> str:
    """What identifies a question's content: its stem and options, normalised."""
    options = " ".join(str(o.get("text", "")) for o in question.get("options", []))
    return normalise(f"{question.get('stem', '')} {options}")


def duplicate_text(question: Question) -> str:
    """What two questions of one exam must not share, nor nearly: the stem, normalised; for a
    multiple choice, its stem with its statements. A multiple choice's stem is only the ask, the
    same for every one on a material without headings (「下列关于本规程的说法，哪些正确？」), and
    its statements are the question: compared by the stem alone, a ten-step procedure made one
    multiple choice of the three asked (issue 11, session 15)."""
    if question.type == "multiple_choice":
        return question_signature(question.model_dump())
    return normalise(question.stem)


@dataclass(kw_only=True)
class WriteResult:
    """Per slot id: the question written, or why none could be."""

    questions: dict[str, Question] = field(default_factory=dict)
    unfilled: dict[str, str] = field(default_factory=dict)
    spares: dict[str, Question] = field(default_factory=dict)
    """Per slot, a second question on other facts, validated only when the slot's question is
    refused (parallel branches of one round may rest two questions on one fact)."""


class QuestionWriter(Protocol):
    """Writes questions of one type for a batch of slots."""

    async def write(self, request: WriteRequest) -> WriteResult:
        """Fill as many of the request's slots as the material allows."""
        ...
