"""Multiple choice gets its share of a small material, and the shortfall note names every rule
left untested (session 16 end designer D9, pattern 4 and section 3).

Own materials: an aquarium's keeper rules (zh, 16 numbered rules under 4 headings, two of them
with a second duty after a semicolon) and a photo studio's staff rules (en, 16 rules under 4
headings), through the real flow with the designer's blueprint.
"""

from __future__ import annotations

import re
from pathlib import Path

from graphs.context import FlowContext
from graphs.exams import Exam
from tests.graphs.exam_generation.test_multiple_choice_delivered import assert_sound
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
AQUARIUM = (MATERIALS / "aquarium_keepers_zh.md").read_text(encoding="utf-8")
STUDIO = (MATERIALS / "photo_studio_en.md").read_text(encoding="utf-8")
BLUEPRINT = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


def _item_text(exam: Exam) -> str:
    parts: list[str] = []
    for q in exam.questions:
        parts += [q.stem, q.source_quote, q.explanation, *q.answer, *q.scoring_points]
        parts += [o.text for o in q.options]
    return re.sub(r"\s", "", "".join(parts))


async def test_the_note_names_the_duties_after_a_semicolon_no_item_asks(
    offline_context: FlowContext,
) -> None:
    """「超过3℃时须暂停该展区开放」 and 「严禁一人单独入缸作业」 each follow a semicolon; no question
    asked them, yet the note said all 17 rules it reads were tested (本卷已全部考到)."""
    exam = await delivered_exam(offline_context, {"material": AQUARIUM, **BLUEPRINT})
    note = " ".join(s.reason for s in exam.shortfall)
    asked = _item_text(exam)
    duties = re.findall(r"；([^；。\n]*(?:须|严禁)[^；。\n]*)。", AQUARIUM)
    assert len(duties) >= 2, duties
    for duty in duties:
        assert duty in asked or duty in note, (duty, note)
    if any(duty not in asked for duty in duties):
        assert "本卷已全部考到" not in note, note


async def test_a_multiple_choice_takes_rules_left_in_pairs_once_the_short_answer_is_written(
    offline_context: FlowContext,
) -> None:
    """Sixteen rules for a blueprint resting on sixteen: the second multiple choice was never
    written, because the rules left after the first round lay two under a heading, which the
    builder keeps for a short answer even when none is left to write."""
    blueprint = {
        "single_choice": 1,
        "multiple_choice": 2,
        "true_false": 3,
        "fill_blank": 2,
        "short_answer": 1,
    }
    exam = await delivered_exam(offline_context, {"material": STUDIO, **blueprint})
    assert not exam.shortfall, [s.reason[:120] for s in exam.shortfall]
    choices = [q for q in exam.questions if q.type == "multiple_choice"]
    assert len(choices) == 2
    for question in choices:
        assert_sound(question, STUDIO)
