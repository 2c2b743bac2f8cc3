"""A clause asked alone names who it binds, and a blank is never one member of a bare list
(session 17 designer D10, m2: 「城区（    ）内上门。」 and 「增压泵、____、主板、显示屏…」).

Through the real flow on a bicycle workshop's warranty rules of our own: 「城区6小时内上门取车」
is a clause of 「店员须在接到报修后2小时内回电，…」, and asked alone it said neither who comes nor
from when the hours run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.blank_context import in_bare_list
from graphs.exam_generation.lost_context import lost_context
from tests.support.exam_flow import delivered_exam

BIKE = (Path(__file__).parent / "materials" / "bike_workshop_warranty_zh.md").read_text(
    encoding="utf-8"
)


async def test_no_stem_is_a_place_and_its_deadline_alone(offline_context: FlowContext) -> None:
    payload = {"material": BIKE, "single_choice": 3, "fill_blank": 6, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    stems = [q.stem for q in exam.questions]
    assert len(stems) >= 5, stems
    alone = [s for s in stems if re.search(r"[：:](?:城区|郊区)", s)]
    assert not alone, alone


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("城区6小时内上门取车。", True),
        ("郊区（    ）内上门取车。", True),
        ("市区须4小时内到场。", True),
        ("店员须在接到报修后2小时内回电。", False),
        ("技师须在24小时内上门。", False),
    ],
)
def test_a_places_deadline_names_no_one(text: str, lost: bool) -> None:
    assert (lost_context(text, "zh") is not None) is lost


@pytest.mark.parametrize(
    ("stem", "listed"),
    [
        ("以下部件免费更换：车架、前叉、____、刹车卡钳及花鼓。", True),
        ("以下部件免费更换：____、前叉和花鼓。", True),
        ("Covered parts: frames, ____, gear hubs and brake callipers.", True),
        ("花鼓每____须加注一次润滑脂。", False),
        ("Hubs must be greased every ____.", False),
    ],
)
def test_a_blank_in_a_bare_list_is_not_asked(stem: str, listed: bool) -> None:
    assert in_bare_list(stem, "____") is listed
