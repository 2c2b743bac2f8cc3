"""A multiple choice states rules from across the material when no heading, nor a heading with
a sibling, holds four left: the rules no question uses often lie one a heading (the bench's cold
store; 「剩余未考的规定分散在各部分，每部分最多1条」 on session 15's materials).

Through the real flow on materials of our own, one rule under each of six headings: a bank
counter's procedure (zh) and a supermarket deli counter's staff rules (en). The multiple choice is
written, sound (tests/graphs/exam_generation/test_multiple_choice_delivered.assert_sound), states
rules of at least three headings, and asks about the document as a whole, never about one
heading it does not keep to.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from tests.graphs.exam_generation.test_multiple_choice_delivered import _explained, assert_sound
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
BANK = (MATERIALS / "bank_counter_zh.md").read_text(encoding="utf-8")
DELI = (MATERIALS / "deli_counter_en.md").read_text(encoding="utf-8")


def _heading_of(rule: str, material: str) -> str:
    at = material.find(rule.rstrip("。."))
    assert at >= 0, rule
    return re.findall(r"^##\s+(.+)$", material[:at], re.MULTILINE)[-1]


@pytest.mark.parametrize(
    ("material", "stem"),
    [
        (BANK, "下列关于本规程的说法，哪些正确？（多选）"),
        (DELI, "Which of these statements agree with the Greenway Supermarket Deli Counter rules"),
    ],
    ids=["bank-counter-zh", "deli-counter-en"],
)
async def test_a_multiple_choice_takes_rules_across_headings(
    offline_context: FlowContext, material: str, stem: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "multiple_choice": 1})
    assert [q.type for q in exam.questions] == ["multiple_choice"], exam.shortfall
    question = exam.questions[0]
    assert_sound(question, material)
    assert question.stem.startswith(stem), question.stem
    headings = {_heading_of(quote, material) for quote, _ in _explained(question)}
    assert len(headings) >= 3, headings
