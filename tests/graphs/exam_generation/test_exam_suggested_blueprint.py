"""A shortfall note's "for a whole exam, ask for …" is a blueprint the material delivers in full:
the session 12 designer re-ran each suggested blueprint (the questions made that time) and every
one fell short by one again (m1 10/11, m2 8/9, m3 6/7, m4 10/11)."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exams import TYPE_NAMES, Language
from tests.graphs.exam_generation.test_exam_s15_facts_first import BALLOON, GARDEN, SAILING_FAQ
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import (
    FULL_BLUEPRINT,
    KAYAK_FAQ,
)

_ASK = {
    "zh": re.compile(r"可把题量定为(.+?)（"),
    "en": re.compile(r"For a whole exam from this material, ask for (.+?) \("),
}


def _suggested(note: str, language: Language) -> dict[str, int]:
    found = _ASK[language].search(note)
    assert found is not None, note
    names = {name: kind for kind, name in TYPE_NAMES[language].items()}
    if language == "zh":
        pairs = re.findall(r"(\D+?)(\d+)道", found.group(1).replace("、", ""))
        return {names[name]: int(n) for name, n in pairs}
    pairs = re.findall(r"(\d+) ([a-z/-]+)", found.group(1))
    return {names[name]: int(n) for n, name in pairs}


@pytest.mark.parametrize(
    ("material", "language"),
    # The cold store, the pharmacy and the bike hire terms: no blueprint keeping what their
    # exams delivered delivers whole (the cold store's suggestion was 判断题8道、填空题4道 after
    # four single choices); their notes offer the exam's own questions, and
    # test_exam_s18_offered_blueprint holds them to it.
    [
        # Session 20 (H3) marked this xfail: asked again, the FAQ's own mix lost its multiple
        # choice. It passes since session 21's multiple choice on ordinary materials (it xpassed
        # in every run of session 22), so it is a plain test again.
        pytest.param(KAYAK_FAQ, "en")
    ],
    ids=["en-faq"],
)
async def test_the_suggested_blueprint_delivers_in_full(
    offline_context: FlowContext, material: str, language: Language
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    assert exam.shortfall
    suggested = _suggested(exam.shortfall[0].reason, language)
    again = await delivered_exam(offline_context, {"material": material, **suggested})
    assert not again.shortfall, (suggested, [s.reason[:80] for s in again.shortfall])
    assert len(again.questions) == sum(suggested.values())


_SHORT_BLUEPRINTS = [FULL_BLUEPRINT, {"true_false": 8, "fill_blank": 8, "short_answer": 2}]


@pytest.mark.parametrize("blueprint", _SHORT_BLUEPRINTS, ids=["4-3-4-4-2", "0-0-8-8-2"])
@pytest.mark.parametrize(
    ("material", "language"),
    [(BALLOON, "en"), (GARDEN, "zh"), (SAILING_FAQ, "en")],
    ids=["balloon-en", "garden-zh", "sailing-faq-en"],
)
async def test_every_suggested_blueprint_delivers_in_full(
    offline_context: FlowContext, material: str, language: Language, blueprint: dict[str, int]
) -> None:
    """A property over materials and blueprints that fall short (session 15 D7 pattern 3, the
    folded task BP): the blueprint the note suggests, asked as printed, delivers in full, now
    that times, prices and notice periods are read as rules too."""
    exam = await delivered_exam(offline_context, {"material": material, **blueprint})
    notes = [s.reason for s in exam.shortfall if _ASK[language].search(s.reason)]
    if not notes:
        return  # no blueprint suggested: nothing printed to rerun
    suggested = _suggested(notes[0], language)
    again = await delivered_exam(offline_context, {"material": material, **suggested})
    assert not again.shortfall, (suggested, [s.reason[:80] for s in again.shortfall])
    assert len(again.questions) == sum(suggested.values())
