"""A shortfall note lists the rules an exam leaves untested; a document's title and its section
headings are no rules (a headingless procedure's title line with its audience in brackets, an
FAQ's title, plain-text headings of a terms document)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import (
    BIKE_TERMS_PLAIN_HEADINGS,
    COLD_STORE_PROCEDURE,
    FULL_BLUEPRINT,
    KAYAK_FAQ,
    PHARMACY_POLICY,
)


def _headings(material: str) -> list[str]:
    """The material's lines that end in no punctuation and stand over others: title, headings."""
    lines = [line.strip().lstrip("#").strip() for line in material.splitlines()]
    return [
        line
        for line in lines
        if line
        and not line.endswith(("。", ".", "?", "？", "!", "！"))
        and not line[0].isdigit()
        and not line.startswith(("Q:", "A:"))
    ]


@pytest.mark.parametrize(
    "material",
    [COLD_STORE_PROCEDURE, KAYAK_FAQ, PHARMACY_POLICY, BIKE_TERMS_PLAIN_HEADINGS],
    ids=["zh-procedure", "en-faq", "zh-policy", "en-plain-headings"],
)
async def test_the_note_counts_no_title_or_heading_as_a_rule(
    offline_context: FlowContext, material: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    note = " ".join(s.reason for s in exam.shortfall)
    headings = _headings(material)
    assert headings
    for heading in headings:
        assert f"「{heading}」" not in note and f'"{heading}"' not in note, heading
