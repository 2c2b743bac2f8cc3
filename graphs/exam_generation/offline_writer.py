"""OfflineQuestionWriter: fills slots from the analysed material, no model needed.

For each slot it walks the knowledge point's sentences, most informative first, skipping any
already used, and asks the type's builder for a question at the slot's difficulty. A slot no
sentence can serve stays empty with a reason; the graph reports it as a shortfall rather than
padding the exam.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphs.exam_generation.choice_builders import multiple_choice, single_choice
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.wording import point_of
from graphs.exam_generation.writers import WriteRequest, WriteResult
from graphs.exams import Difficulty, Language, Question
from graphs.text.document import DocSentence, Document
from graphs.text.similarity import normalise

MAX_TRIES = 60
"""Sentences tried per slot; past this the material has nothing better to offer."""
MAX_RUN = 5

Builder = Callable[[Document, DocSentence, Difficulty, Language, str], Question | None]

_TYPE_NAMES = {
    "single_choice": "single-choice",
    "multiple_choice": "multiple-choice",
    "true_false": "true/false",
    "fill_blank": "fill-in",
    "short_answer": "short-answer",
}


class OfflineQuestionWriter:
    """Writes questions from key terms and sentences of the material (graphs.text)."""

    async def write(self, request: WriteRequest) -> WriteResult:
        """Fill each slot with the first question its sentences yield at its difficulty."""
        result = WriteResult()
        used: set[str] = set(request.avoid)
        points = {p["name"]: p for p in request.points}
        for position, slot in enumerate(request.slots):
            pool, point = self._pool(request, slot, points)
            if not pool:
                result.unfilled[slot["id"]] = f"the material has no usable sentence about {point!r}"
                continue
            question = self._fill(request, slot, pool, point, used, position)
            if question is None:
                what = f"about {point!r} " if point else ""
                result.unfilled[slot["id"]] = (
                    f"no sentence {what}makes a {slot['difficulty']} "
                    f"{_TYPE_NAMES[slot['type']]} question that is not already used"
                )
                continue
            result.questions[slot["id"]] = question
            used.add(normalise(question.source_quote))
        return result

    def _pool(
        self, request: WriteRequest, slot: dict[str, Any], points: dict[str, dict[str, Any]]
    ) -> tuple[list[DocSentence], str | None]:
        document = request.document
        name = slot.get("knowledge_point")
        keep_point = name and (slot.get("fixed_point") or not request.relax_points)
        if keep_point:
            # A point the material never mentions gets no sentences, not the whole document.
            indices = points.get(str(name), {}).get("sentences", [])
        else:
            name, indices = None, range(len(document.sentences))
        pool = [document.sentences[i] for i in indices if document.sentences[i].score > 0]
        pool.sort(key=lambda s: (-s.score, s.index))
        return pool, name

    def _fill(
        self,
        request: WriteRequest,
        slot: dict[str, Any],
        pool: list[DocSentence],
        point: str | None,
        used: set[str],
        position: int,
    ) -> Question | None:
        document = request.document
        target: Difficulty = slot["difficulty"]
        for sentence in pool[:MAX_TRIES]:
            if normalise(sentence.text) in used:
                continue
            name = point_of(sentence, point)
            question: Question | None
            if request.question_type == "short_answer":
                run = self._run(document, sentence)
                if any(normalise(s.text) in used for s in run[1:]):
                    continue
                question = short_answer(document, run, target, request.language, name)
            elif request.question_type == "true_false":
                # Alternate which answer is tried first so true and false are both well represented.
                question = true_false(
                    document, sentence, target, request.language, name, position % 2 == 0
                )
            else:
                builder: Builder = {
                    "single_choice": single_choice,
                    "multiple_choice": multiple_choice,
                    "fill_blank": fill_blank,
                }[request.question_type]
                question = builder(document, sentence, target, request.language, name)
            if question is not None and normalise(question.stem) not in used:
                if request.question_type == "short_answer":
                    used.update(normalise(s.text) for s in self._run(document, sentence))
                return question
        return None

    @staticmethod
    def _run(document: Document, first: DocSentence) -> list[DocSentence]:
        """Consecutive sentences of the same section starting at `first`."""
        run = [first]
        for sentence in document.sentences[first.index + 1 : first.index + MAX_RUN]:
            if sentence.section != first.section:
                break
            run.append(sentence)
        return run
