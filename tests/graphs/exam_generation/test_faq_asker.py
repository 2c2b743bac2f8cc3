"""An FAQ for the staff is asked as a colleague's question, not a customer's (session 22 lead: a
charity shop's volunteer FAQ was asked 'A customer asks: "Who sets the prices?"')."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

ALLOTMENT_VOLUNTEERS = (
    "# Riverside Allotments: Volunteer FAQ\n\n"
    "**When does the tool shed open?**\n"
    "The shed opens at 8 am and must be locked by 6 pm. The last volunteer out signs the key book.\n\n"
    "**Who orders the compost?**\n"
    "The site secretary orders compost for orders over £50. Volunteers may buy bags under £50 from the petty cash.\n\n"
    "**How much water may each plot use?**\n"
    "Each plot may use 2 cans a day in summer. Hoses are not allowed before 7 pm.\n"
)
ALLOTMENT_PLOTHOLDERS = ALLOTMENT_VOLUNTEERS.replace("Volunteer FAQ", "Plot Holder FAQ")


@pytest.mark.parametrize(
    ("material", "asker"),
    [(ALLOTMENT_VOLUNTEERS, "A colleague asks"), (ALLOTMENT_PLOTHOLDERS, "A customer asks")],
)
async def test_the_faqs_reader_asks(
    offline_context: FlowContext, material: str, asker: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "short_answer": 2})
    asks = [q.stem for q in exam.questions if 'asks: "' in q.stem]
    assert asks, [q.stem for q in exam.questions]
    assert all(stem.startswith(asker) for stem in asks), asks
