"""OfflineQuestionWriter: fills slots from the material's facts, no model needed.

For each slot it walks the facts of the slot's knowledge point (facts with figures, then those with
more kinds: obligations, responsibilities, conditions), skipping facts another question already
rests on, and asks the type's builder for a question at the slot's difficulty. The question types
of one exam are written in parallel branches; to keep them off each other's facts in the first
round, each branch tries its own share of the facts first (`WriteRequest.share`). A slot no fact
can serve stays empty with a reason written for a trainer; the graph reports it as a shortfall
rather than padding the exam.
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.choice_builders import multiple_choice, single_choice
from graphs.exam_generation.material import Material
from graphs.exam_generation.planning import MULTI_FACT_TYPES
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.wording import clean_point
from graphs.exam_generation.writers import WriteRequest, WriteResult
from graphs.exams import Question
from graphs.text.facts import Fact
from graphs.text.similarity import normalise

MAX_TRIES = 80
"""Facts tried per slot; past this the material has nothing better to offer."""

_TYPE_NAMES = {
    "zh": {
        "single_choice": "单选题",
        "multiple_choice": "多选题",
        "true_false": "判断题",
        "fill_blank": "填空题",
        "short_answer": "简答题",
    },
    "en": {
        "single_choice": "single-choice",
        "multiple_choice": "multiple-choice",
        "true_false": "true/false",
        "fill_blank": "fill-in",
        "short_answer": "short-answer",
    },
}
_DIFFICULTY_NAMES = {"zh": {"easy": "简单", "medium": "中等", "hard": "困难"}}


def _fact_rank(fact: Fact, question_type: str) -> tuple[float, int]:
    figure = "figure" in fact.kinds
    wanted = {
        "single_choice": 2.0 * figure + ("responsibility" in fact.kinds),
        "fill_blank": 2.0 * figure + ("responsibility" in fact.kinds),
        "true_false": 1.0 * figure + 1.5 * (fact.modal is not None),
        "multiple_choice": 1.0 * figure + (fact.modal is not None),
        "short_answer": 1.0 * figure + (fact.modal is not None),
    }[question_type]
    return (-(wanted + 0.3 * len(fact.kinds)), fact.sentence)


class OfflineQuestionWriter:
    """Writes questions on the material's facts (graphs.text.facts)."""

    async def write(self, request: WriteRequest) -> WriteResult:
        """Fill each slot with the first question its facts yield at its difficulty."""
        material = Material.of(request.document, request.language)
        result = WriteResult()
        used_quotes = set(request.avoid)
        used: set[int] = {f.sentence for f in material.facts if normalise(f.quote) in used_quotes}
        points = {p["name"]: p for p in request.points}
        stems: set[str] = set(request.avoid)
        for position, slot in enumerate(request.slots):
            pool, point = self._pool(request, material, slot, points, used)
            if not pool:
                result.unfilled[slot["id"]] = self._no_facts(request, point)
                continue
            made = self._fill(request, material, slot, pool, point, used, position, stems)
            if made is None:
                result.unfilled[slot["id"]] = self._none_fit(request, slot, point, len(pool))
                continue
            question, sources = made
            stems.add(normalise(question.stem))
            result.questions[slot["id"]] = question
            used.update(f.sentence for f in sources)
        return result

    def _pool(
        self,
        request: WriteRequest,
        material: Material,
        slot: dict[str, Any],
        points: dict[str, dict[str, Any]],
        used: set[int],
    ) -> tuple[list[Fact], str | None]:
        name = slot.get("knowledge_point")
        keep_point = name and (slot.get("fixed_point") or not request.relax_points)
        if keep_point:
            indices = set(points.get(str(name), {}).get("sentences", []))
            facts = [f for f in material.facts if f.sentence in indices]
        else:
            name, facts = None, list(material.facts)
        facts = [f for f in facts if f.sentence not in used]
        multi = request.question_type in MULTI_FACT_TYPES
        if not multi and request.reserved and not slot.get("fixed_point"):
            # The point's facts are another type's: take any other unreserved fact first.
            own = [f for f in facts if f.sentence not in request.reserved]
            if not own:
                name = None
                facts = [f for f in material.facts if f.sentence not in used]
        facts.sort(key=lambda f: _fact_rank(f, request.question_type))
        if not multi and request.reserved:
            facts = [f for f in facts if f.sentence not in request.reserved] + [
                f for f in facts if f.sentence in request.reserved
            ]
        share, shares = request.share
        if shares > 1:
            # Shares are dealt over one order of the facts that every type branch computes alike.
            common = sorted(material.facts, key=lambda f: (-len(f.kinds), f.sentence))
            mine = {f.sentence for j, f in enumerate(common) if j % shares == share}
            facts = [f for f in facts if f.sentence in mine] + [
                f for f in facts if f.sentence not in mine
            ]
        if not multi and request.reserved:
            facts = [f for f in facts if f.sentence not in request.reserved] + [
                f for f in facts if f.sentence in request.reserved
            ]
        return facts, name

    def _fill(
        self,
        request: WriteRequest,
        material: Material,
        slot: dict[str, Any],
        pool: list[Fact],
        point: str | None,
        used: set[int],
        position: int,
        stems: set[str],
    ) -> tuple[Question, list[Fact]] | None:
        target = slot["difficulty"]
        kind = request.question_type
        for fact in pool[:MAX_TRIES]:
            if fact.sentence in used:
                continue
            name = point or clean_point(fact.section) or fact.anchors[0].text
            if kind in MULTI_FACT_TYPES:
                build = multiple_choice if kind == "multiple_choice" else short_answer
                made = build(material, fact, target, name, used)
                # One multi-fact question per point: a second would share its stem and facts.
                if made and normalise(made[0].stem) not in stems:
                    return made
                continue
            question: Question | None
            if kind == "true_false":
                # Alternate which answer is tried first so true and false are both well represented.
                question = true_false(material, fact, target, name, position % 2 == 0)
            elif kind == "single_choice":
                question = single_choice(material, fact, target, name)
            else:
                question = fill_blank(material, fact, target, name)
            if question is not None:
                return question, [fact]
        return None

    @staticmethod
    def _no_facts(request: WriteRequest, point: str | None) -> str:
        if request.language == "zh":
            where = f"“{point}”部分" if point else "材料"
            return f"{where}没有可出题的具体规定（数字、时限、职责、必须/不得等），请补充材料或减少该部分的题量"
        where = f'the part on "{point}"' if point else "the material"
        return (
            f"{where} states no rule a question can test (figures, deadlines, who does what, "
            "must/may not); add material or ask for fewer questions there"
        )

    @staticmethod
    def _none_fit(
        request: WriteRequest, slot: dict[str, Any], point: str | None, facts: int
    ) -> str:
        kind, level = slot["type"], slot["difficulty"]
        if request.language == "zh":
            where = f"“{point}”部分" if point else "材料"
            return (
                f"{where}剩余的{facts}条规定都已出过题，或做不成{_DIFFICULTY_NAMES['zh'][level]}难度的"
                f"{_TYPE_NAMES['zh'][kind]}（缺少同类干扰项或可安全改写的表述）；"
                "请补充材料、减少该题型数量或放宽难度"
            )
        where = f'the part on "{point}"' if point else "the material"
        return (
            f"{where} has {facts} unused rule(s) left, and none makes a {level} "
            f"{_TYPE_NAMES['en'][kind]} question (no same-kind distractors or safe false "
            "version); add material, ask for fewer of this type or relax the difficulty"
        )
