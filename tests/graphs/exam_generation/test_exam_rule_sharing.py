"""Every requested type gets its part of the material's rules: in a full 17-question blueprint,
multiple-choice and short-answer slots held back the points' rules in the first round, and the
single choice and fill-in slots (which alone made 4 of 4 each) were left with none (a
figure-dense sectioned policy: 0 of 4 single choice and fill-in; session 12 designer, m3)."""

from __future__ import annotations

from collections import Counter

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.fact_shares import affordable
from graphs.exams import QuestionType
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import BIKE_TERMS, FULL_BLUEPRINT, PHARMACY_POLICY

SINGLE_FACT: tuple[QuestionType, ...] = ("single_choice", "true_false", "fill_blank")


@pytest.mark.parametrize(
    "material", [PHARMACY_POLICY, BIKE_TERMS], ids=["zh-sectioned-policy", "en-sectioned-terms"]
)
async def test_each_single_fact_type_gets_its_part(
    offline_context: FlowContext, material: str
) -> None:
    alone = await delivered_exam(offline_context, {"material": material, "fill_blank": 4})
    assert len(alone.questions) == 4  # the material serves fill-ins
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    made = Counter(q.type for q in exam.questions)
    for kind in SINGLE_FACT:
        assert made[kind] * 2 >= FULL_BLUEPRINT[kind], (kind, dict(made))


def test_claims_leave_the_single_fact_slots_their_part() -> None:
    """The claims kept leave the pending single-fact slots as many facts as the material can
    give them; the first claim is always kept, a dropped one holds nothing."""
    facts = facts_for(analyse(BIKE_TERMS))
    sentences = sorted({f.sentence for f in facts})
    claims = {"a": set(sentences[:4]), "b": set(sentences[4:8]), "c": set(sentences[8:12])}
    kept = affordable(claims, facts, (("single_choice", 8), ("multiple_choice", 3)))
    assert kept["a"] == claims["a"] and kept["b"] == claims["b"]
    assert kept["c"] == set()
    everything = affordable(claims, facts, (("multiple_choice", 3),))
    assert everything == claims
