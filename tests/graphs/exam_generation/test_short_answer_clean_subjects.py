"""An English short-answer ask is a whole sentence: its subject is the noun phrase before the
modal, after any opening case ("In a power cut, cashiers must …" asks about cashiers, not "the in
a power cut"); a hyphenated verb is never cut ("re-use", not "re" + "ing"); a rule whose subject
or verb cannot be found cleanly is asked in a sound general form or not at all. Through the real
flow, on material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

SUPERMARKET = (
    "# Store Emergency Procedures\n\n"
    "## Power cuts\n"
    "In a power cut, cashiers must close their tills and direct shoppers to the nearest lit exit.\n"
    "Shelf staff must never re-use a cracked display crate until the floor supervisor has checked it.\n"
)

PRINT_SHOP_FAQ = (
    "# Print Shop Questions\n\n"
    "## Orders\n"
    "Q: How much is a banner?\n"
    "A: A banner costs $40 for the first square metre and $25 for each metre after that.\n\n"
    "Q: Can you quote before seeing the artwork?\n"
    "A: Without the final artwork we cannot give a fixed quote for a large print run.\n\n"
    "Q: How long does a print run take?\n"
    "A: A standard print run takes 3 working days from proof approval.\n"
)


def _asks(stem: str) -> list[str]:
    return [a.strip() for a in re.split(r"\(\d\)", stem)[1:]]


_GARBLED = re.compile(
    r"\b(?:the|a|an)\s+(?:in|on|at|of|for|with|without|by|to|the|a|an|we|do)\b|\b\w+-?reing\b|"
    r"\breing\b|\b(?:the|a|an)\s*\?",
    re.IGNORECASE,
)


async def test_a_rule_opening_on_its_case_is_asked_by_its_subject(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": SUPERMARKET, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem)
    assert asks, exam.questions[0].stem
    assert not any(_GARBLED.search(a) for a in asks), asks
    assert asks[0].startswith("What must cashiers do in a power cut?"), asks
    assert any("re-using" in a or "re-use" in a for a in asks[1:]), asks


async def test_faq_answers_with_an_article_or_we_ask_whole_sentences(
    offline_context: FlowContext,
) -> None:
    """ "What is the rule on the without the final artwork we giving a fixed quote?" and "What is
    the rule on standard print run takes?": no subject before "we", a verb left on the subject."""
    exam = await delivered_exam(offline_context, {"material": PRINT_SHOP_FAQ, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem)
    assert not any(_GARBLED.search(a) for a in asks), asks
    assert not any(re.search(r"\bwe\b|\btakes\?", a) for a in asks), asks


BIKE_HIRE_FAQ = (
    "# Bike Hire FAQ\n\n"
    "## Prices\n"
    "Q: What does a day pass cost?\n"
    "A: A day pass costs $12 and includes a helmet.\n\n"
    "Q: Can we reserve a bike?\n"
    "A: Yes, we hold a reserved bike for 30 minutes after the booked time.\n\n"
    "Q: What if I damage the bike?\n"
    "A: Riders must report any damage to the desk before returning the bike.\n"
)


async def test_a_singular_subject_ending_in_s_and_a_we_answer(
    offline_context: FlowContext,
) -> None:
    """ "What do day pass cost?" and "What is the rule on the we hold a reserved bike?": a
    subject in -ss is one thing, and "we" is no subject to ask by."""
    exam = await delivered_exam(offline_context, {"material": BIKE_HIRE_FAQ, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem)
    assert asks[0].startswith("What does the day pass cost?"), asks
    assert not any(_GARBLED.search(a) or re.search(r"\bwe hold\b", a) for a in asks), asks


KEY_CUTTING = (
    "# Key Cutting Desk\n\n"
    "## Orders\n"
    "For a master key you must see a signed letter from the building owner.\n"
    "For a car key you may ask to see the logbook of the car.\n"
)


async def test_a_case_before_you_asks_what_you_do_in_it(offline_context: FlowContext) -> None:
    """ "What is the rule on the for a master key you?": the case opens the rule with no comma and
    the reader is its subject."""
    exam = await delivered_exam(offline_context, {"material": KEY_CUTTING, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    asks = _asks(exam.questions[0].stem)
    assert asks == ["What must you do for a master key?", "What may you do for a car key?"], asks
