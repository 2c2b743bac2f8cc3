"""A rule's heading label ("报告时限：", "Reporting deadline:") is not part of the fact it heads
(session 17 designer D10, pattern 3).

A label naming what its rule is about was left in front when the label held a rule's word (时限's
限) or the rule after it opened in lower case, and stems and options were printed as 「报告时限：宠物
受伤的，…」. Through the real flow on a pet grooming salon's floor rules of our own (zh and en), no
item prints a label of the material.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.text.document import analyse
from graphs.text.facts import extract_facts
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
ZH = (MATERIALS / "pet_grooming_floor_zh.md").read_text(encoding="utf-8")
EN = (MATERIALS / "pet_grooming_floor_en.md").read_text(encoding="utf-8")


def _labels(material: str) -> list[str]:
    """Every line's label ("报告时限：", "Greeting time:")."""
    return re.findall(r"^([^\s：:#][^：:\n]{1,20}[：:])\s", material + "\n", re.M) + re.findall(
        r"^([\u4e00-\u9fff]{2,8}：)", material, re.M
    )


@pytest.mark.parametrize(
    ("material", "stated"),
    [
        (ZH, "宠物受伤的，美容师须在10分钟内报告店长。"),
        (ZH, "顾客到店后5分钟内须有美容师接待。"),
        (ZH, "因操作失误导致受伤的，医疗费由本店承担，最高5000元。"),
        (EN, "If a pet is hurt, the groomer must tell the manager within 10 minutes."),
        (EN, "A groomer must greet each customer within 5 minutes of arrival."),
    ],
)
def test_a_heading_label_is_not_part_of_its_fact(material: str, stated: str) -> None:
    facts = [fact.text for fact in extract_facts(analyse(material))]
    assert stated in facts, facts


@pytest.mark.parametrize("material", [ZH, EN], ids=["zh", "en"])
async def test_no_item_prints_a_label(offline_context: FlowContext, material: str) -> None:
    payload = {
        "material": material,
        "single_choice": 3,
        "multiple_choice": 1,
        "true_false": 3,
        "fill_blank": 2,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    printed = [q.stem for q in exam.questions] + [o.text for q in exam.questions for o in q.options]
    assert len(exam.questions) >= 2, printed
    labels = _labels(material)
    assert len(labels) >= 5, labels
    shown = [p for p in printed if any(label in p for label in labels)]
    assert not shown, shown
