"""A flipped modality gives no key away (session 16 designer D9, pattern 6: six of fourteen
true/false items were a duty flipped into 无须 / "need not", and every one was false).

Through the real flow on materials of our own: a fish market's stall rules (zh) and a tile
shop's showroom rules (en).
- With a mix of levels, an item made false by a flipped modality is made false by a change of
  substance instead (a near figure, a swapped role, an exception reversed).
- At one level (easy: a flip is the only false an easy item can be), the flip's words are not
  carried by false items alone: the material's own 无须 / "need not" rule is asked as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.change_kinds import DISPENSATION, change_kind
from graphs.exam_generation.material import Material
from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
FISH = (MATERIALS / "fish_market_zh.md").read_text(encoding="utf-8")
TILES = (MATERIALS / "tile_shop_en.md").read_text(encoding="utf-8")
ONLY_TRUE_FALSE = {"single_choice": 0, "multiple_choice": 0, "fill_blank": 0, "short_answer": 0}
CASES = [(FISH, "zh"), (TILES, "en")]


def _true_false(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.type == "true_false"]


@pytest.mark.parametrize(("material", "language"), CASES, ids=["fish-market-zh", "tile-shop-en"])
async def test_a_mixed_exam_changes_substance_not_modality(
    offline_context: FlowContext, material: str, language: Language
) -> None:
    payload = {"material": material, "true_false": 6, "difficulty": "mixed", **ONLY_TRUE_FALSE}
    exam = await delivered_exam(offline_context, payload)
    items = _true_false(exam.questions)
    falses = [q for q in items if q.answer == ["false"]]
    assert len(items) == 6 and len(falses) == 3, [q.stem for q in items]
    facts = Material.of(analyse(material), language)
    kinds = [change_kind(statement_of(q.stem), q.source_quote, facts) for q in falses]
    assert None not in kinds, [q.stem for q in falses]
    assert "modality" not in kinds, [q.stem for q in falses]


@pytest.mark.parametrize(("material", "language"), CASES, ids=["fish-market-zh", "tile-shop-en"])
async def test_need_not_is_not_always_false(
    offline_context: FlowContext, material: str, language: Language
) -> None:
    payload = {"material": material, "true_false": 6, "difficulty": "easy", **ONLY_TRUE_FALSE}
    exam = await delivered_exam(offline_context, payload)
    carrying = [q for q in _true_false(exam.questions) if DISPENSATION.search(q.stem)]
    assert carrying, [q.stem for q in exam.questions]
    assert any(q.answer == ["true"] for q in carrying), [q.stem for q in carrying]
